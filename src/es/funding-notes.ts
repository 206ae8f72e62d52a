// The funding streams' eligibility and match notes in Spanish: the library's own translations of
// its own summaries. Citations and "[unverified]" marks stay as written.
import type { TranslatedText } from "../locale/locale.js";
import { libraryTexts } from "./catalog-labels.js";

const HEAD_START = "Ingreso familiar igual o inferior al nivel de pobreza, asistencia pública (incluidos los pagos de TANF solo para niños), falta de hogar o cuidado de crianza (45 CFR 1302.12(c)(1)), con una inscripción limitada por encima de ese ingreso (42 U.S.C. 9840(a)(1)(B)).";
const HEAD_START_MATCH =
  "La asistencia federal no puede superar el 80 por ciento de los costos aprobados, así que la parte no federal es el 20 por ciento del total, es decir, el 25 por ciento del monto federal; en efectivo o en especie; el funcionario responsable del HHS puede dispensarla total o parcialmente.";

const eligibility: Readonly<Record<string, string>> = {
  "head-start-preschool": HEAD_START,
  "early-head-start": `Mujeres embarazadas y niños menores de 3 años. ${HEAD_START}`,
  "ehs-ccp": "Bebés y niños pequeños elegibles para Early Head Start en socios de cuidado infantil con licencia; los beneficiarios del año fiscal 2014 aseguran que al menos el 25% de la inscripción tenga subsidio (OCC Layering Funding, 2016 [excerpt]).",
  "ccdf-discretionary":
    "Un niño elegible es menor de 13 años, con un ingreso familiar no mayor del 85% del ingreso medio estatal y bienes familiares no mayores de $1,000,000, y vive con padres que trabajan o asisten a capacitación laboral o a estudios, o recibe o necesita recibir servicios de protección (42 U.S.C. 9858n(4)); la vía de los servicios de protección es la que usan las asociaciones de bienestar infantil. El 85% del ingreso medio estatal es el límite federal: los estados fijan los suyos, muchas veces más bajos. La reserva para calidad, la reserva para bebés y niños pequeños, el límite de administración y la parte para servicios directos están en los datos con fecha de la fuente (42 U.S.C. 9858c(c)(3), 9858e(a)).",
  "ccdf-mandatory":
    "Sujeto a los requisitos de la Ley CCDBG; al menos el 70% de los fondos de la sección 418 de la Ley del Seguro Social atiende a familias que reciben TANF, que están dejando de recibirlo o que corren el riesgo de necesitarlo (42 U.S.C. 618(b)(2), (c)).",
  "ccdf-matching": "Se paga al porcentaje federal de asistencia médica sobre el gasto estatal por encima del mantenimiento del esfuerzo [unverified]; la parte propia del estado se registra como un origen estatal.",
  tanf: "Familias necesitadas con hijos, según las defina el estado; un estado puede transferir hasta el 30% de su subvención al CCDF y a la Subvención en Bloque para Servicios Sociales en conjunto (42 U.S.C. 604(d)).",
  "tanf-transfer-ccdf": "Elegibilidad del CCDF; la transferencia, junto con cualquier transferencia a la SSBG, no puede superar el 30% de la subvención TANF del estado.",
  wioa: "Adultos, trabajadores desplazados y jóvenes en capacitación; los servicios de apoyo pueden incluir cuidado infantil para los participantes (29 U.S.C. 3102(59) [unverified]).",
  "pdg-b5": "Estados: evaluación de necesidades, plan estratégico, libertad de elección de los padres, intercambio de buenas prácticas y mejora de la calidad en un sistema de prestación mixto (ESSA 9212).",
  "title-iv-b": "Apoyo familiar comunitario, preservación familiar, reunificación por tiempo limitado, y promoción y apoyo a la adopción (42 U.S.C. 629).",
  "title-iv-e-prevention":
    "Niños candidatos a cuidado de crianza y jóvenes en cuidado de crianza embarazadas o con hijos, con un plan escrito de prevención; servicios de salud mental, de tratamiento del abuso de sustancias y de habilidades de crianza en el hogar calificados como prometedores, respaldados o bien respaldados, cada uno por hasta 12 meses (42 U.S.C. 671(e)).",
  "idea-part-b-619": "Niños de 3 a 5 años con discapacidades.",
  "idea-part-c": "Bebés y niños pequeños con discapacidades y sus familias.",
  cacfp: "Reembolso de las comidas y meriendas servidas en lugares de cuidado infantil elegibles.",
  medicaid: "Servicios de salud para los niños y adultos inscritos; la parte estatal se registra como un origen estatal.",
  "state-preschool": "La fija cada estado.",
  "parent-fees": "Los copagos familiares del CCDF siguen la escala móvil de cuotas del estado (42 U.S.C. 9858c(c)(5)); el límite federal de los copagos es un dato con fecha de esta fuente.",
  "teach-scholarships":
    "Becas para educadores de la primera infancia para obtener credenciales y títulos, con tiempo libre pagado por el patrocinador, una bonificación o un aumento al terminar y el compromiso de seguir con el patrocinador (T.E.A.C.H. Early Childhood National Center). Registre en el origen si su dinero es federal (federalFunds): las becas financiadas por el CCDF son federales y nunca cuentan como aporte.",
  "child-care-wages": "Suplementos salariales según la formación del personal de la primera infancia. Registre en el origen si su dinero es federal (federalFunds).",
};

const match: Readonly<Record<string, string>> = {
  "head-start-preschool": HEAD_START_MATCH,
  "early-head-start": HEAD_START_MATCH,
  "ehs-ccp": HEAD_START_MATCH,
  "arp-head-start": HEAD_START_MATCH,
  "pdg-b5": "Por lo general, un aporte no federal del 30% de la adjudicación federal, en efectivo o en especie [unverified]; confírmelo en el anuncio de financiamiento.",
  "title-iv-b": "75% federal, 25% no federal [unverified].",
};

/** The streams' eligibility notes (`funding-stream:<id>`) and match notes (`funding-stream-match:<id>`) in Spanish. */
export const fundingNotesEs: Readonly<Record<string, TranslatedText>> = Object.freeze({
  ...Object.fromEntries(libraryTexts("funding-stream", eligibility)),
  ...Object.fromEntries(libraryTexts("funding-stream-match", match)),
});
