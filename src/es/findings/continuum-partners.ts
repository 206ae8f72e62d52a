import { list, t } from "../vocabulary.js";
import { count, partnershipName, text } from "./text.js";

/** A list param as a list (empty when it is not one). */
const items = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Findings of classifyStage and scorePartnership, in Spanish (the library's translation). */
export const continuumAndPartners = {
  "continuum.practice.unknown": text("Práctica desconocida", "Use un identificador de práctica de partnershipPractices.", (p) =>
    `La evidencia ${p.index} nombra una práctica desconocida, "${p.practice}"; no se contó.`),
  "continuum.evidence.invalid-date": text("Evidencia sin fecha", "Registre la fecha en que se observó.", (p) =>
    `La evidencia de ${t(p.practice)} no tiene una fecha válida; no se contó.`),
  "continuum.evidence.after-as-of": text("Evidencia con fecha posterior", "Revise la fecha.", (p) =>
    `La evidencia de ${t(p.practice)} tiene fecha ${p.date}, posterior al ${p.asOf}; todavía no cuenta.`),
  "continuum.evidence.stale": text("Evidencia antigua", "Confírmela y registre una fecha nueva.", (p) =>
    `La evidencia más reciente de ${t(p.practice)} es del ${p.date}, más de ${count(p.months, "mes", "meses")} antes del ${p.asOf}; confirme que sigue vigente.`),
  "continuum.view.unknown-level": text("Nivel desconocido", "Use una etapa o un nivel de un modelo.", (p) =>
    `La opinión de ${p.party} no nombra ninguna etapa ni nivel de modelo conocido; no se tomó en cuenta.`),
  "continuum.view.disagrees": text("Una opinión es diferente", "Hablen de ello juntos.", (p) =>
    `${p.party} ve la asociación en la etapa de ${t(p.view)}, pero la evidencia muestra ${t(p.stage)}: una diferencia para hablar juntos.`),
  "continuum.view.parties-disagree": text("Las opiniones son diferentes", "Hablen de ello juntos.", (p) =>
    `Las partes ven la asociación de manera diferente (${items(p.parties)
      .map((party, i) => `${party}: ${t(items(p.stages)[i])}`)
      .join("; ")}).`),
  "partnership.stage.next-missing": text("Lo que necesita la etapa siguiente", "Hable con el socio sobre si quieren llegar a la etapa siguiente.", (p, f) =>
    `${partnershipName(p.partnership, f)} llegaría a la etapa de ${t(p.stage)} con evidencia de: ${list(p.missing, "; ")}.`),
  "partnership.element.no-evidence": text("Elemento calificado sin evidencia", "Registre la evidencia de la calificación (un documento, una reunión, un ejemplo).", (p, f) =>
    `La calificación de "${t(p.element)}" en ${partnershipName(p.partnership, f, "mid")} no tiene evidencia; no se puntuó.`),
  "partnership.meeting.after-as-of": text("Reunión con fecha posterior a la fecha de evaluación", "Nada, salvo que la fecha sea un error de escritura.", (p, f) =>
    `Una reunión ${partnershipName(p.partnership, f, "of")} tiene fecha ${p.date}, posterior al ${p.asOf}; no se contó.`),
  "partnership.meetings.below-agreed": text("Menos reuniones de las acordadas", "Programe las reuniones que faltan o acuerden una frecuencia que puedan cumplir.", (p, f) =>
    `${partnershipName(p.partnership, f)} tuvo ${p.held} de las ${p.expected} reuniones que pide su calendario ${t(p.frequency)} en los 12 meses hasta el ${p.asOf}.`),
  "partnership.meetings.no-frequency": text("Sin frecuencia de reuniones acordada", "Acuerde con el socio cada cuánto se reúnen.", (p, f) =>
    `${partnershipName(p.partnership, f)} no tiene una frecuencia de reuniones acordada; los pasos de planificación preguntan cómo es la comunicación periódica.`),
  "partnership.agreement.missing": text("Sin acuerdo formal en la etapa de cooperación o más", "Redacten un acuerdo, un procedimiento o un contrato conjunto.", (p, f) =>
    `${partnershipName(p.partnership, f)} trabaja en la etapa de ${t(p.stage)} sin un acuerdo, procedimiento o contrato conjunto registrado.`),
  "partnership.family-voice.no-role": text("Sin un papel para las familias", "Acuerden y registren el papel que tienen las familias.", (p, f) =>
    `${partnershipName(p.partnership, f)} no registra ningún papel para las familias.`),
  "partnership.ended": text("Asociación terminada", "Nada, salvo que una categoría o una necesidad quede ahora sin socio.", (p, f) =>
    `${partnershipName(p.partnership, f)} terminó${p.end ? ` (${p.end})` : ""}.`),
} as const;
