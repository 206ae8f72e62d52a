// The English words the library puts into findings' params (stage and cadence ids, practice and
// indicator labels, fixed phrases), in Spanish: the library's own translations. A Spanish message
// reads its params through `t`, so a word the vocabulary does not hold (a name, a user's text)
// stays as it was given.

import { byEnglish, ccrrFunctionsEs, continuumStagesEs, fundingStreamsEs, inSentences, partnerCategoriesEs, partnershipElementsEs, staffPolicyTopicsEs, staffRolesEs } from "./catalog-labels.js";

export const vocabulary: Readonly<Record<string, string>> = Object.freeze({
  ...byEnglish(fundingStreamsEs, ccrrFunctionsEs, staffPolicyTopicsEs, partnershipElementsEs, staffRolesEs, partnerCategoriesEs),
  // Continuum stages (ids, and their labels in lower case), partner categories (ids, and their labels
  // in lower case as a sentence names them), and the phrases for no stage.
  ...inSentences(continuumStagesEs),
  ...inSentences(partnerCategoriesEs),
  "no interaction": "sin interacción",
  "no stage yet": "ninguna etapa todavía",
  // Practices, as their labels appear in messages (the id with spaces).
  "information exchange": "intercambio de información",
  "regular meetings": "reuniones periódicas",
  "short term joint project": "proyecto conjunto a corto plazo",
  "shared resources": "recursos compartidos",
  "shared facilities": "instalaciones compartidas",
  "formal information sharing": "sistema formal de intercambio de información",
  "common goal": "meta común",
  "pooled resources": "recursos combinados",
  "shared products": "productos compartidos",
  "jointly created program": "programa creado en conjunto",
  "governance cross membership": "participación en los órganos de gobierno del otro",
  // Indicators of the continuum's stages (labels).
  "exchanging information or discussing common concerns": "intercambiar información o hablar de preocupaciones comunes",
  "meeting regularly to share information or working together on short-term projects": "reunirse periódicamente para compartir información o trabajar juntos en proyectos a corto plazo",
  "sharing resources or facilities": "compartir recursos o instalaciones",
  "having a formal system of information sharing": "tener un sistema formal de intercambio de información",
  "working together toward a common goal": "trabajar juntos hacia una meta común",
  "pooling resources": "combinar recursos",
  "sharing products": "compartir productos",
  "creating a program or project aimed at a common mission": "crear un programa o proyecto con una misión común",
  "Capacity to partner (advice from the field)": "Capacidad para asociarse (consejos de la práctica)",
  // Bands of the built-in instrument and of scores (ids).
  "needs-attention": "necesita atención",
  emerging: "incipiente",
  established: "establecida",
  strong: "sólida",
  weak: "débil",
  developing: "en desarrollo",
  "insufficient-evidence": "evidencia insuficiente",
  // Meeting frequencies (ids).
  weekly: "semanal",
  biweekly: "quincenal",
  monthly: "mensual",
  "every-other-month": "bimestral",
  quarterly: "trimestral",
  "twice-a-year": "semestral",
  annually: "anual",
  // Review cadences (ids).
  annual: "anual",
  biennial: "bienal",
  "biennial-school-year": "bienal (por año escolar)",
  // Agreement statuses (ids).
  unsigned: "sin firmar",
  "partly-signed": "firmado solo por algunas partes",
  "not-yet-in-force": "todavía no vigente",
  "in-force": "vigente",
  expired: "vencido",
  terminated: "terminado",
  // Submission recipients.
  "the Secretary (through the regional office)": "el Secretario (por medio de la oficina regional)",
  "the State Director of Head Start Collaboration": "el Director Estatal de Colaboración de Head Start",
  "the regional office": "la oficina regional",
  "the governing body": "el órgano de gobierno",
  "the Policy Council": "el Consejo de Políticas",
  "the entity managing publicly funded preschool": "la entidad que administra el preescolar con fondos públicos",
  // Consent form parts.
  "which records may be disclosed": "qué expedientes pueden divulgarse",
  why: "por qué",
  "to whom": "a quién",
  "a signature and date": "una firma y una fecha",
  "that consent is voluntary and revocable": "que el consentimiento es voluntario y revocable",
  // Community assessment elements (ids).
  "eligible-children": "niños elegibles",
  needs: "necesidades",
  "parent-schedules": "horarios de los padres",
  "other-providers": "otros proveedores",
  resources: "recursos",
  strengths: "fortalezas",
  // Cost categories (ids).
  "direct-services": "servicios directos",
  "comprehensive-services": "servicios integrales",
  "quality-ta": "calidad y asistencia técnica",
  "workforce-pd": "personal y desarrollo profesional",
  "data-systems": "sistemas de datos",
  facilities: "instalaciones",
  administration: "administración",
  "family-support": "apoyo a las familias",
  // Compliance phrases.
  "does not participate": "no participa",
  "records no participation": "no registra su participación",
  "does not share": "no comparte",
  "records no sharing of": "no registra que comparta",
  // MOU exemptions (kinds).
  "no-public-preschool": "no hay preescolar público",
  "entity-unable-or-unwilling": "la entidad no puede o no quiere",
  // Coordinated services.
  "only from state to local": "solo del nivel estatal al local",
  "only from local to state": "solo del nivel local al estatal",
  "in neither direction": "en ninguna dirección",
  "not budgeted": "sin presupuesto",
  "not fully funded": "sin financiamiento completo",
  // Planning perspectives.
  families: "las familias",
  "staff who work directly with families": "el personal que trabaja directamente con las familias",
  // Funding stream rule values.
  none: "ninguno",
  "the federal medical assistance percentage": "el porcentaje federal de asistencia médica (FMAP)",
  "Minimum share of CCDF spent on quality activities": "Parte mínima del CCDF destinada a actividades de calidad",
  "Additional minimum share for infant and toddler quality": "Parte mínima adicional para la calidad del cuidado de bebés y niños pequeños",
  "Maximum share of CCDF spent on administration": "Parte máxima del CCDF destinada a la administración",
  "Minimum share of the remaining funds spent on direct services": "Parte mínima de los fondos restantes destinada a servicios directos",
  "Federal share of prevention services": "Parte federal de los servicios de prevención",
  "Federal cap on CCDF family co-payments, as a share of family income": "Límite federal de los copagos familiares del CCDF, como parte del ingreso familiar",
  // Clauses of the agreement templates (labels).
  "Coordination: educational activities": "Coordinación: actividades educativas",
  "Coordination: public information dissemination and access to programs for families contacting the Head Start program or any of the preschool programs":
    "Coordinación: difusión de información pública y acceso a los programas para las familias que se comunican con el programa Head Start o con cualquiera de los programas preescolares",
  "Coordination: selection priorities for eligible children to be served by programs": "Coordinación: prioridades de selección de los niños elegibles que atenderán los programas",
  "Coordination: service areas": "Coordinación: áreas de servicio",
  "Coordination: staff training": "Coordinación: capacitación del personal",
  "Coordination: program technical assistance": "Coordinación: asistencia técnica a los programas",
  "Coordination: provision of additional services to meet the needs of working parents": "Coordinación: servicios adicionales para atender las necesidades de los padres que trabajan",
  "Coordination: communications and parent outreach for smooth transitions to kindergarten as required in paragraphs (3) and (6) of section 642A(a)":
    "Coordinación: comunicación y acercamiento a los padres para una transición sin tropiezos al kínder, como exigen los párrafos (3) y (6) de la sección 642A(a)",
  "Coordination: provision and use of facilities": "Coordinación: suministro y uso de las instalaciones",
  "Coordination: other elements mutually agreed to by the parties to such memorandum": "Coordinación: otros elementos que las partes del memorando acuerden mutuamente",
  "Review of each coordination activity": "Revisión de cada actividad de coordinación",
  "Collaboration to benefit individual families": "Colaboración en beneficio de cada familia",
  "Policy issues across the two systems": "Asuntos de políticas entre los dos sistemas",
  "Point persons in both agencies for referrals, services, questions and problems": "Personas de contacto en ambas agencias para referencias, servicios, preguntas y problemas",
  "Information sharing with parent permission": "Intercambio de información con permiso de los padres",
  "Families' privacy and confidentiality across partners": "Privacidad y confidencialidad de las familias entre los socios",
  "Mandated reporting roles and protocol": "Funciones y protocolo de denuncia obligatoria",
  "Joint training for program and child welfare staff": "Capacitación conjunta del personal del programa y de bienestar infantil",
  "Participation in case planning and family meetings": "Participación en la planificación del caso y en las reuniones familiares",
  "Programs as safe locations for parental visits": "Los programas como lugares seguros para las visitas de los padres",
  "Leaders, including family members, on each other's governance groups": "Líderes, incluidos miembros de las familias, en los órganos de gobierno del otro",
  "Purpose and legal authority": "Propósito y autoridad legal",
  "Referral procedures in both directions": "Procedimientos de referencia en ambas direcciones",
  "Enrollment priority for children in foster care and child-welfare-involved families": "Prioridad de inscripción para los niños en cuidado de crianza y las familias con un caso de bienestar infantil",
  "Eligibility documentation for children in foster care": "Documentación de elegibilidad de los niños en cuidado de crianza",
  "Continuity of enrollment across placement changes": "Continuidad de la inscripción cuando cambia la colocación",
  "Shared data and outcomes": "Datos y resultados compartidos",
  "Dispute resolution": "Resolución de controversias",
  "Term, review, renewal and termination": "Vigencia, revisión, renovación y terminación",
  "Roles and responsibilities of partners to comply with the Head Start Program Performance Standards": "Funciones y responsabilidades de los socios para cumplir las Normas de Desempeño del Programa Head Start",
  "The number of children and families to be served": "El número de niños y familias que se atenderán",
  "A statement of each party's rights": "Una declaración de los derechos de cada parte",
  "The training and professional development the grant recipient will provide": "La capacitación y el desarrollo profesional que dará el beneficiario de la subvención",
  "Term, amendment, renewal and termination": "Vigencia, enmienda, renovación y terminación",
  "Payment and layered funding without supplanting the partner's existing funds": "Pago y financiamiento por capas sin sustituir los fondos que ya tiene el socio",
  "Ratios and group sizes": "Proporciones y tamaños de grupo",
  "Child records privacy": "Privacidad de los expedientes de los niños",
  "Monitoring and oversight": "Monitoreo y supervisión",
  "Dispute and conflict resolution": "Resolución de controversias y conflictos",
  "Why the records are disclosed": "Por qué se divulgan los expedientes",
  "Which child records may be disclosed": "Qué expedientes de niños pueden divulgarse",
  "To whom (a party or class of parties)": "A quién (una parte o una clase de partes)",
  "Legal basis: written parental consent, or a named disclosure without consent": "Base legal: consentimiento escrito de los padres, o una divulgación sin consentimiento que se nombre",
  "Limits on redisclosure": "Límites a la nueva divulgación",
  "Security of the records": "Seguridad de los expedientes",
  "Destruction when no longer needed": "Destrucción cuando ya no se necesiten",
  "Annual review of the written agreement": "Revisión anual del acuerdo escrito",
  "Parents' right to review the agreement": "Derecho de los padres a revisar el acuerdo",
  "Receiving children's records, transferred with parental consent": "Recepción de los expedientes de los niños, transferidos con el consentimiento de los padres",
  "Channels of communication between school and Head Start staff": "Canales de comunicación entre el personal de la escuela y el de Head Start",
  "Meetings of parents and teachers on each child's needs": "Reuniones de padres y maestros sobre las necesidades de cada niño",
  "Joint transition-related training": "Capacitación conjunta sobre la transición",
  "Linking the district's educational services with Head Start's": "Vinculación de los servicios educativos del distrito con los de Head Start",
  "The district's McKinney-Vento liaison and children experiencing homelessness": "El enlace McKinney-Vento del distrito y los niños sin hogar",
  "Review and renewal of the agreement": "Revisión y renovación del acuerdo",
  "Functions shared through the alliance": "Funciones compartidas por medio de la alianza",
  "How costs are shared": "Cómo se comparten los costos",
  "Collaborative governance structure": "Estructura de gobierno colaborativo",
  "The hub that provides the shared services, and its fees": "El centro que presta los servicios compartidos, y sus cuotas",
});

/** A word of a finding's params in Spanish when the vocabulary holds it; anything else as given. */
export function t(value: unknown): string {
  const text = String(value ?? "");
  return Object.hasOwn(vocabulary, text) ? vocabulary[text]! : text;
}

/** A list param in Spanish, each item through {@link t}, joined as English joins it. */
export function list(value: unknown, separator = ", "): string {
  return Array.isArray(value) ? value.map(t).join(separator) : String(value ?? "")
    .split(separator)
    .map(t)
    .join(separator);
}
