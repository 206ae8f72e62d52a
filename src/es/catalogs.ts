// The library's own Spanish for catalogs quoted from English sources that have no official Spanish
// version the library could find: the continuum's stage definitions and the example goals
// (Strategies for Partnering with Child Welfare Agencies, ECLKC). Marked as the library's.
import type { TranslatedText } from "../locale/locale.js";
import { byId, continuumStagesEs, library } from "./catalog-labels.js";

/** The stages' definitions and the example goals, keyed `continuum-stage:<id>` and `example-goal:<id>`. */
export const catalogTextsEs: Readonly<Record<string, TranslatedText>> = Object.freeze({
  "continuum-stage:networking": library("El establecimiento de contactos consiste en que los socios intercambian información o hablan de preocupaciones comunes."),
  "continuum-stage:coordination": library("La coordinación consiste en que los socios se reúnen periódicamente para compartir información o trabajan juntos en proyectos a corto plazo."),
  "continuum-stage:cooperation": library("La cooperación consiste en que los socios comparten recursos o instalaciones, tienen un sistema formal de intercambio de información y trabajan juntos hacia una meta común."),
  "continuum-stage:collaboration": library("La colaboración consiste en combinar recursos, compartir productos y crear un programa o proyecto con una misión común."),
  "example-goal:more-children-in-foster-care": library("Los programas Head Start y Early Head Start atienden a un mayor número de niños en cuidado de crianza."),
  "example-goal:more-child-welfare-families": library("Los programas Head Start y Early Head Start atienden a un mayor número de familias que reciben servicios preventivos, de reunificación u otros servicios de bienestar infantil."),
  "example-goal:fewer-shorter-placements": library("Los niños tienen menos colocaciones en cuidado de crianza, o colocaciones más cortas. Viven menos separaciones familiares innecesarias."),
  "example-goal:coordinated-continuous-services": library("Los niños y las familias reciben servicios coordinados y continuos. Están conectados con los apoyos concretos y oportunos que necesitan para prosperar."),
  "example-goal:strengths-protective-factors": library("Los niños y las familias amplían sus fortalezas y sus factores de protección."),
  "example-goal:stronger-working-relationships": library("Los programas Head Start y Early Head Start y la agencia local de bienestar infantil tienen relaciones de trabajo más sólidas."),
  "example-goal:broader-team": library("El personal de los programas Head Start y Early Head Start y los trabajadores de bienestar infantil participan como miembros de un equipo más amplio para apoyar a los niños y las familias."),
  "example-goal:prevention-funding": library("Los programas Head Start y Early Head Start reciben financiamiento como parte de los servicios preventivos que financia la agencia estatal de bienestar infantil."),
});

/** The stages' and action areas' labels, keyed `continuum-stage:<id>` and `action-area:<id>`. */
export const catalogLabelsEs: Readonly<Record<string, string>> = Object.freeze({
  ...byId("continuum-stage", continuumStagesEs),
  "action-area:program-leadership": "Liderazgo del programa",
  "action-area:continuous-learning": "Aprendizaje y mejora continuos",
  "action-area:professional-development": "Desarrollo profesional",
  "action-area:family-partnerships": "Asociaciones con las familias",
});
