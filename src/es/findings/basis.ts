// Why each finding has its severity, in Spanish (the library's own translation). Where the
// severity rests on the source's exact words ("shall", "must", "should", "may include"), those
// words stay quoted in English, with their meaning in Spanish, so a monitor can find them.

const DATA_GAP = "Un vacío en los datos.";
const DATA_NOTE = "Una nota sobre los datos.";
const DISCUSS = "Una nota para conversar.";
const RECOMMENDED = "Práctica, no un requisito: la cláusula es común en este tipo de acuerdos.";
const guidance = (source: string) => `Orientación, no una norma: ${source} dice que estos acuerdos incluyen la cláusula.`;
const ARITHMETIC = "Aritmética del plan.";
const IRON =
  "Una regla práctica de finanzas del enfoque del Triángulo de Hierro (Opportunities Exchange), no una norma: ninguna ley ni reglamento fija estas metas.";

/** The Spanish basis of every finding code, by code. */
export const basisEs: Readonly<Record<string, string>> = {
  "continuum.practice.unknown": DATA_GAP,
  "continuum.evidence.invalid-date": DATA_GAP,
  "continuum.evidence.after-as-of": DATA_NOTE,
  "continuum.evidence.stale": "Práctica: una evidencia antigua puede ya no ser cierta.",
  "continuum.view.unknown-level": DATA_GAP,
  "continuum.view.disagrees": DISCUSS,
  "continuum.view.parties-disagree": DISCUSS,
  "partnership.stage.next-missing": "Una nota: el continuo es un camino de desarrollo, no un requisito.",
  "partnership.element.no-evidence": "Las puntuaciones se explican solas: una calificación sin evidencia no se puntúa.",
  "partnership.meeting.after-as-of": "Una nota: no se cuenta en esta fecha.",
  "partnership.meetings.below-agreed": "El propio acuerdo de los socios sobre cada cuánto reunirse.",
  "partnership.meetings.no-frequency": "Orientación: los pasos de planificación preguntan cómo es la comunicación periódica.",
  "partnership.agreement.missing":
    'La norma da los acuerdos, procedimientos o contratos conjuntos como ejemplos ("such as", es decir, "tal como"); los socios que comparten recursos suelen dejar por escrito quién hace qué.',
  "partnership.family-voice.no-role": "Orientación: los pasos de planificación preguntan qué papel tienen las familias en la asociación.",
  "partnership.ended": "Una nota.",
  "agreement.public-preschool.topic-missing":
    'La Ley dice que el MOU "shall" (deberá) incluir planes sobre cada tema; "as appropriate" (según corresponda) se refiere a cómo se coordinan las actividades, no a si el MOU trata el tema, y el memorando ACF-IM-HS-08-18 lo lee igual (el MOU "must include coordination plans that address the ten subjects", es decir, debe incluir planes de coordinación para los diez temas). Los temas (VII) y (X) tienen sus propias condiciones y sus propios códigos.',
  "agreement.public-preschool.clause-missing": 'La Ley dice que el MOU "shall" (deberá) disponer la revisión de cada actividad de coordinación.',
  "agreement.public-preschool.working-parents-topic-missing":
    'El tema (VII) se aplica "as applicable" (cuando corresponda): donde los padres que trabajan necesitan servicios adicionales. Un MOU que no lo incluye puede estar completo; el hallazgo pide a las partes que lo digan.',
  "agreement.public-preschool.other-elements-none": "El tema (X) abarca otros elementos que las partes acuerden mutuamente; un MOU cuyas partes no acordaron ninguno no tiene una falta.",
  "agreement.child-welfare.clause-missing": guidance("Strategies for Partnering with Child Welfare Agencies"),
  "agreement.child-welfare.recommended-clause-missing": RECOMMENDED,
  "agreement.ehs-ccp.clause-missing": guidance("Developing Partnership Agreements (ECLKC)"),
  "agreement.ehs-ccp.recommended-clause-missing": RECOMMENDED,
  "agreement.data-sharing.clause-missing": guidance("la lectura que hace la biblioteca de la subparte C de la parte 1303 del 45 CFR"),
  "agreement.data-sharing.recommended-clause-missing": RECOMMENDED,
  "agreement.shared-services.clause-missing": guidance("Shared Services to Build and Sustain Quality"),
  "agreement.shared-services.recommended-clause-missing": RECOMMENDED,
  "agreement.lea-title-i.activity-missing":
    'La ley obliga a la agencia educativa local ("Each local educational agency shall develop agreements with such Head Start agencies and other entities to carry out such activities", es decir, cada agencia educativa local deberá elaborar acuerdos con esas agencias Head Start), no al programa Head Start: para el programa, la actividad que falta es recomendada, para plantearla al distrito escolar.',
  "agreement.lea-title-i.recommended-clause-missing": RECOMMENDED,
  "agreement.signature-after-as-of": "Una nota sobre los datos: la firma no se cuenta en esta fecha.",
  "agreement.unsigned":
    "Ninguna norma exige firmas en los acuerdos, procedimientos o contratos conjuntos en general (el 45 CFR 1302.53(a)(1) los da como ejemplos); un acuerdo que no firmaron todas las partes simplemente todavía no está vigente. Para el MOU de preescolar público, el requisito lo lleva el hallazgo del programa compliance.b1.mou-not-in-force.",
  "agreement.expired": "Ninguna norma fija la vigencia de estos acuerdos; una asociación que continúa sin un acuerdo vigente ya no es formal (ejemplos del 45 CFR 1302.53(a)(1)).",
  "agreement.public-preschool.expired": 'La Ley dice que el MOU "shall" (deberá) renovarse cada dos años; un MOU que pasó su fecha de fin no se ha renovado.',
  "agreement.terminated": "Una nota: una de las partes dio por terminado el acuerdo.",
  "agreement.not-yet-in-force": "Una nota: todas las partes firmaron y la fecha de entrada en vigor todavía no llega.",
  "agreement.renewal-overdue":
    'La Ley dice que el MOU "shall" (deberá) renovarse cada dos años, al comienzo del año escolar. La biblioteca considera la renovación atrasada solo después del primer comienzo de año escolar en o después del segundo aniversario de la última renovación (o de la firma): la fecha más tardía que permite esa lectura.',
  "agreement.renewal-due-soon": "Un recordatorio de una fecha legal próxima.",
  "agreement.review-overdue":
    "La frecuencia es la práctica de la plantilla (la revisión anual del acuerdo de intercambio de datos, cuyo párrafo del 1303.22 no está verificado) o la de las propias partes; ningún texto obligatorio que la biblioteca haya verificado la fija.",
  "agreement.review-due-soon": "Un recordatorio de una fecha próxima.",
  "agreement.submission-missing":
    'La Ley dice que el MOU "shall" (deberá) enviarse al Secretario y al Director Estatal de Colaboración dentro de los 30 días siguientes a su celebración. Un envío registrado a la oficina regional cuenta como enviado al Secretario.',
  "agreement.submission-late": "El envío se hizo, así que el requisito se cumple ahora; el retraso es una falta pasada para anotar y evitar en la próxima renovación.",
  "agreement.submission-due": "Un recordatorio de un plazo legal próximo.",
  "agreement.data-sharing.no-legal-basis":
    "No está documentado. El 45 CFR 1303.22 regula cada divulgación (consentimiento antes de divulgar, o una divulgación sin consentimiento que permite), no lo que registra un acuerdo; una base que falta aquí es un vacío en el registro, no la prueba de una divulgación ilegal.",
  "agreement.data-sharing.consent-incomplete":
    "El contenido de un consentimiento viene del texto oficial en español del 1303.22(a)(2) y (a)(4); la redacción en inglés todavía no está confirmada, así que el hallazgo queda como recomendado.",
  "funding.blended.categorical":
    "Al combinar, los costos no se asignan ni se rastrean por fuente; los fondos federales categóricos por lo general se trenzan o se superponen. Si una ley permite combinarlos es un juicio de modelado que la biblioteca no ha verificado.",
  "funding.layers.short": "Aritmética del plan: parte del costo no tiene ninguna capa que lo pague.",
  "funding.layers.exceed-cost": "Aritmética del plan: parte del dinero superpuesto en este costo no hace falta para él.",
  "funding.category.not-allowed": "Las listas de categorías permitidas son el resumen que hace la biblioteca de las reglas de cada fuente, no las reglas mismas; revise la adjudicación antes de mover dinero.",
  "funding.source.overcommitted": "Aritmética del plan: un plan en papel no rompe ninguna norma, pero el dinero no está.",
  "funding.source.unavailable-in-period": "Fechas del plan: el último día del dinero llega antes del primer día del plan, así que el plan cuenta dinero que no puede usar.",
  "funding.source.ended": "Fechas del plan: el último día del dinero ya pasó.",
  "funding.source.expiring": "Un recordatorio de una fecha próxima.",
  "funding.source.ends-before-period": "Fechas del plan: la última parte del período tiene menos dinero del que muestra el plan.",
  "funding.stream.fact-changes":
    "Un dato con fecha de la fuente (una parte federal, un límite, una reserva) cambia de valor dentro del período; el dinero sigue, cambian sus condiciones.",
  "funding.stream.deprecated-id": "Una nota sobre los datos: el identificador anterior sigue funcionando hasta la próxima versión mayor.",
  "funding.plan.empty": "Una nota: no hay nada que analizar.",
  "funding.gap": ARITHMETIC,
  "funding.plan.cost-per-child-implausible": "Una protección contra errores de escritura: un costo por niño fuera de $1,000 a $100,000 al año es más probablemente un error de unidades que un presupuesto real.",
  "funding.coordination.unfunded":
    'Práctica: la mayoría de los enfoques de servicios coordinados "did not have funding for the coordination itself" (no tenían financiamiento para la coordinación misma), y las asociaciones se estancan sin él.',
  "funding.category.unfunded": ARITHMETIC,
  "funding.coordination.not-budgeted": "Una nota de la práctica: el trabajo de asociarse lleva tiempo del personal.",
  "funding.concentration.high": "Una nota sobre el riesgo: un plan que depende de una sola fuente queda expuesto a sus cambios.",
  "funding.match.short":
    "El aporte pertenece a una subvención de Head Start o Early Head Start y a su período presupuestario: el hallazgo es obligatorio solo para un plan que es ese presupuesto (el plan de un programa, o headStartBudgetPeriod: true). Las dispensas se cuentan.",
  "funding.match.share-short":
    "El aporte se juzga sobre todo el período presupuestario de la subvención, no sobre la parte de una asociación o de una alianza; otras partes de la subvención pueden llevar más aporte.",
  "funding.match.origin-unknown":
    "Programas como T.E.A.C.H. y WAGE$ suelen pagarse con fondos federales del CCDF, y el dinero federal puede no contar como aporte; la biblioteca lo cuenta solo cuando la fuente dice que no es federal.",
  "funding.match.federal-counted":
    "Los aportes de contrapartida no pueden pagarse con dinero del Gobierno federal de otra adjudicación federal (2 CFR 200.306(b)); la biblioteca deja la fuente fuera del aporte. Las excepciones de la norma (una ley que lo autorice) las debe mostrar el programa.",
  "funding.match.other":
    "Una nota: las reglas de aporte de otras fuentes muchas veces no están verificadas en el catálogo de la biblioteca (el mensaje lo marca) y pertenecen a sus propias adjudicaciones.",
  "action-plan.action.no-owner": "Práctica: una acción que nadie tiene a su cargo suele no hacerse.",
  "action-plan.action.blocked": "Práctica: una acción bloqueada necesita la atención de los socios.",
  "action-plan.action.high-priority-overdue": "El propio plan de los socios: una acción de alta prioridad está atrasada.",
  "action-plan.action.overdue": "El propio plan de los socios: una acción está atrasada.",
  "action-plan.goal.no-action": "Práctica: una meta sin acciones no avanza.",
  "questionnaire.answer.unknown-question": "Un vacío en los datos: la respuesta no se puede ubicar.",
  "questionnaire.response.other-questionnaire": DATA_GAP,
  "questionnaire.response.other-version": "Una nota: las preguntas pueden haber cambiado entre versiones.",
  "questionnaire.perspective.missing": "Los pasos de planificación piden lo que aportan las familias y el personal que trabaja directamente con ellas.",
  "questionnaire.sequence.skipped-ahead": "Cada paso de planificación se apoya en los anteriores.",
  "instrument.respondent.duplicate": "Un vacío en los datos: solo cuenta la primera respuesta.",
  "instrument.item.unknown": "Una nota sobre los datos: las respuestas no se tomaron en cuenta.",
  "instrument.value.out-of-scale": "Un vacío en los datos: la respuesta cuenta como faltante.",
  "instrument.factor.insufficient": "No se da una puntuación con muy poca evidencia.",
  "instrument.factor.low-agreement": DISCUSS,
  "instrument.wave.band-down": "Práctica: una baja entre rondas merece atención.",
  "instrument.wave.band-up": "Una nota: un avance.",
  "compliance.a1.no-active-partnerships":
    'La norma dice que un programa "must" (deberá) establecer asociaciones continuas con organizaciones comunitarias; la cartera no registra ninguna activa en la fecha.',
  "compliance.a1.informal":
    'La norma da los acuerdos, procedimientos o contratos conjuntos como ejemplos ("such as", es decir, "tal como"); una asociación sin ninguno puede seguir siendo continua.',
  "compliance.a1.agreement-not-found":
    "Un vacío en los datos, no en el programa: parsePortfolio rechaza esa referencia, así que solo aparece con datos que no se leyeron como cartera.",
  "compliance.a2.category-gap":
    'La norma exige las asociaciones "necessary" (que se necesitan) con organizaciones que "may include" (pueden incluir) las ocho categorías: una categoría sin socio es un vacío para considerar, no un incumplimiento.',
  "compliance.a1.need-without-partner": "Las asociaciones atienden las necesidades que determina la evaluación comunitaria; el programa puede atender una necesidad de otra manera, así que es un vacío para considerar.",
  "compliance.1302-11.missing":
    'El programa "must" (deberá) hacer una evaluación comunitaria al menos una vez en cada período de la subvención y revisarla cada año; la cartera no registra ninguna hecha a la fecha.',
  "compliance.1302-11.outside-grant-period":
    'La norma pide una evaluación "at least once over the five-year grant period" (al menos una vez en el período de cinco años de la subvención): hasta que el período termine, el programa todavía tiene tiempo, así que es un recordatorio, no un incumplimiento.',
  "compliance.1302-11.grant-period-missed": "El período de cinco años de la subvención registrado terminó y no se hizo en él ninguna evaluación comunitaria ni se registró ninguna que le sirva.",
  "compliance.1302-11.older-than-five-years":
    "Sin un período de subvención registrado, la biblioteca no puede saber a qué período sirve una evaluación; cinco años es lo que usa en lugar de un período, no lo que dice la norma.",
  "compliance.1302-11.annual-review-missed":
    '"Annually" (cada año) significa una vez en cada año del período de la subvención: la biblioteca lee los años presupuestarios del período (12 meses desde su inicio) e informa de un año que terminó sin ninguna revisión ni actualización con fecha en él. Un período móvil de 12 meses no es la medida de la norma (vea compliance.1302-11.review-overdue).',
  "compliance.1302-11.review-overdue":
    "Las actualizaciones anuales ligadas a la solicitud anual de fondos pueden quedar a 12 o 13 meses de distancia y seguir siendo anuales; un período móvil de 12 meses es el recordatorio de la biblioteca, no la medida de la norma. Un año presupuestario que termina sin revisión se informa como compliance.1302-11.annual-review-missed.",
  "compliance.1302-11.elements-missing":
    "La lista de datos sigue el 1302.11(b)(1)(i)-(vi) en su numeración de 2016; la redacción no está verificada, y lo que cubre la evaluación solo se registra si la aplicación lo pregunta.",
  "compliance.b.records-without-basis":
    "No está documentado: el 1302.53(b) pide a los programas proteger la privacidad de los expedientes de los niños según la subparte C de la parte 1303, que regula cada divulgación (consentimiento, o una divulgación sin consentimiento que permite), no lo que registra un acuerdo. Una base que falta es un vacío en el registro.",
  "compliance.b.active-role-unrecorded":
    'La norma obliga ("A program must take an active role in promoting coordinated systems of comprehensive early childhood services ... through communication, cooperation, and the sharing of information among agencies and their community partners", es decir, el programa deberá asumir un papel activo por medio de la comunicación, la cooperación y el intercambio de información), pero no nombra ningún registro que lo muestre; un año sin nada registrado es un vacío en el registro, no la prueba de que el programa no tuvo un papel activo, así que es recomendado.',
  "compliance.b1.mou-missing":
    'La norma dice que un programa "must" (deberá) celebrar el MOU (Ley Head Start, 642(e)(5)); la Ley exime a un programa solo donde no hay preescolar con fondos públicos en el área de servicio o la entidad no puede o no quiere, y no se registra ninguna de las dos. Si el programa nombra varias entidades responsables, cada una necesita un MOU o una exención (ACF-IM-HS-08-18).',
  "compliance.b1.mou-not-in-force":
    "Un MOU que no firmaron todas las partes, que venció o que se dio por terminado no cumple el requisito de celebrarlo; una exención registrada antes de celebrar el MOU ya no corresponde.",
  "compliance.b1.exempt": "Una nota: se aplica la exención de la Ley.",
  "compliance.b1.exemption-superseded": "Una nota sobre los datos: un MOU celebrado después de registrar la exención muestra que la exención está desactualizada, así que decide el estado del MOU.",
  "compliance.b2.qris": 'La norma dice que un programa "should participate" (debería participar) en su QRIS estatal o local, en la medida de lo posible, si el QRIS apoya la participación de Head Start.',
  "compliance.b3.data-systems":
    'La norma dice que un programa "should integrate and share relevant data with state education data systems, to the extent practicable" (debería integrar y compartir los datos pertinentes con los sistemas estatales de datos educativos, en la medida de lo posible).',
  "compliance.b4.aian-decision":
    'La norma dice que ese programa "should determine whether or not it will participate" (debería decidir si participará o no); su decisión se informa, nunca es un vacío.',
  "network.node.duplicate": "Una nota sobre los datos: cuenta una sola vez.",
  "network.edge.unknown-node": "Un vacío en los datos: la conexión no se toma en cuenta.",
  "network.edge.self-loop": "Una nota sobre los datos: no se toma en cuenta.",
  "network.edge.bad-weight": "Un vacío en los datos: la conexión no se toma en cuenta.",
  "network.edge.duplicate": "Una nota sobre los datos: cuenta una sola vez, con el peso mayor.",
  "community.csa.no-common-goal": "Práctica del estudio: los enfoques reúnen a los socios en torno a una meta común.",
  "community.csa.no-contribution": "Práctica del estudio: cada socio aporta a la meta común.",
  "community.csa.smi-unconverted": "Una nota: un límite dado como parte del ingreso medio estatal necesita ese ingreso expresado respecto al nivel de pobreza.",
  "community.csa.eligibility-misaligned": "Práctica del estudio: las reglas de elegibilidad distintas fueron un obstáculo para la inscripción coordinada.",
  "community.csa.no-regular-meetings": "Práctica del estudio: los socios se comunicaban en reuniones periódicas.",
  "community.csa.one-way-information": "Práctica del estudio: los socios estatales y locales compartían información y apoyos en ambas direcciones.",
  "community.csa.coordination-unfunded":
    'Práctica del estudio: la mayoría de los enfoques "did not have funding for the coordination itself" (no tenían financiamiento para la coordinación misma).',
  "community.csa.no-funding-plan": "Una nota: no se dio ningún plan.",
  "community.csa.no-outcome-measures":
    "Una nota: el estudio describe enfoques que vinculan servicios para promover buenos resultados para las familias; aquí no se mide ninguno.",
  "community.csa.not-sustained": "Una nota: el estudio encontró que la motivación compartida podía mantener la coordinación de los socios después de terminar el financiamiento.",
  "community.csa.partner-declined": "Una nota: el estudio encontró socios que preferían trabajar por su cuenta; el motivo es del socio.",
  "community.alliance.no-cost-data": "Una nota: no se conocen los ahorros.",
  "community.alliance.costs-rose": "Práctica: las alianzas existen para reducir o compartir costos; un aumento merece una revisión (puede comprar calidad).",
  "community.alliance.no-outcomes-beyond-cost":
    'Una nota: los servicios compartidos buscan "save dollars, strengthen management capacity, improve early learning and ensure sustainable, high quality programs" (ahorrar dinero, fortalecer la capacidad de gestión, mejorar el aprendizaje temprano y asegurar programas sostenibles y de alta calidad); solo hay ahorros registrados.',
  "community.iron-triangle.enrollment-below-target": IRON,
  "community.iron-triangle.bad-debt-above-target": IRON,
  "community.iron-triangle.per-child-gap": IRON,
  "community.iron-triangle.break-even-above-capacity": `${IRON} Un sitio que no puede cubrir sus costos con la inscripción completa necesita una tarifa más alta, costos más bajos u otros ingresos.`,
  "community.iron-triangle.inconsistent-figures": "Una nota sobre los datos: es posible (cobros de cuotas atrasadas, inscripción por encima de la capacidad), pero muchas veces es un error de escritura.",
  "referral.unanswered":
    'Las asociaciones existen "to facilitate access to community services that are responsive to children\'s and families\' needs" (para facilitar el acceso a los servicios de la comunidad que respondan a las necesidades de los niños y las familias; 45 CFR 1302.53(a)(1)); ninguna norma fija un plazo para responder una referencia, así que el plazo (14 días, salvo que la aplicación fije otro) es de la biblioteca y el hallazgo es recomendado.',
  "referral.stale":
    "Una nota: una persona de contacto que se ocupa de las referencias y coordina los servicios continuos de la familia sigue cada referencia hasta el final; el plazo (45 días, salvo que la aplicación fije otro) es de la biblioteca.",
  "referral.incoming-unanswered":
    "La misma lectura que referral.unanswered, desde el otro lado: el socio refirió a la familia y el programa no ha registrado haberse comunicado con ella dentro del plazo (14 días, salvo que la aplicación fije otro).",
  "ccrr.functions-lacking": "Una nota: las funciones son consejos de la práctica para las agencias CCR&R, no requisitos de ninguna norma.",
  "staff-policy.missing":
    'La fuente dice que los programas "must provide staff with clear policies" (deben dar al personal políticas claras) sobre los dos temas, pero es orientación de la Oficina de Head Start, no una ley ni un reglamento: un monitor no encontraría ninguna norma que lo diga, así que el hallazgo es recomendado.',
  "staff-policy.review-overdue": "Una nota: la fecha de revisión es la del propio programa; ninguna norma la fija.",
  "slots.hours-uncovered":
    "Aritmética de las capas registradas: cada hora que ofrece un cupo la paga alguna fuente; las horas que nadie paga son un vacío en el presupuesto, no una norma incumplida.",
  "slots.hours-counted-twice":
    "Aritmética de las capas registradas: cada fuente superpuesta paga una parte distinta del día o del año, así que unas capas que suman más horas de las que ofrece el cupo cargan algunas horas dos veces; el hallazgo es recomendado porque puede que lo equivocado sea el registro.",
  "slots.stream-not-in-plan": "Una nota: los cupos nombran una fuente que los planes de financiamiento del programa no incluyen, así que los planes no pueden mostrar el dinero de estas horas.",
};
