// Catalog labels in Spanish (the library's own translations), each with its id and its English
// label: the id keys `es.labels` ("<catalog>:<id>"), the English lets a finding's params (which
// carry English labels) be written in Spanish. One row per item, so the two never drift apart.

import type { TranslatedText } from "../locale/locale.js";

/** Rows of [id, English label, Spanish label]. */
export type Catalog = readonly (readonly [string, string, string])[];

/** A text the library translated itself, marked as such (never to be mistaken for an official text). */
export const library = (text: string): TranslatedText => Object.freeze({ text, translation: "library" as const });

/** A catalog's texts by id as the library's own translations, keyed `<catalog>:<id>`. */
export const libraryTexts = (catalog: string, texts: Readonly<Record<string, string>>): [string, TranslatedText][] => Object.entries(texts).map(([id, text]) => [`${catalog}:${id}`, library(text)]);

/** The partner categories of 45 CFR 1302.53(a)(2), by their labels. */
export const partnerCategoriesEs: Catalog = [
  ["health", "Health care", "Atención médica"],
  ["disabilities-schools-child-care", "Disability services, schools, state preschool and child care", "Servicios para discapacidades, escuelas, preescolar estatal y cuidado infantil"],
  ["child-welfare", "Family preservation, child protection and child welfare", "Preservación familiar, protección de menores y bienestar infantil"],
  ["education-culture", "Educational and cultural institutions", "Instituciones educacionales y culturales"],
  ["economic-stability", "Income, nutrition, workforce, education and financial stability", "Ingresos, nutrición, empleo, educación y estabilidad financiera"],
  ["housing-homelessness", "Housing and homelessness", "Vivienda y personas sin hogar"],
  ["domestic-violence", "Domestic violence", "Violencia doméstica"],
  ["other-support", "Other organizations and businesses", "Otras organizaciones y empresas"],
];

/** The stages of the continuum. */
export const continuumStagesEs: Catalog = [
  ["networking", "Networking", "Establecimiento de contactos"],
  ["coordination", "Coordination", "Coordinación"],
  ["cooperation", "Cooperation", "Cooperación"],
  ["collaboration", "Collaboration", "Colaboración"],
];

/** Funding streams: program names stay as their agencies write them in Spanish. */
export const fundingStreamsEs: Catalog = [
  ["head-start-preschool", "Head Start Preschool", "Head Start Preschool"],
  ["early-head-start", "Early Head Start", "Early Head Start"],
  ["ehs-ccp", "Early Head Start-Child Care Partnerships", "Asociaciones de Early Head Start y Cuidado Infantil"],
  ["ccdf-discretionary", "CCDF Discretionary (CCDBG)", "CCDF discrecional (CCDBG)"],
  ["ccdf-mandatory", "CCDF Mandatory", "CCDF obligatorio"],
  ["ccdf-matching", "CCDF Matching", "CCDF de contrapartida"],
  ["tanf", "Temporary Assistance for Needy Families", "Asistencia Temporal para Familias Necesitadas (TANF)"],
  ["tanf-transfer-ccdf", "TANF funds transferred to CCDF", "Fondos de TANF transferidos al CCDF"],
  ["wioa", "Workforce Innovation and Opportunity Act", "Ley de Innovación y Oportunidades para la Fuerza Laboral (WIOA)"],
  ["pdg-b5", "Preschool Development Grant Birth through Five", "Subvención para el Desarrollo Preescolar de 0 a 5 años (PDG B-5)"],
  ["arp-ccdf-supplemental", "American Rescue Plan CCDF supplemental discretionary funds", "Fondos discrecionales suplementarios del CCDF del Plan de Rescate Estadounidense"],
  ["arp-stabilization", "American Rescue Plan Child Care Stabilization grants", "Subvenciones de Estabilización del Cuidado Infantil del Plan de Rescate Estadounidense"],
  ["arp-head-start", "American Rescue Plan Head Start funds", "Fondos de Head Start del Plan de Rescate Estadounidense"],
  ["title-iv-b", "Title IV-B child welfare services and Promoting Safe and Stable Families", "Título IV-B: servicios de bienestar infantil y Promoción de Familias Seguras y Estables"],
  ["title-iv-e-prevention", "Title IV-E prevention services (Family First)", "Título IV-E: servicios de prevención (Family First)"],
  ["idea-part-b-619", "IDEA Part B section 619 (preschool special education)", "IDEA Parte B, sección 619 (educación especial preescolar)"],
  ["idea-part-c", "IDEA Part C (early intervention)", "IDEA Parte C (intervención temprana)"],
  ["cacfp", "Child and Adult Care Food Program", "Programa de Alimentos para el Cuidado de Niños y Adultos (CACFP)"],
  ["medicaid", "Medicaid (and EPSDT)", "Medicaid (y EPSDT)"],
  ["state-preschool", "State pre-kindergarten", "Prekínder estatal"],
  ["local-public", "County or local public funds", "Fondos públicos del condado o locales"],
  ["private-philanthropy", "Private philanthropy", "Filantropía privada"],
  ["corporate", "Corporate funds", "Fondos de empresas"],
  ["parent-fees", "Parent fees and tuition", "Cuotas y matrícula de los padres"],
  ["teach-scholarships", "T.E.A.C.H. Early Childhood scholarships", "Becas T.E.A.C.H. Early Childhood"],
  ["child-care-wages", "Child Care WAGE$ salary supplements", "Suplementos salariales Child Care WAGE$"],
];

/** What CCR&Rs and other intermediaries do for EHS-CCP partnerships. */
export const ccrrFunctionsEs: Catalog = [
  ["partner-selection", "Choosing the child care programs that could benefit most", "Elegir los programas de cuidado infantil que más podrían beneficiarse"],
  ["quality-coaching", "Coaching and professional development on quality", "Asesoría y desarrollo profesional sobre calidad"],
  ["professional-development-needs", "Assessing partners' professional-development needs", "Evaluar las necesidades de desarrollo profesional de los socios"],
  ["staff-progress-sharing", "Sharing staff training and career progression", "Compartir la capacitación del personal y su progreso profesional"],
  ["higher-education-access", "Access to the CDA, associate and bachelor's degrees", "Acceso a la credencial CDA y a títulos de asociado y de licenciatura"],
  ["career-funding-guidance", "Guidance on T.E.A.C.H., WAGE$ and career funding", "Orientación sobre T.E.A.C.H., WAGE$ y el financiamiento de la carrera"],
  ["higher-education-conversations", "Conversations between EHS, child care partners and higher education", "Conversaciones entre EHS, los socios de cuidado infantil y la educación superior"],
  ["policy-awareness", "Building awareness and leveraging policy changes", "Dar a conocer y aprovechar los cambios de políticas"],
  ["family-enrollment-information", "Telling families about EHS-CCP enrollment", "Informar a las familias sobre la inscripción en EHS-CCP"],
  ["standards-alignment", "Aligning professional development, QRIS and guidelines with the Performance Standards", "Alinear el desarrollo profesional, el QRIS y las pautas con las Normas de Desempeño"],
  ["infant-toddler-specialists", "Infant-toddler specialists", "Especialistas en bebés y niños pequeños"],
];

/** Staff policy topics for child-welfare partnerships. */
export const staffPolicyTopicsEs: Catalog = [
  ["child-welfare-interaction", "Interacting with the child welfare system", "La interacción con el sistema de bienestar infantil"],
  ["child-welfare-supervision", "Supervision and consultation when a family is involved with child welfare", "Supervisión y consultas cuando una familia tiene un caso de bienestar infantil"],
];

/** The elements of effective partnerships. */
export const partnershipElementsEs: Catalog = [
  ["shared-vision", "A clear, shared vision and purpose supported by strong leadership", "Una visión y un propósito claros y compartidos, con un liderazgo firme"],
  ["planning-communication", "Thoughtful planning and regular communication", "Planificación cuidadosa y comunicación periódica"],
  ["consistent-engagement", "Consistent engagement among local partners over time", "Participación constante de los socios locales a lo largo del tiempo"],
  ["staff-training", "Training and opportunities to build partnerships for staff who work directly with families in both early childhood programs and child welfare agencies", "Capacitación y oportunidades para formar asociaciones para el personal que trabaja directamente con las familias, tanto en los programas de la primera infancia como en las agencias de bienestar infantil"],
];

/** Staff roles in child-welfare partnerships. */
export const staffRolesEs: Catalog = [
  ["reporting-duties", "Reporting duties and local child welfare procedures", "Deberes de denuncia y procedimientos locales de bienestar infantil"],
  ["child-welfare-services", "What child welfare offers", "Lo que ofrece el sistema de bienestar infantil"],
  ["strengths-based-practice", "Strengths-based practice", "Práctica basada en las fortalezas"],
  ["safety-conversations", "Talking with families about a safety concern", "Cómo hablar con las familias sobre una preocupación de seguridad"],
  ["sensitive-conversations", "Language for sensitive conversations", "Lenguaje para conversaciones delicadas"],
  ["readiness", "Readiness to meet families where they are", "Disposición para acompañar a las familias desde donde están"],
  ["concrete-supports", "Timely, concrete supports", "Apoyos concretos y oportunos"],
  ["family-contexts", "How families' contexts shape decisions", "Cómo el contexto de las familias influye en sus decisiones"],
  ["implicit-bias", "Implicit bias", "Sesgo implícito"],
];

/** The Spanish of each row's English (for findings' params and reports' words). */
export const byEnglish = (...catalogs: Catalog[]): Record<string, string> => Object.fromEntries(catalogs.flat().map(([, en, es]) => [en, es]));

/** Labels by id, keyed "<catalog>:<id>" (for es.labels). */
export const keyed = (catalog: string, labels: Readonly<Record<string, string>>): Record<string, string> => Object.fromEntries(Object.entries(labels).map(([id, es]) => [`${catalog}:${id}`, es]));

/** The Spanish of each row's id, keyed "<catalog>:<id>" (for es.labels). */
export const byId = (catalog: string, rows: Catalog): Record<string, string> => keyed(catalog, Object.fromEntries(rows.map(([id, , es]) => [id, es])));

/**
 * The words a sentence puts in lower case, from each row: its lower-case English label and its id,
 * both to the lower-case Spanish ("health care" and "health" to "atención médica").
 */
export const inSentences = (rows: Catalog): Record<string, string> =>
  Object.fromEntries(rows.flatMap(([id, en, es]) => [[en.toLowerCase(), es.toLowerCase()], [id, es.toLowerCase()]]));

/** Kinds of organization (by id only: messages name organizations by their own names). */
export const organizationKindsEs: Readonly<Record<string, string>> = {
  "head-start-preschool": "Programa Head Start Preschool",
  "early-head-start": "Programa Early Head Start",
  "ehs-child-care-partnership": "Beneficiario de una subvención de Asociación de Early Head Start y Cuidado Infantil",
  "migrant-seasonal-head-start": "Programa Head Start para Migrantes y Temporeros",
  "child-care-center": "Centro de cuidado infantil",
  "family-child-care-home": "Hogar de cuidado infantil familiar",
  "ccrr-agency": "Agencia de recursos y referencias de cuidado infantil (CCR&R)",
  "child-welfare-agency": "Agencia de bienestar infantil (protección de menores, cuidado de crianza)",
  "family-support-services": "Servicios de preservación y apoyo a las familias",
  "local-education-agency": "Agencia educativa local (distrito escolar)",
  "elementary-school": "Escuela primaria",
  "state-preschool": "Proveedor de preescolar estatal",
  "ccdf-lead-agency": "Agencia estatal principal del CCDF",
  "head-start-collaboration-office": "Oficina Estatal de Colaboración de Head Start",
  "state-education-agency": "Agencia estatal de educación",
  "other-state-agency": "Otra agencia estatal",
  "health-provider": "Proveedor de atención médica",
  "medicaid-managed-care": "Red de atención médica administrada de Medicaid",
  "mental-health-provider": "Profesional de salud mental para niños o adultos",
  "dental-provider": "Dentista o clínica dental",
  "nutrition-provider": "Proveedor de servicios de nutrición",
  "prenatal-postnatal-provider": "Proveedor de apoyo prenatal y postnatal",
  "substance-use-treatment": "Proveedor de tratamiento del abuso de sustancias",
  "disability-services": "Servicios para niños con discapacidades (IDEA Parte C, Parte B sección 619)",
  library: "Biblioteca",
  museum: "Museo",
  "tanf-agency": "Agencia de Asistencia Temporal para Familias Necesitadas (TANF)",
  "nutrition-assistance-agency": "Agencia de asistencia de nutrición (SNAP, WIC)",
  "workforce-development": "Programa de desarrollo y capacitación de la fuerza laboral",
  "adult-education": "Alfabetización de adultos o familias y educación de adultos",
  "higher-education": "Institución de educación postsecundaria",
  "financial-capability": "Proveedor de formación de activos y estabilidad financiera",
  "housing-agency": "Agencia de asistencia para la vivienda",
  "homelessness-services": "Apoyo a niños y familias sin hogar",
  "mckinney-vento-liaison": "Enlace McKinney-Vento de la agencia educativa local",
  "domestic-violence-provider": "Proveedor de prevención y apoyo en violencia doméstica",
  business: "Empresa",
  foundation: "Fundación o filantropía",
  "coordinated-services-approach": "Enfoque de servicios coordinados",
  "shared-services-hub": "Centro de una alianza de servicios compartidos",
  "family-group": "Grupo de familias o de padres",
  other: "Otra organización",
};

/** Functions a shared-services alliance can share. */
export const sharedServiceFunctionsEs: Readonly<Record<string, string>> = {
  "joint-purchasing": "Compras conjuntas",
  "bulk-buying": "Compras al por mayor",
  "staff-sharing": "Personal compartido",
  "centralized-administration": "Administración centralizada",
  "common-tools-systems": "Herramientas y sistemas comunes",
  "shared-mentoring-supervision": "Mentoría y supervisión compartidas",
  "collaborative-improvement": "Procesos de mejora colaborativa",
  "billing-fee-collection": "Facturación y cobro de cuotas",
  "enrollment-management": "Gestión de inscripciones, listas de espera y promoción",
  bookkeeping: "Contabilidad",
  payroll: "Nómina",
  "hr-recruitment": "Recursos humanos y contratación",
  benefits: "Beneficios del personal",
  "substitute-pool": "Grupo de suplentes",
  "facilities-maintenance": "Instalaciones y mantenimiento",
  technology: "Tecnología y software de gestión del cuidado infantil",
  "grant-subsidy-administration": "Administración de subvenciones y subsidios",
  "compliance-licensing": "Apoyo para el cumplimiento y las licencias",
  "coaching-professional-development": "Asesoría y desarrollo profesional",
  "curriculum-assessment": "Currículo y evaluación de los niños",
  "family-engagement": "Participación de las familias",
};

/** The agreement templates. */
export const agreementTemplatesEs: Readonly<Record<string, string>> = {
  "public-preschool-mou": "MOU con la entidad local responsable de administrar el preescolar con fondos públicos",
  "child-welfare-mou": "MOU con la agencia de bienestar infantil",
  "ehs-ccp-partnership-agreement": "Acuerdo de Asociación de Early Head Start y Cuidado Infantil",
  "data-sharing-agreement": "Acuerdo de intercambio de datos para los expedientes de los niños",
  "lea-title-i-agreement": "Acuerdo con la agencia educativa local según el Título I (sección 1119 de la ESEA)",
  "shared-services-agreement": "Acuerdo de una alianza de servicios compartidos",
};

/** The collaboration models (their names; their authors' level names stay as published). */
export const collaborationModelsEs: Readonly<Record<string, string>> = {
  "eclkc-continuum": "Continuo de desarrollo de la colaboración (ECLKC)",
  himmelman: "Himmelman, Collaboration for a Change",
  "frey-2006": "Escala de niveles de colaboración (Frey et al. 2006)",
  "kagan-quilt": "Continuo de QUILT según Kagan (1991)",
};

/** The levels of each collaboration model, keyed "<model>/<level>" (the library's translations of the authors' terms). */
export const collaborationLevelsEs: Readonly<Record<string, string>> = {
  "eclkc-continuum/networking": "Establecimiento de contactos",
  "eclkc-continuum/coordination": "Coordinación",
  "eclkc-continuum/cooperation": "Cooperación",
  "eclkc-continuum/collaboration": "Colaboración",
  "himmelman/networking": "Establecimiento de contactos",
  "himmelman/coordinating": "Coordinación",
  "himmelman/cooperating": "Cooperación",
  "himmelman/collaborating": "Colaboración",
  "frey-2006/no-interaction": "Sin interacción",
  "frey-2006/networking": "Establecimiento de contactos",
  "frey-2006/cooperation": "Cooperación",
  "frey-2006/coordination": "Coordinación",
  "frey-2006/coalition": "Coalición",
  "frey-2006/collaboration": "Colaboración",
  "kagan-quilt/communication": "Comunicación",
  "kagan-quilt/cooperation": "Cooperación",
  "kagan-quilt/coordination": "Coordinación",
  "kagan-quilt/collaboration": "Colaboración",
};

/** The bands of the library's 0-100 scores. */
export const scoreBandsEs: Readonly<Record<string, string>> = {
  weak: "Débil",
  developing: "En desarrollo",
  established: "Establecida",
  strong: "Sólida",
};

/** The partnership practices, as their labels name them. */
export const partnershipPracticesEs: Readonly<Record<string, string>> = {
  "information-exchange": "Intercambiar información o hablar de preocupaciones comunes",
  "regular-meetings": "Reunirse periódicamente para compartir información",
  "short-term-joint-project": "Trabajar juntos en proyectos a corto plazo",
  "shared-resources": "Compartir recursos",
  "shared-facilities": "Compartir instalaciones",
  "formal-information-sharing": "Tener un sistema formal de intercambio de información",
  "common-goal": "Trabajar juntos hacia una meta común",
  "pooled-resources": "Combinar recursos",
  "shared-products": "Compartir productos",
  "jointly-created-program": "Crear un programa o proyecto con una misión común",
  "governance-cross-membership": "Participar en los órganos de gobierno del otro",
};
