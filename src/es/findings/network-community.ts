import { list, t } from "../vocabulary.js";
import { text, type P } from "./text.js";

/** The site as the Spanish sentence names it: by its id, from `siteId` ("" for a site without one); the given name for a finding without it. */
const site = (p: P) => (p.siteId === undefined ? String(p.site) : p.siteId === "" ? "El sitio" : `El sitio ${p.siteId}`);

/** What is inconsistent in an iron-triangle site's figures, from the figures (the English words for a finding without them). */
function inconsistency(p: P): string {
  if (p.collected !== undefined) return `se cobraron ${p.collected}, más que los ${p.billed} facturados`;
  if (p.enrolled !== undefined) return `hay ${p.enrolled} niños inscritos, más que la capacidad de ${p.capacity}`;
  return String(p.what);
}

/** Findings of measureNetwork and the community analyses (coordinated services, alliances, iron triangle), in Spanish (the library's translation). */
export const networkAndCommunity = {
  "network.node.duplicate": text("Nodo repetido", "Quite el repetido.", (p) => `El nodo ${p.node} aparece más de una vez; cuenta una sola vez.`),
  "network.edge.unknown-node": text("Conexión con un nodo desconocido", "Agregue el nodo o corrija la conexión.", (p) => `${p.edge} conecta ${p.node}, que no es un nodo; no se tomó en cuenta.`),
  "network.edge.self-loop": text("Conexión de un nodo consigo mismo", "Quítela.", (p) => `${p.edge} conecta ${p.node} consigo mismo; no se tomó en cuenta.`),
  "network.edge.bad-weight": text("Peso de la conexión no positivo", "Dé a la conexión un peso positivo.", (p) =>
    `${p.edge} tiene peso ${p.weight}; los pesos son números positivos, así que no se tomó en cuenta.`),
  "network.edge.duplicate": text("Conexión repetida", "Quite la repetida.", (p) =>
    `La conexión ${p.source}-${p.target} aparece más de una vez; cuenta una sola vez, con el peso mayor.`),
  "community.csa.no-common-goal": text("Sin meta común", "Acuerden y registren una meta común con los socios.", (p) => `${p.approach} no registra una meta común para sus socios.`),
  "community.csa.no-contribution": text("Socio sin contribución", "Registre lo que aporta el socio.", (p) =>
    `El socio ${p.partner} de ${p.approach} no tiene ninguna contribución registrada a la meta común.`),
  "community.csa.smi-unconverted": text("Límite de ingresos no comparable", "Indique smiAsPercentOfFpl para compararlo.", (p) =>
    `El límite del programa ${p.program} es el ${p.percent}% del ingreso medio estatal; indique smiAsPercentOfFpl para compararlo.`),
  "community.csa.eligibility-misaligned": text(
    "Las reglas de elegibilidad no coinciden",
    "Planifique cómo se atiende a las familias de este tramo (otro programa, servicios complementarios).",
    (p) => `Las familias por encima del ${p.above}% y hasta el ${p.upTo}% del nivel de pobreza califican para ${list(p.eligible)} pero no para ${list(p.notEligible)}.`,
  ),
  "community.csa.no-regular-meetings": text("Sin reuniones periódicas", "Acuerden un calendario de reuniones.", (p) => `${p.approach} no registra reuniones periódicas con sus socios.`),
  "community.csa.one-way-information": text("La información fluye en una sola dirección", "Establezcan la dirección de la información que falta.", (p) =>
    `${p.approach} abarca socios estatales y locales, pero la información fluye ${t(p.flow)}.`),
  "community.csa.coordination-unfunded": text("Trabajo de coordinación sin financiamiento", "Presupueste y financie el trabajo de coordinación.", (p) =>
    `El trabajo de coordinación de ${p.approach} está ${t(p.state)} en el plan ${p.plan}.`),
  "community.csa.no-funding-plan": text("Financiamiento no revisado", "Indique el plan de financiamiento del enfoque para revisar el financiamiento de la coordinación.", (p) =>
    `No se indicó ningún plan de financiamiento para ${p.approach}; no se revisó si la coordinación está financiada.`),
  "community.csa.no-outcome-measures": text(
    "Sin medidas de resultados",
    "Registre una o dos medidas de resultados con un punto de partida y una meta (familias conectadas con vivienda, niños inscritos).",
    (p) => `${p.approach} no registra ninguna medida de resultados.`,
  ),
  "community.csa.not-sustained": text(
    "La coordinación se detuvo cuando terminó el financiamiento",
    "Pregunte a los socios qué parte de la coordinación mantendrían sin la subvención y cuánto costaría.",
    (p) => `${p.approach} dejó de coordinar cuando terminó su financiamiento el ${p.ended}.`,
  ),
  "community.csa.partner-declined": text(
    "Un socio no aceptó",
    "Deje la puerta abierta: comparta lo que ofrece el enfoque y vuelva a intentarlo cuando cambien las circunstancias.",
    (p) => `${p.partner} no aceptó participar en ${p.approach}: ${p.reason}`,
  ),
  "community.alliance.no-cost-data": text("Miembro sin cifras de costos", "Registre los costos de las funciones compartidas del miembro antes y después de unirse.", (p) =>
    `El miembro ${p.member} de ${p.alliance} no tiene costos de antes y después de unirse; no se conocen sus ahorros.`),
  "community.alliance.costs-rose": text("Subieron los costos de un miembro", "Revise las cuotas del miembro y lo que aporta la alianza.", (p) =>
    `Los costos del miembro ${p.member} subieron ${p.cents} después de unirse a ${p.alliance}.`),
  "community.alliance.no-outcomes-beyond-cost": text(
    "Ningún resultado registrado además del costo",
    "Registre lo que cambió la alianza en capacidad de gestión, aprendizaje temprano o sostenibilidad.",
    (p) => `${p.alliance} no registra ningún resultado además del costo (capacidad de gestión, aprendizaje temprano, sostenibilidad).`,
  ),
  "community.iron-triangle.enrollment-below-target": text(
    "Inscripción por debajo de la meta",
    "Llene los cupos libres (difusión, lista de espera) o presupueste con una inscripción menor.",
    (p) => `${site(p)} tiene una inscripción del ${p.percent}%, por debajo de la meta del ${p.target}%.`,
  ),
  "community.iron-triangle.bad-debt-above-target": text(
    "Ingresos sin cobrar por encima de la meta",
    "Mejore el cobro de cuotas (pagos automáticos, facturación de subsidios a tiempo).",
    (p) => `${site(p)} deja sin cobrar el ${p.percent}% de los ingresos facturados, por encima del ${p.max}%.`,
  ),
  "community.iron-triangle.per-child-gap": text("Ingresos por niño menores que el costo por niño", "Revise juntos las tarifas, la inscripción y los costos.", (p) =>
    `${site(p)} cobra ${p.revenue} por niño frente a un costo de ${p.cost}: una diferencia de ${p.gap} por niño.`),
  "community.iron-triangle.break-even-above-capacity": text(
    "El punto de equilibrio supera la capacidad",
    "Suba la tarifa por cupo, baje los costos o agregue otros ingresos.",
    (p) => `${site(p)} necesitaría ${p.breakEven} niños para cubrir sus costos, más que su capacidad de ${p.capacity}.`,
  ),
  "community.iron-triangle.inconsistent-figures": text("Cifras para revisar", "Revise las cifras.", (p) => `${site(p)}: ${inconsistency(p)}.`),
} as const;
