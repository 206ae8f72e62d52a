import { t } from "../vocabulary.js";
import { count, text } from "./text.js";

/** Findings of actionPlanStatus, scoreQuestionnaire and the partnership instruments, in Spanish (the library's translation). */
export const planningAndInstruments = {
  "action-plan.action.no-owner": text("Acción sin responsable", "Nombre a la organización responsable de la acción.", (p) => `La acción "${p.action}" no tiene una organización responsable.`),
  "action-plan.action.blocked": text("Acción bloqueada", "Hablen de lo que la bloquea en la próxima reunión de la asociación.", (p) => `La acción "${p.action}" está bloqueada${p.reason ? `: ${p.reason}` : ""}.`),
  "action-plan.action.high-priority-overdue": text("Acción de alta prioridad atrasada", "Hágala, o acuerden una nueva fecha con los socios.", (p) => `La acción "${p.action}" vencía el ${p.due}.`),
  "action-plan.action.overdue": text("Acción atrasada", "Hágala, o acuerden una nueva fecha.", (p) => `La acción "${p.action}" vencía el ${p.due}.`),
  "action-plan.goal.no-action": text("Meta sin acción", "Agregue al menos una acción para la meta.", (p) => `La meta ${p.goal} no tiene ninguna acción en el plan ${p.plan}.`),
  "questionnaire.answer.unknown-question": text("Respuesta a una pregunta desconocida", "Use un identificador de pregunta del cuestionario.", (p) =>
    `La respuesta ${p.response} contesta "${p.question}", que el cuestionario ${p.questionnaire} no tiene; no se contó.`),
  "questionnaire.response.other-questionnaire": text("Respuesta a otro cuestionario", "Puntúe la respuesta con su propio cuestionario.", (p) =>
    `La respuesta ${p.response} es del cuestionario ${p.theirs}, no del ${p.questionnaire}.`),
  "questionnaire.response.other-version": text("Respuesta a otra versión", "Revise las respuestas con la versión actual.", (p) =>
    `La respuesta ${p.response} contesta la versión ${p.theirs}; el cuestionario está en la versión ${p.version}.`),
  "questionnaire.perspective.missing": text("Falta un punto de vista", "Pregunte a las familias (o al personal de primera línea) y registre lo que aportan.", (p) =>
    `La pregunta ${p.question} trata de ${t(p.who)}, pero su respuesta no registra nada de lo que aportaron.`),
  "questionnaire.sequence.skipped-ahead": text("Pasos contestados fuera de orden", "Complete primero los pasos anteriores, o vuelva a las respuestas posteriores cuando estén completos.", (p) =>
    `El paso ${p.step} tiene respuestas mientras ${p.verb === "are" ? `los pasos ${p.incomplete} están incompletos` : `el paso ${p.incomplete} está incompleto`}; cada paso se apoya en los anteriores.`),
  "instrument.respondent.duplicate": text("Una persona respondió dos veces", "Quite la respuesta repetida o dé a cada persona un identificador distinto.", (p) =>
    `La persona ${p.respondent} respondió más de una vez; solo cuenta la primera respuesta.`),
  "instrument.item.unknown": text("Respuesta a un ítem desconocido", "Use los identificadores de ítem del instrumento.", (p) =>
    `El ítem "${p.item}" no está en el instrumento ${p.instrument}; sus respuestas no se tomaron en cuenta.`),
  "instrument.value.out-of-scale": text("Respuesta fuera de la escala", "Corrija la respuesta.", (p) =>
    `La persona ${p.respondent} respondió ${p.value} al ítem ${p.item}, fuera de la escala de ${p.min} a ${p.max}; cuenta como faltante.`),
  "instrument.factor.insufficient": text("Muy pocas personas para un factor", "Pida que respondan más socios.", (p) =>
    `El factor "${t(p.factor)}" tiene ${count(p.n, "persona que respondió", "personas que respondieron")}; se necesitan al menos ${p.min} para puntuarlo.`),
  "instrument.factor.low-agreement": text("Las personas no están de acuerdo", "Hablen juntos de la diferencia.", (p) =>
    `Las personas no están de acuerdo sobre "${t(p.factor)}" (acuerdo ${p.agreement}): una diferencia para hablar juntos.`),
  "instrument.wave.band-down": text("Un factor bajó de banda", "Hablen con los socios de lo que cambió.", (p) => `"${t(p.factor)}" bajó de ${t(p.before)} a ${t(p.after)}.`),
  "instrument.wave.band-up": text("Un factor subió de banda", "Nada.", (p) => `"${t(p.factor)}" subió de ${t(p.before)} a ${t(p.after)}.`),
} as const;
