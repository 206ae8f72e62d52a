// The funding streams' other words in Spanish (who administers each, the descriptions, the time
// limits and the notes of their dated facts), the collaboration models' provenance notes and the
// agreement templates' clause descriptions: the library's own translations. Citations,
// "[unverified]"-style marks and the English of quoted law stay as written, the quote's meaning
// beside it in Spanish.
import type { TranslatedText } from "../locale/locale.js";
import { libraryTexts } from "./catalog-labels.js";

const OHS = "Administración para Niños y Familias (ACF) del HHS, Oficina de Head Start";
const OCC = "Oficina de Cuidado Infantil de la ACF del HHS, a través de la agencia principal del CCDF del estado";
const CCDF_LEAD = "Agencia principal del CCDF del estado";
const CHILDRENS_BUREAU = "Oficina de la Niñez (Children's Bureau) de la ACF del HHS, a través de la agencia estatal de bienestar infantil";
const FROM_CCR_R = "Use Relationships to Support Early Head Start-Child Care Partnerships la nombra entre las oportunidades de financiamiento a las que las CCR&R orientan a los socios.";

/** Who administers each stream (`funding-stream-agency:<id>`). */
const agencies: Readonly<Record<string, string>> = {
  "head-start-preschool": OHS,
  "early-head-start": OHS,
  "ehs-ccp": OHS,
  "ccdf-discretionary": OCC,
  "ccdf-mandatory": OCC,
  "ccdf-matching": OCC,
  tanf: "Oficina de Asistencia Familiar de la ACF del HHS, a través de la agencia de TANF del estado",
  "tanf-transfer-ccdf": CCDF_LEAD,
  wioa: "Departamento de Trabajo de los EE. UU., a través de las juntas estatales y locales de desarrollo de la fuerza laboral",
  "pdg-b5": "La ACF del HHS con el Departamento de Educación de los EE. UU. (ALN 93.434)",
  "arp-ccdf-supplemental": OCC,
  "arp-stabilization": CCDF_LEAD,
  "arp-head-start": "Oficina de Head Start de la ACF del HHS",
  "title-iv-b": CHILDRENS_BUREAU,
  "title-iv-e-prevention": CHILDRENS_BUREAU,
  "idea-part-b-619": "Departamento de Educación de los EE. UU., Oficina de Programas de Educación Especial, a través del estado y de las agencias de educación locales (LEA)",
  "idea-part-c": "Agencia principal de la Parte C del estado",
  cacfp: "Servicio de Alimentos y Nutrición del USDA, a través de la agencia estatal",
  medicaid: "CMS, a través de la agencia de Medicaid del estado y de las redes de atención administrada",
  "state-preschool": "Agencia estatal de educación o de aprendizaje temprano",
  "local-public": "Gobierno del condado o de la ciudad",
  "private-philanthropy": "Fundación",
  corporate: "Empresa o fundación empresarial",
  "parent-fees": "El proveedor",
  "teach-scholarships":
    "Programas estatales de T.E.A.C.H. Early Childhood, alojados en organizaciones sin fines de lucro como las redes de CCR&R y las filiales de AEYC, muchas veces financiados con fondos estatales de calidad del CCDF",
  "child-care-wages": "Programas estatales de Child Care WAGE$, muchas veces financiados con fondos estatales de calidad del CCDF",
};

/** The streams' descriptions (`funding-stream-description:<id>`). */
const descriptions: Readonly<Record<string, string>> = {
  "ehs-ccp":
    "Fondos de EHS superpuestos al subsidio de cuidado infantil en centros asociados y hogares de cuidado infantil familiar: servicios integrales a nivel del programa y servicios para cada niño, sin sustituir los fondos que el socio ya tiene.",
  "tanf-transfer-ccdf": "Fondos de TANF que un estado transfirió al CCDF; siguen las reglas de la Ley CCDBG, no las de TANF (42 U.S.C. 604(d)(3)(A)).",
  "arp-head-start":
    'Mil millones de dólares, por una sola vez, sumados a las subvenciones existentes. La instrucción del programa dice: "All Head Start, Early Head Start, and Early Head Start-Child Care (EHS-CC) Partnership grantees are eligible to receive additional funds proportionally based on funded enrollment levels" (todos los beneficiarios de Head Start, Early Head Start y de las Asociaciones de Early Head Start y Cuidado Infantil pueden recibir fondos adicionales en proporción a su matrícula financiada) (ACF-PI-HS-21-03). Forma parte de la subvención de Head Start, así que el aporte no federal se aplica salvo que se dispense.',
  "teach-scholarships": FROM_CCR_R,
  "child-care-wages": FROM_CCR_R,
};

/** The streams' time limits (`funding-stream-time-limit:<id>`). */
const timeLimits: Readonly<Record<string, string>> = {
  "arp-ccdf-supplemental": "14,990 millones de dólares; comprometer a más tardar el 30 de septiembre de 2023 y liquidar a más tardar el 30 de septiembre de 2024 (ARP 2201; CCDF-ACF-IM-2021-02).",
  "arp-stabilization": "23,975 millones de dólares; comprometer a más tardar el 30 de septiembre de 2022 y liquidar a más tardar el 30 de septiembre de 2023 (ARP 2202; CCDF-ACF-IM-2021-02).",
  "arp-head-start":
    'ECLKC dice: "Under the reporting requirements of the Notice of Awards, grant recipients need to obligate these funds by March 31, 2023" (según los requisitos de informe del aviso de adjudicación, los beneficiarios deben comprometer estos fondos a más tardar el 31 de marzo de 2023) (ECLKC, Management Minute: Make the Most of COVID-19 Response Funding Opportunities). Un beneficiario con otra fecha en su propia adjudicación la registra en el origen.',
};

/** The notes of the streams' dated facts (`funding-fact:<stream>/<fact>/<from>`). */
const factNotes: Readonly<Record<string, string>> = {
  "ccdf-matching/state-match-waived/2020-10-01": "Años fiscales 2021 y 2022; no está confirmado si cubrió todos los fondos de contrapartida o solo el aumento.",
  "title-iv-e-prevention/federal-share/2019-10-01":
    'La ley dice: "beginning after September 30, 2019, and before October 1, 2026, an amount equal to 50 percent of the total amount expended during the quarter" (desde el 1 de octubre de 2019 y antes del 1 de octubre de 2026, una cantidad igual al 50 por ciento del total gastado en el trimestre).',
  "title-iv-e-prevention/federal-share/2026-10-01":
    'La ley dice: "beginning after September 30, 2026, an amount equal to the Federal medical assistance percentage" (desde el 1 de octubre de 2026, una cantidad igual al porcentaje federal de asistencia médica) (el 70 por ciento para el Distrito de Columbia); el financiamiento sigue, cambia la tasa.',
  "parent-fees/copay-cap/2024-04-30":
    "Improving Child Care Access, Affordability, and Stability in the CCDF, 89 FR 15366 (1 de marzo de 2024), vigente desde el 30 de abril de 2024, con dispensas temporales de hasta dos años.",
  "parent-fees/copay-cap/2026-07-13":
    'Restoring Flexibility in the CCDF, 91 FR 25796 (12 de mayo de 2026), vigente desde el 13 de julio de 2026: "rescinds the requirements to limit family co-payments to 7 percent of family income" (deroga los requisitos que limitaban los copagos familiares al 7 por ciento del ingreso familiar); los estados todavía pueden limitar los copagos. Se presentó una resolución de desaprobación; su resultado no está confirmado.',
};

/** The collaboration models' provenance notes (`collaboration-model-provenance:<id>`). */
const provenance: Readonly<Record<string, string>> = {
  "eclkc-continuum":
    "Strategies for Partnering with Child Welfare Agencies (Head Start ECLKC, de dominio público), que cita a James Bell Associates (2011) y adapta QUILT (2002), Kagan (1991) y Winer y Ray (2003). No se ha identificado la fuente \"James Bell Associates 2011\" [unverified].",
  himmelman: "Nombres de los niveles y definiciones acumulativas tomados de fuentes secundarias [secondary]; el mismo orden que el continuo de ECLKC.",
  "frey-2006":
    "Escala de 0 a 5 y nombres de los niveles [excerpt]; las descripciones de los niveles son paráfrasis de una reproducción secundaria [secondary], no las palabras de Frey. Si los socios se califican de manera diferente, tienen algo de qué hablar, no un error.",
  "kagan-quilt": "Orden tomado de la presentación de QUILT de 2003 [excerpt], que define como cooperación el nivel menos intenso después de la comunicación.",
};

/**
 * The agreement templates' clause descriptions (`agreement-clause:<template>/<clause>`): the
 * data-sharing agreement's (the library's own words) and the LEA Title I agreement's (the words of
 * ESEA section 1119, which has no official Spanish). The public-preschool MOU's quote Head Start
 * Act 642(e)(5)(A), whose official Spanish the library does not hold yet (see `es.missingOfficial`).
 */
const clauses: Readonly<Record<string, string>> = {
  "data-sharing-agreement/purpose": "El consentimiento de los padres indica para qué (1303.22(a)(2)); el acuerdo también lo indica.",
  "data-sharing-agreement/records-specified": "El consentimiento de los padres indica qué expedientes (1303.22(a)(2)); el acuerdo también lo indica.",
  "data-sharing-agreement/recipients": "El consentimiento de los padres indica a quién (1303.22(a)(2)); el acuerdo también lo indica.",
  "lea-title-i-agreement/records-transfer":
    "elaborar y aplicar un procedimiento sistemático para recibir los expedientes de esos niños, transferidos con el consentimiento de los padres desde un programa Head Start o, cuando corresponda, desde otro programa de desarrollo de la primera infancia",
  "lea-title-i-agreement/channels-of-communication":
    "establecer vías de comunicación entre el personal de la escuela y sus homólogos (incluidos maestros, trabajadores sociales y personal de salud) en esas agencias Head Start o en otras entidades que lleven a cabo programas de desarrollo de la primera infancia, según corresponda, para facilitar la coordinación de los programas",
  "lea-title-i-agreement/parent-teacher-meetings":
    "realizar reuniones con los padres, los maestros de kínder o de la escuela primaria y los maestros de Head Start o, si corresponde, maestros de otros programas de desarrollo de la primera infancia, para hablar de las necesidades de desarrollo y otras necesidades de cada niño",
  "lea-title-i-agreement/joint-transition-training":
    "organizar capacitaciones conjuntas sobre la transición, y participar en ellas, para el personal de la escuela, el personal del programa Head Start y, cuando corresponda, el personal de otros programas de desarrollo de la primera infancia",
  "lea-title-i-agreement/linked-services": "vincular los servicios educativos que presta esa agencia de educación local con los servicios que prestan las agencias Head Start locales",
};

/** The public-preschool MOU's clause descriptions, which quote Head Start Act 642(e)(5)(A): official Spanish exists and is not held yet. */
export const missingClauseDescriptions: readonly string[] = Object.freeze(
  [
    "educational-activities",
    "public-information-access",
    "selection-priorities",
    "service-areas",
    "staff-training",
    "technical-assistance",
    "working-parents-services",
    "kindergarten-transitions",
    "facilities-transportation",
    "other-elements",
    "review-of-activities",
  ].map((clause) => `agreement-clause:public-preschool-mou/${clause}`),
);

/** All of the above, keyed `<catalog>:<id>`. */
export const streamDetailsEs: Readonly<Record<string, TranslatedText>> = Object.freeze(
  Object.fromEntries([
    ...libraryTexts("funding-stream-agency", agencies),
    ...libraryTexts("funding-stream-description", descriptions),
    ...libraryTexts("funding-stream-time-limit", timeLimits),
    ...libraryTexts("funding-fact", factNotes),
    ...libraryTexts("collaboration-model-provenance", provenance),
    ...libraryTexts("agreement-clause", clauses),
  ]),
);
