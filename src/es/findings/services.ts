import { list, t } from "../vocabulary.js";
import { count, recordName, text } from "./text.js";

/** Findings of analyzeReferrals, analyzeCcrrFunctions, assessStaffPolicies and analyzeFundedSlots, in Spanish (the library's translation). */
export const services = {
  "referral.unanswered": text(
    "Referencias sin respuesta",
    "Pregunte a la persona de contacto del socio qué pasó con estas referencias y acuerden cómo se acusa recibo de una referencia.",
    (p) => `${p.partner} no se comunicó con la familia dentro de ${count(p.days, "día", "días")} en ${p.unanswered} de ${p.made} referencias.`,
  ),
  "referral.stale": text(
    "Referencias abiertas por mucho tiempo",
    "Haga el seguimiento con la familia y con el socio; cierre la referencia con su resultado cuando lo tenga.",
    (p) =>
      Number(p.stale) === 1
        ? `Una referencia a ${p.partner} lleva abierta más de ${count(p.days, "día", "días")} sin que empiece un servicio.`
        : `${p.stale} referencias a ${p.partner} llevan abiertas más de ${count(p.days, "día", "días")} sin que empiece un servicio.`,
  ),
  "referral.incoming-unanswered": text(
    "Referencias de un socio sin respuesta",
    "Comuníquese con las familias, registre los contactos y diga a la persona de contacto del socio cómo el programa acusa recibo de las referencias.",
    (p) => `${p.program} no se comunicó con la familia dentro de ${count(p.days, "día", "días")} en ${p.unanswered} de ${p.made} referencias de ${p.partner}.`,
  ),
  "ccrr.functions-lacking": text(
    "Funciones de desarrollo de capacidad que nadie cumple",
    "Pregunte a la agencia local de recursos y referencias de cuidado infantil (CCR&R), o a otro intermediario, si podría asumirlas, y registre quién lo hace.",
    (p, f) => `Ninguna organización figura como responsable de estas funciones para ${recordName(p.partnership, f, "mid", p.parties)}: ${list(p.lacking, "; ")}.`,
  ),
  "staff-policy.missing": text(
    "Política de personal para asociaciones de bienestar infantil no registrada",
    "Redacte (o registre) la política, hágala aprobar como el programa aprueba sus políticas y capacite al personal.",
    (p) => `${p.program} trabaja con ${list(p.partners)} pero no registra ninguna política de personal sobre: ${t(p.topic)}.`,
  ),
  "staff-policy.review-overdue": text("Revisión de la política de personal atrasada", "Revise la política con el personal que la usa y registre la revisión.", (p) =>
    `La revisión de ${p.policy} prevista para el ${p.due} no se ha registrado.`),
  "slots.hours-uncovered": text(
    "Horas de cupos que ninguna fuente paga",
    "Agregue la fuente que paga estas horas (un subsidio, cuotas de los padres, preescolar estatal) o corrija las horas de una capa.",
    (p) =>
      `De las ${p.service} horas al año que ofrece cada cupo de ${p.slots}, ${p.uncovered} no las paga ninguna fuente (${Number(p.uncovered) * Number(p.count)} horas en sus ${p.count} cupos).`,
  ),
  "slots.hours-counted-twice": text(
    "Horas de cupos pagadas por dos fuentes",
    "Revise qué fuente paga qué horas y corrija las capas (y los cargos, si una hora se facturó dos veces).",
    (p) => `Las fuentes superpuestas en ${p.slots} pagan ${p.paid} horas al año por cupo, ${Number(p.paid) - Number(p.service)} más que las ${p.service} que ofrece.`,
  ),
  "slots.stream-not-in-plan": text("Fuente superpuesta que no está en un plan de financiamiento", "Agregue la fuente al plan de financiamiento del programa (o al de la asociación).", (p) =>
    `${p.slots} están superpuestos con ${p.stream}, que ningún plan de financiamiento del programa incluye como fuente.`),
} as const;
