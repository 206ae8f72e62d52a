import { list, t } from "../vocabulary.js";
import { text } from "./text.js";

/** Findings of analyzeFundingPlan, in Spanish (the library's translation). */
export const funding = {
  "funding.blended.categorical": text(
    "Dinero federal categórico combinado",
    "Trence o superponga el costo (asígnelo a cada fuente con una base documentada), o registre la autoridad que permite combinarlo.",
    (p) => `El costo "${p.item}" combina ${list(p.streams)} con otro dinero; los fondos federales categóricos por lo general se trenzan o se superponen para que los costos se rastreen hasta cada uno (confirme si alguna ley autoriza combinarlos).`,
  ),
  "funding.layers.short": text("Las capas no cubren el costo", "Agregue una capa para el resto del costo, o baje el costo a lo que pagan las capas.", (p) =>
    `Las capas de "${p.item}" cubren ${p.layered} de ${p.cost}.`),
  "funding.layers.exceed-cost": text("Las capas suman más que el costo", "Revise los montos de las capas; libere el dinero sobrante para otros costos.", (p) =>
    `Las capas de "${p.item}" suman ${p.layered}, más que su costo de ${p.cost}.`),
  "funding.category.not-allowed": text(
    "Dinero cargado a una categoría que su fuente no incluye",
    "Cargue el costo a una fuente que lo permita, o confirme en la adjudicación que esta fuente puede pagarlo.",
    (p) => `A ${p.stream} se le cargan ${p.cents} por "${p.item}" (${t(p.category)}), una categoría que no figura entre las que permite.`,
  ),
  "funding.source.overcommitted": text("A la fuente se le carga más de lo que aporta", "Pase algunos cargos a otra fuente, o registre el monto mayor si la adjudicación es mayor.", (p) =>
    `A la fuente ${p.source} (${p.stream}) se le cargan ${p.charged}, pero aporta ${p.amount}.`),
  "funding.source.unavailable-in-period": text(
    "La fuente termina antes de que empiece el período del plan",
    "Quite la fuente, o registre la fecha posterior si se extendió la adjudicación.",
    (p) => `La fuente ${p.source} (${p.stream}, ${p.cents}) termina el ${p.ends}, antes de que empiece el período del plan el ${p.start}: nada de ella está disponible para el plan.`,
  ),
  "funding.source.ended": text("La fuente terminó", "Reemplace el dinero de los costos que pagaba, o registre la fecha posterior si se extendió la adjudicación.", (p) =>
    `La fuente ${p.source} (${p.stream}) terminó el ${p.ends}, antes del ${p.asOf}.`),
  "funding.source.expiring": text("La fuente termina dentro de 12 meses", "Planifique qué reemplazará el dinero, o pregunte al financiador por la renovación.", (p) =>
    `La fuente ${p.source} (${p.cents}) termina el ${p.ends}, dentro de los 12 meses siguientes al ${p.asOf}.`),
  "funding.source.ends-before-period": text("La fuente termina antes que el período del plan", "Planifique el dinero para el resto del período.", (p) =>
    `La fuente ${p.source} termina el ${p.ends}, antes de que termine el período del plan el ${p.end}.`),
  "funding.stream.fact-changes": text(
    "Una regla de la fuente cambia durante el período del plan",
    "Presupueste los meses anteriores y posteriores al cambio con la regla vigente en cada uno.",
    (p) => `${p.stream}: la regla "${t(p.fact)}" cambia el ${p.from}, dentro del período del plan, de ${t(p.before)} a ${t(p.after)}.`,
  ),
  "funding.stream.deprecated-id": text("Identificador de fuente cambiado", "Use el identificador actual de la fuente.", (p) =>
    `${p.plan}: la fuente ${p.source} usa el identificador "${p.old}", que ahora es "${p.current}" (el mismo nombre que el tipo de organización); el identificador anterior sigue funcionando.`),
  "funding.plan.empty": text("El plan todavía no tiene costos ni financiamiento", "Agregue las fuentes y los costos del plan.", (p) => `${p.plan} todavía no tiene costos ni financiamiento.`),
  "funding.gap": text("Déficit de financiamiento", "Busque dinero para cubrir el déficit o baje los costos.", (p) => `A ${p.plan} le faltan ${p.gap} para su costo de ${p.cost}.`),
  "funding.plan.cost-per-child-implausible": text(
    "El costo por niño parece un error de escritura",
    "Revise los montos: el dinero se registra en centavos enteros ($2,150,000 es 215000000; dollarsToCents hace la conversión).",
    (p) => `${p.plan} cuesta ${p.perChild} por niño financiado al año para ${p.children} niños; revise que sus montos estén en centavos.`,
  ),
  "funding.coordination.unfunded": text(
    "Costos de coordinación sin financiamiento",
    "Financie el trabajo de coordinación (una parte de la administración de una subvención, una fuente local o privada).",
    (p) => `${p.cents} de costos de coordinación en ${p.plan} no tienen financiamiento; la coordinación en sí rara vez se financia.`,
  ),
  "funding.category.unfunded": text("Costos sin financiamiento", "Indique cómo se pagan estos costos (una fuente, un trenzado, una capa).", (p) =>
    `Los costos de la categoría ${t(p.category)} de ${p.plan} no tienen financiamiento.`),
  "funding.coordination.not-budgeted": text("Sin presupuesto para la coordinación", "Considere presupuestar el trabajo de coordinación.", (p) =>
    `${p.plan} no presupuesta nada para la coordinación, el trabajo mismo de asociarse.`),
  "funding.concentration.high": text("La mayor parte del dinero viene de una fuente", "No se exige nada; diversifique donde la asociación lo permita.", (p) =>
    `El ${p.percent}% del dinero de ${p.plan} viene de ${p.stream}.`),
  "funding.match.short": text(
    "Falta aporte no federal de Head Start",
    "Busque más aportes no federales en efectivo o en especie (valorados de forma justa), o solicite una dispensa del faltante para el período presupuestario.",
    (p) => `${p.plan} tiene ${p.nonFederal} de aporte no federal${p.waiver ? ` y una dispensa de ${p.waiver}` : ""} frente a ${p.required} exigidos (20% del costo total aprobado con ${p.federal} federales): faltan ${p.short}.`,
  ),
  "funding.match.share-short": text(
    "La parte de dinero de Head Start de este plan tiene menos aporte del que le corresponde",
    "Revise el aporte en el presupuesto de la subvención para el período presupuestario.",
    (p) => `${p.plan} lleva ${p.federal} de dinero de Head Start con ${p.nonFederal} no federales, ${p.short} menos que el 20% de su total (${p.required}); el aporte se juzga sobre el período presupuestario de la subvención.`,
  ),
  "funding.match.origin-unknown": text(
    "No se cuenta como aporte: no se registró el origen del dinero",
    "Registre en la fuente si su dinero es federal (federalFunds).",
    (p) => `La fuente ${p.source} (${p.stream}, ${p.cents}) no se cuenta para el aporte de Head Start: registre si su dinero es federal.`,
  ),
  "funding.match.federal-counted": text(
    "Dinero federal marcado como aporte",
    "Quite countsTowardMatch de la fuente, o registre la autoridad que permite contar este dinero federal.",
    (p) => `La fuente ${p.source} (${p.stream}, ${p.cents}) está marcada para contar como aporte, pero su dinero es federal; no se contó.`,
  ),
  "funding.match.other": text("Otra fuente exige un aporte", "Confirme el aporte en la adjudicación y presupuéstelo.", (p) =>
    `${p.stream} (${p.cents}) exige un aporte de aproximadamente ${p.match}${p.mark}; confírmelo con la adjudicación.`),
} as const;
