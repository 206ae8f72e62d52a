import { list, t } from "../vocabulary.js";
import { agreementName as name, count, ofAgreement, text, type F, type P } from "./text.js";

/** The English states "lacks the" and "has an empty", as Spanish phrases them. */
const lacks = (what: string) => (p: P, f?: F) =>
  p.state === "has an empty" ? `${name(p.agreement, f)} tiene ${what} "${t(p.clause)}" sin contenido.` : `${name(p.agreement, f)} no incluye ${what} "${t(p.clause)}".`;
const ADD_CLAUSE = "Agregue la cláusula al acuerdo, o registre por qué las partes la dejaron fuera.";
const CONSIDER = "Considere agregar la cláusula en la próxima revisión del acuerdo.";
const RECOMMENDED = "Al acuerdo le falta una cláusula recomendada";
const overdue = (what: string) => (p: P, f?: F) => `${name(p.agreement, f)} debía tener su ${what} ${t(p.cadence)} el ${p.due}, hace ${count(p.days, "día", "días")} respecto al ${p.asOf}.`;
const dueSoon = (what: string) => (p: P, f?: F) => `${name(p.agreement, f)} debe tener su ${what} ${t(p.cadence)} el ${p.due}${Number(p.days) === 0 ? " (hoy)" : `, dentro de ${count(p.days, "día", "días")}`}.`;

/** Findings of assessAgreement, in Spanish (the library's translation). */
export const agreements = {
  "agreement.public-preschool.topic-missing": text(
    "Al MOU de preescolar público le falta un tema de coordinación",
    "Agregue al MOU el plan de las partes para este tema (basta una enmienda) y revíselo junto con los demás temas.",
    lacks("el tema de coordinación"),
  ),
  "agreement.public-preschool.clause-missing": text(
    "Al MOU de preescolar público le falta la disposición de revisión",
    "Agregue una cláusula que disponga la revisión de cada actividad de coordinación (quién la revisa y cada cuánto).",
    lacks("la disposición"),
  ),
  "agreement.public-preschool.working-parents-topic-missing": text(
    "El MOU de preescolar público no trata los servicios para padres que trabajan",
    "Si las familias de alguno de los programas necesitan jornada extendida u otros servicios para padres que trabajan, agregue el plan de las partes; si no, anote en el MOU que el tema no corresponde.",
    lacks("el tema de coordinación"),
  ),
  "agreement.public-preschool.other-elements-none": text(
    "El MOU de preescolar público no registra otros elementos acordados",
    "No se exige nada. Registre cualquier otro elemento que acuerden las partes (datos compartidos, eventos conjuntos...).",
    lacks("el tema opcional"),
  ),
  "agreement.child-welfare.clause-missing": text("Al acuerdo le falta una cláusula que nombran las Estrategias para asociarse con las agencias de bienestar infantil", ADD_CLAUSE, lacks("la cláusula")),
  "agreement.child-welfare.recommended-clause-missing": text(RECOMMENDED, CONSIDER, lacks("la cláusula recomendada")),
  "agreement.ehs-ccp.clause-missing": text("Al acuerdo le falta una cláusula que nombra Cómo elaborar acuerdos de asociación (ECLKC)", ADD_CLAUSE, lacks("la cláusula")),
  "agreement.ehs-ccp.recommended-clause-missing": text(RECOMMENDED, CONSIDER, lacks("la cláusula recomendada")),
  "agreement.data-sharing.clause-missing": text("Al acuerdo le falta una cláusula que nombra la lectura de la biblioteca de la subparte C de la parte 1303 del 45 CFR", ADD_CLAUSE, lacks("la cláusula")),
  "agreement.data-sharing.recommended-clause-missing": text(RECOMMENDED, CONSIDER, lacks("la cláusula recomendada")),
  "agreement.shared-services.clause-missing": text("Al acuerdo le falta una cláusula que nombra Servicios compartidos para desarrollar y mantener la calidad", ADD_CLAUSE, lacks("la cláusula")),
  "agreement.shared-services.recommended-clause-missing": text(RECOMMENDED, CONSIDER, lacks("la cláusula recomendada")),
  "agreement.lea-title-i.activity-missing": text(
    "Al acuerdo con el distrito escolar le falta una actividad de coordinación de la sección 1119 de la ESEA",
    "Pida al distrito escolar que agregue la actividad al acuerdo (es deber del distrito según el Título I) y acuerden quién hace qué.",
    lacks("la actividad de coordinación"),
  ),
  "agreement.lea-title-i.recommended-clause-missing": text("Al acuerdo con el distrito escolar le falta una cláusula recomendada", CONSIDER, lacks("la cláusula recomendada")),
  "agreement.signature-after-as-of": text("Firma con fecha posterior a la fecha de evaluación", "Nada, salvo que la fecha sea un error de escritura; en ese caso, corríjala.", (p, f) =>
    `${name(p.agreement, f)}: la firma de ${p.party} tiene fecha ${p.date}, posterior al ${p.asOf}; todavía no cuenta.`),
  "agreement.unsigned": text("Una parte no ha firmado", "Obtenga la firma que falta, o quite a la parte si no forma parte del acuerdo.", (p, f) => `${name(p.agreement, f)} no está firmado por ${p.party}.`),
  "agreement.expired": text("Acuerdo vencido", "Renueve o reemplace el acuerdo si la asociación continúa; si no, registre que la asociación terminó.", (p, f) => `${name(p.agreement, f)} terminó el ${p.end}.`),
  "agreement.public-preschool.expired": text(
    "MOU de preescolar público vencido sin renovación",
    "Renueve el MOU con la entidad (una renovación firmada o un MOU nuevo), o registre una exención si la entidad ahora no puede o no quiere.",
    (p, f) => `${name(p.agreement, f)} terminó el ${p.end} y no se ha renovado.`,
  ),
  "agreement.terminated": text("Acuerdo terminado", "Nada, salvo que la asociación continúe; en ese caso, hagan un acuerdo nuevo.", (p, f) =>
    `${name(p.agreement, f)} se dio por terminado el ${p.date}${p.reason ? ` (${p.reason})` : ""}.`),
  "agreement.not-yet-in-force": text("Acuerdo todavía no vigente", "Nada.", (p, f) => `${name(p.agreement, f)} entra en vigor el ${p.effective}.`),
  "agreement.renewal-overdue": text("Renovación del MOU de preescolar público atrasada", "Renueve el MOU con la entidad y registre la fecha de la renovación (review.lastReviewed).", overdue("renovación")),
  "agreement.renewal-due-soon": text("Renovación del MOU de preescolar público próxima", "Planifique la renovación con la entidad antes de que empiece el año escolar.", dueSoon("renovación")),
  "agreement.review-overdue": text("Revisión del acuerdo atrasada", "Revise el acuerdo con las otras partes y registre la fecha (review.lastReviewed).", overdue("revisión")),
  "agreement.review-due-soon": text("Revisión del acuerdo próxima", "Planifique la revisión con las otras partes.", dueSoon("revisión")),
  "agreement.submission-missing": text("MOU de preescolar público no enviado", "Envíe ahora el MOU firmado al destinatario y registre la fecha (submissions).", (p, f) =>
    `${name(p.agreement, f)} no se ha enviado a ${t(p.to)}; debía enviarse a más tardar el ${p.deadline}.`),
  "agreement.submission-late": text("MOU de preescolar público enviado tarde", "No hay nada que enviar; planifique el envío de la próxima renovación dentro de los 30 días siguientes a la firma.", (p, f) =>
    `${name(p.agreement, f)} llegó a ${t(p.to)} el ${p.sent}, ${count(p.days, "día", "días")} después de que las partes lo celebraran el ${p.executed}; el límite es de ${count(p.limit, "día", "días")}.`),
  "agreement.submission-due": text("Envío del MOU de preescolar público pendiente", "Envíe el MOU firmado antes de la fecha límite y registre la fecha.", (p, f) =>
    `${name(p.agreement, f)} debe enviarse a ${t(p.to)} a más tardar el ${p.deadline}.`),
  "agreement.data-sharing.no-legal-basis": text(
    "Comparte expedientes de niños pero no registra ninguna base",
    "Registre la base en la que se apoya el acuerdo (dataSharing): el consentimiento escrito de los padres, o la divulgación sin consentimiento que corresponda (por ejemplo, funcionarios que actúan en nombre del programa).",
    (p, f) => `${name(p.agreement, f)} comparte expedientes de niños pero no registra ninguna base según la subparte C de la parte 1303 del 45 CFR (consentimiento escrito de los padres o una divulgación sin consentimiento que se nombre).`,
  ),
  "agreement.data-sharing.consent-incomplete": text(
    "Formulario de consentimiento incompleto",
    "Corrija el formulario de consentimiento para que indique qué expedientes, por qué y a quién, que esté firmado y fechado, y que explique que el consentimiento es voluntario y revocable.",
    (p, f) => `El formulario de consentimiento ${ofAgreement(p.agreement, f)} no indica ${list(p.missing)}.`,
  ),
} as const;
