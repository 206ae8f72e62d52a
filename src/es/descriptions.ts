// Descriptions of catalog items in Spanish: the library's own translations (where an item quotes
// a source, no official Spanish of that passage was found), keyed "<catalog>:<id>".
import type { TranslatedText } from "../locale/locale.js";
import { library } from "./catalog-labels.js";

const texts: Readonly<Record<string, string>> = {
  "agreement-template:public-preschool-mou":
    "Celebrar un memorando de entendimiento ... con la entidad local apropiada responsable de administrar los programas preescolares financiados con fondos públicos en el área de servicio de la agencia Head Start (Ley Head Start, 642(e)(5), enmendada por la Ley Pública 110-134, 121 Stat. 1404-1405; 45 CFR 1302.53(b)(1)).",
  "agreement-template:child-welfare-mou":
    "Establecer un memorando de entendimiento (MOU) formal entre el programa Head Start y Early Head Start y la agencia de bienestar infantil. Asegurarse de que el MOU trate la colaboración en beneficio de cada familia y los asuntos de políticas entre los dos sistemas.",
  "agreement-template:ehs-ccp-partnership-agreement":
    "Los acuerdos de asociación deben incluir, entre otros temas, las funciones y responsabilidades de los socios para cumplir las Normas de Desempeño del Programa Head Start, el número de niños y familias que se atenderán, una declaración de los derechos de cada parte, y la capacitación y el desarrollo profesional que dará el beneficiario de la subvención.",
  "agreement-template:data-sharing-agreement":
    "Un acuerdo escrito para divulgar información de identificación personal de los expedientes de los niños, con su base según la subparte C de la parte 1303 del 45 CFR.",
  "agreement-template:lea-title-i-agreement":
    "Cada agencia educativa local que reciba asistencia según esta parte llevará a cabo las actividades descritas con las agencias Head Start y, si es posible, con otras entidades que ejecuten programas de desarrollo de la primera infancia. Cada agencia educativa local elaborará acuerdos con esas agencias Head Start y otras entidades para llevar a cabo esas actividades.",
  "agreement-template:shared-services-agreement":
    "Lo que tienen en común las alianzas de programas de cuidado y educación temprana: costos reducidos o compartidos mediante compras conjuntas, compras al por mayor, personal compartido, administración centralizada o una combinación de estas; y desarrollo compartido de la capacidad del programa, de la administración o de ambos, mediante herramientas y sistemas comunes, mentoría y supervisión compartidas o procesos de mejora colaborativa.",
  "ccrr-function:partner-selection":
    "Usar lo que la agencia sabe de los proveedores locales y de las necesidades de la comunidad para señalar los programas de cuidado infantil donde los fondos y recursos adicionales de la asociación mejorarían más el cuidado.",
  "ccrr-function:quality-coaching": "Asesorar por igual al personal de Early Head Start y de cuidado infantil, y ofrecerle desarrollo profesional sobre la calidad del cuidado.",
  "ccrr-function:professional-development-needs": "Averiguar qué capacitación necesita el personal de cada socio y organizar la capacitación que responda a esas necesidades.",
  "ccrr-function:staff-progress-sharing": "Informar a los socios de la capacitación que ha terminado su personal y de dónde está cada persona en su trayectoria profesional.",
  "ccrr-function:higher-education-access":
    "Aprovechar los vínculos con colegios y universidades para que el personal de la asociación obtenga la credencial de Asociado en Desarrollo Infantil (CDA) o un título de asociado o de licenciatura.",
  "ccrr-function:career-funding-guidance":
    "Informar a los líderes y al personal de la asociación sobre el financiamiento de las carreras en la primera infancia, como las becas T.E.A.C.H. y los suplementos salariales Child Care WAGE$, para apoyar las trayectorias profesionales y los salarios.",
  "ccrr-function:higher-education-conversations":
    "Reunir a Early Head Start, a los socios de cuidado infantil y a los colegios para definir qué formación necesita el personal de cada socio para mejorar sus calificaciones.",
  "ccrr-function:policy-awareness":
    "Ayudar al cuidado infantil y a Early Head Start a entender y aprovechar los cambios de políticas y de financiamiento (el ejemplo de la fuente es la Ley del Plan de Rescate Estadounidense después del COVID-19) en favor de los niños y las familias que atienden.",
  "ccrr-function:family-enrollment-information":
    "Junto con el estado, asegurarse de que las familias trabajadoras de bajos ingresos que necesitan cuidado para bebés y niños pequeños sepan que pueden inscribirse en una Asociación de Early Head Start y Cuidado Infantil.",
  "ccrr-function:standards-alignment":
    "Con fondos estatales, ayudar a alinear el desarrollo profesional, el sistema de calificación de la calidad y las pautas de aprendizaje temprano del estado con las normas de Early Head Start, y dirigir la capacitación sobre esa alineación.",
  "ccrr-function:infant-toddler-specialists": "Con fondos estatales para la calidad, emplear especialistas en bebés y niños pequeños que capaciten y apoyen a quienes los cuidan.",
  "staff-role:reporting-duties":
    "Conocer las responsabilidades y los requisitos legales para denunciar a las familias al sistema de bienestar infantil, así como los procedimientos y protocolos locales de bienestar infantil que se alinean con las Normas de Desempeño del Programa Head Start.",
  "staff-role:child-welfare-services":
    "Entender mejor los servicios que ofrece el sistema de bienestar infantil, como la protección de menores, el cuidado de crianza, la adopción, el cuidado por familiares, los recursos de prevención y el fortalecimiento familiar.",
  "staff-role:strengths-based-practice": "Centrarse en la práctica basada en las fortalezas, incluida la búsqueda de estrategias que ayuden a las familias a desarrollar factores de protección y resiliencia.",
  "staff-role:safety-conversations": "Identificar y compartir estrategias sensibles para hablar con las familias cuando surge una preocupación por la seguridad y el bienestar de los niños.",
  "staff-role:sensitive-conversations": "Hablar y definir el lenguaje y los enfoques concretos para llevar conversaciones delicadas con las familias que tienen un caso de bienestar infantil.",
  "staff-role:readiness": "Identificar acciones y estrategias que los programas pueden aplicar para mostrar que están listos para acompañar a las familias con un caso de bienestar infantil desde donde están.",
  "staff-role:concrete-supports": "Dar apoyos, incluidos recursos concretos y oportunos, que fortalezcan a las familias y su capacidad de prosperar en sus comunidades.",
  "staff-role:family-contexts": "Entender cómo el contexto en que las familias del programa crían a sus hijos puede influir en sus decisiones y comportamientos.",
  "staff-role:implicit-bias": "Entender el papel del sesgo implícito al observar, culpar, denunciar y evaluar a los niños, a los padres y a las familias.",
  "collaboration-model:eclkc-continuum": "Las etapas propias de la biblioteca; cada una corresponde a sí misma.",
  "collaboration-model:himmelman": "El mismo orden y significado que el continuo: cada nivel corresponde a la etapa del mismo nombre.",
  "collaboration-model:frey-2006":
    "Correspondencia según la descripción: la cooperación (comunicación formal, decisiones independientes) se lee como la coordinación del continuo; la coordinación (información y recursos compartidos), como cooperación; la coalición y la colaboración (recursos conjuntos, decisiones compartidas), como colaboración.",
  "collaboration-model:kagan-quilt": "La cooperación de Kagan (informal, la menos intensa) se lee como la coordinación del continuo, y la coordinación de Kagan (más formal), como cooperación.",
  "collaboration-level:himmelman/networking": "Intercambiar información en beneficio mutuo.",
  "collaboration-level:himmelman/coordinating": "Establecer contactos y además ajustar las actividades para un propósito común.",
  "collaboration-level:himmelman/cooperating": "Coordinar y además compartir recursos.",
  "collaboration-level:himmelman/collaborating": "Cooperar y además fortalecer la capacidad del otro.",
  "collaboration-level:frey-2006/no-interaction": "Ninguna interacción.",
  "collaboration-level:frey-2006/networking": "Conocen la organización; funciones poco definidas; poca comunicación; decisiones independientes.",
  "collaboration-level:frey-2006/cooperation": "Se dan información; funciones algo definidas; comunicación formal; decisiones independientes.",
  "collaboration-level:frey-2006/coordination": "Comparten información y recursos; funciones definidas; comunicación frecuente; algunas decisiones compartidas.",
  "collaboration-level:frey-2006/coalition": "Comparten ideas y recursos; comunicación frecuente y prioritaria; todos los miembros votan.",
  "collaboration-level:frey-2006/collaboration": "Los miembros forman un solo sistema; comunicación con confianza mutua; decisiones por consenso.",
  "score-band:weak": "Falta o es débil la mayor parte de lo que se evaluó.",
  "score-band:developing": "Algunas partes están; quedan vacíos importantes.",
  "score-band:established": "La mayoría de las partes están; quedan algunos vacíos.",
  "score-band:strong": "Lo que se evaluó está, con evidencia.",
  "staff-policy-topic:child-welfare-interaction": "Cómo se espera que interactúen con el sistema de bienestar infantil y con sus trabajadores",
  "staff-policy-topic:child-welfare-supervision": "Qué se considera una supervisión y una consulta adecuadas cuando una familia tiene un caso de bienestar infantil",
  "partnership-practice:governance-cross-membership":
    "Identificar líderes, incluidos miembros de las familias, que puedan formar parte de los grupos de gobierno del otro (por ejemplo, consejos de políticas, comités asesores o juntas comunitarias).",
};

/**
 * In Spanish (the library's own): the descriptions of agreement templates, CCR&R functions, staff
 * roles, staff policy topics and score bands, how each collaboration model maps to the continuum
 * (`collaboration-model:<id>`), the levels' descriptions where a model gives them, and the one
 * partnership practice with a description.
 */
export const descriptionsEs: Readonly<Record<string, TranslatedText>> = Object.freeze(Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, library(text)])));
