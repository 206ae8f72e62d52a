import { list, t } from "../vocabulary.js";
import { agreementName, partnershipName, recordName, text, type P } from "./text.js";

const take = (choice: unknown) => (choice === "participate" ? "participar" : "no participar");

/** The decision of an American Indian and Alaska Native program, from its parts (the English sentence for a finding without them). */
function aianDecision(p: P): string {
  if (p.decidedOn !== undefined) return `decidió el ${p.decidedOn} ${take(p.qris)} en el QRIS y ${take(p.dataSystems)} en los sistemas estatales de datos`;
  return p.decision === "determines whether to take part in QRIS and state data systems; no decision is recorded"
    ? "determina si participa en el QRIS y en los sistemas estatales de datos; no hay ninguna decisión registrada"
    : String(p.decision);
}

/** Findings of assessCompliance, in Spanish (the library's translation). */
export const compliance = {
  "compliance.a1.no-active-partnerships": text(
    "Sin asociaciones comunitarias activas",
    "Registre las asociaciones continuas del programa (o renueve las que terminaron), con los acuerdos que las formalizan.",
    (p) => `${p.program} no tiene asociaciones activas el ${p.asOf}.`,
  ),
  "compliance.a1.informal": text(
    "Asociación sin un acuerdo vigente",
    "Considere un acuerdo, procedimiento, contrato o arreglo de servicios en el lugar que registre lo que hace cada socio.",
    (p, f) => `${partnershipName(p.partnership, f)} no tiene ningún acuerdo, procedimiento, contrato ni arreglo de servicios en el lugar vigente el ${p.asOf}.`,
  ),
  "compliance.a1.agreement-not-found": text("La asociación nombra un acuerdo desconocido", "Agregue el acuerdo a la cartera o quite la referencia.", (p, f) =>
    `${partnershipName(p.partnership, f)} nombra el acuerdo ${p.agreement}, que no está en la cartera.`),
  "compliance.a2.category-gap": text(
    "Ningún socio en una categoría",
    "Revise la evaluación comunitaria: si las familias necesitan lo que ofrece esta categoría, busque un socio (suggestPartners ayuda con un directorio comunitario).",
    (p) => `Ninguna asociación activa de ${p.program} cubre la categoría ${p.paragraph}, ${t(p.category)}.`,
  ),
  "compliance.a1.need-without-partner": text(
    "Necesidad de la comunidad sin socio",
    "Busque un socio que atienda la necesidad, o registre cómo la atiende el programa de otra manera.",
    (p) => `La evaluación comunitaria nombra "${p.need}", pero ningún socio activo cubre ${list(p.categories, " o ")}.`,
  ),
  "compliance.1302-11.missing": text(
    "Sin evaluación comunitaria",
    "Registre la evaluación comunitaria del programa (cuándo se hizo, las necesidades que nombra, sus revisiones anuales).",
    (p) => `${p.program} no tiene una evaluación comunitaria realizada a más tardar el ${p.asOf}.`,
  ),
  "compliance.1302-11.outside-grant-period": text(
    "Evaluación comunitaria pendiente en este período de la subvención",
    "Planifique la evaluación comunitaria de este período de la subvención, antes de que termine.",
    (p) => `La evaluación comunitaria más reciente de ${p.program} (${p.latest}) es anterior al período de la subvención que empezó el ${p.start}; haga una antes de que el período termine el ${p.end}.`,
  ),
  "compliance.1302-11.grant-period-missed": text(
    "Terminó un período de la subvención sin evaluación comunitaria",
    "Haga ahora la evaluación comunitaria y registre el período actual de la subvención del programa.",
    (p) => `${p.program} no hizo ninguna evaluación comunitaria en el período de la subvención del ${p.start} al ${p.end}.`,
  ),
  "compliance.1302-11.older-than-five-years": text(
    "Evaluación comunitaria de más de cinco años",
    "Registre el período de la subvención del programa (program.grantPeriod) y planifique una nueva evaluación comunitaria si ninguna le sirve.",
    (p) => `La evaluación comunitaria más reciente de ${p.program} (${p.latest}) tiene más de cinco años (es anterior al ${p.since}) y no hay ningún período de subvención registrado.`,
  ),
  "compliance.1302-11.annual-review-missed": text(
    "Pasó un año sin revisar la evaluación comunitaria",
    "Revise y actualice ahora la evaluación comunitaria y registre la fecha de la revisión.",
    (p) => `${p.program} no revisó ni actualizó su evaluación comunitaria en el año presupuestario del ${p.start} al ${p.end}.`,
  ),
  "compliance.1302-11.review-overdue": text(
    "Revisión de la evaluación comunitaria pendiente",
    "Revise y actualice la evaluación comunitaria y registre la fecha de la revisión.",
    (p) => `La evaluación comunitaria de ${p.program} se revisó por última vez el ${p.last}; la revisión anual vencía el ${p.due}.`,
  ),
  "compliance.1302-11.elements-missing": text(
    "Elementos de la evaluación comunitaria no registrados",
    "Registre qué datos cubre la evaluación (covers).",
    (p) => `La evaluación comunitaria ${p.assessment} no registra que cubra: ${list(p.missing)}.`,
  ),
  "compliance.b.records-without-basis": text(
    "Expedientes de niños compartidos sin una base registrada",
    "Registre en el acuerdo la base en la que se apoyan sus divulgaciones (dataSharing).",
    (p, f) => `${agreementName(p.agreement, f)} comparte expedientes de niños sin ninguna base registrada según la subparte C de la parte 1303 del 45 CFR.`,
  ),
  "compliance.b.active-role-unrecorded": text(
    "Un año sin comunicación, cooperación ni intercambio de información registrados",
    "Registre las reuniones con los socios y las prácticas de las asociaciones (intercambio de información, recursos compartidos, un sistema formal de intercambio de información) con sus fechas.",
    (p) => `Ninguna de las ${p.partnerships} asociaciones activas de ${p.program} registra una reunión ni una práctica de comunicación, cooperación o intercambio de información entre el ${p.since} y el ${p.asOf}.`,
  ),
  "compliance.b1.mou-missing": text(
    "Sin MOU de preescolar público y sin exención",
    "Celebre el MOU con la entidad, o registre la exención que corresponda (con las notificaciones que necesita una entidad que no puede o no quiere).",
    (p) => `El programa de preescolar de Head Start ${p.program} no tiene un MOU con ${t(p.entity)} ni una exención registrada.`,
  ),
  "compliance.b1.mou-not-in-force": text(
    "MOU de preescolar público no vigente",
    "Firme, renueve o reemplace el MOU con la entidad, o registre una exención que corresponda ahora.",
    (p, f) => `El MOU de preescolar público de ${p.program} (${recordName(p.agreement, f, "mid")}) está ${t(p.status)} el ${p.asOf}.`,
  ),
  "compliance.b1.exempt": text(
    "Exento del MOU de preescolar público",
    "Revise la exención cuando cambie el área de servicio (un nuevo preescolar público, una entidad dispuesta).",
    (p) => `${p.program} registra una exención del MOU de preescolar público (${t(p.exemption)}, ${p.recorded}).`,
  ),
  "compliance.b1.exemption-superseded": text(
    "Exención reemplazada por un MOU posterior",
    "Si la entidad vuelve a no poder o no querer, registre una nueva exención con sus notificaciones.",
    (p) => `La exención de ${p.program} registrada el ${p.recorded} (${t(p.exemption)}) es anterior a su MOU de preescolar público y ya no corresponde.`,
  ),
  "compliance.b2.qris": text(
    "No participa en el QRIS",
    "Únase al QRIS estatal o local, o registre que este no tiene una estrategia para apoyar la participación de Head Start (no-qris-strategy).",
    (p) => `${p.program} ${t(p.state)} en su QRIS estatal o local.`,
  ),
  "compliance.b3.data-systems": text(
    "No comparte datos con los sistemas estatales de datos educativos",
    "Comparta los datos pertinentes con los sistemas estatales de datos educativos, o registre que el programa no puede obtener un apoyo comparable (no-comparable-support).",
    (p) => `${p.program} ${p.state === "records no sharing of" ? "no registra que comparta" : t(p.state)} datos con los sistemas estatales de datos educativos.`,
  ),
  "compliance.b4.aian-decision": text(
    "Decisión propia de un programa para indígenas americanos y nativos de Alaska",
    "Registre la decisión y su fecha (aianSystemsDecision), si todavía no está registrada.",
    (p) => `El programa para indígenas americanos y nativos de Alaska ${p.program} ${aianDecision(p)}.`,
  ),
} as const;
