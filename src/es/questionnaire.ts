// The planning questionnaire (Steps to Planning an Effective, Engaged Community Partnership with
// Child Welfare Agencies) in Spanish. No official Spanish version of the source was found, so every
// text is the library's own translation, marked as such.
import type { TranslatedText } from "../locale/locale.js";
import { library } from "./catalog-labels.js";

const steps: Record<string, string> = {
  "step-1": "Definir la misión de la asociación.",
  "step-2": "Evaluar el entorno y las capacidades de la asociación.",
  "step-3": "Establecer metas y resultados esperados.",
  "step-4": "Explorar y elegir estrategias.",
  "step-5": "Elaborar un plan de acción.",
  "step-6": "Considerar soluciones que puedan tener un impacto en la comunidad.",
};

const questions: Record<string, string> = {
  "step-1.q1": "¿Qué necesitan hacer las partes interesadas de nuestra asociación —incluidos los padres— para dedicar tiempo, de manera intencional, a conocerse entre sí y a conocer cada organización?",
  "step-1.q2": "¿Qué necesitamos hacer para crear y mantener un clima de respeto mutuo, aceptación y confianza?",
  "step-1.q3": "¿Cuáles son los intereses propios, individuales u organizacionales, de las partes interesadas de nuestra asociación? ¿Qué necesitan nuestros socios de la asociación colaborativa?",
  "step-1.q4": "¿Cuál es nuestra misión compartida? ¿Qué posibilidades futuras nos llevan hacia acciones y resultados deseados? ¿Qué podemos imaginar más allá de lo que hoy vemos como desafíos o problemas?",
  "step-2.q1": "¿Qué tipo de asociación tenemos? ¿Qué papel tiene el programa Head Start y Early Head Start en la asociación? ¿Qué papel tiene la agencia de bienestar infantil? ¿Qué papel tienen las familias? ¿Qué papel tiene el personal que trabaja directamente con las familias?",
  "step-2.q2": "¿Cuáles son las fortalezas actuales de nuestra asociación? ¿Cómo podemos aprovechar esas fortalezas? ¿Qué más podemos hacer para fortalecer nuestras asociaciones?",
  "step-2.q3": "¿Cuáles son los desafíos o las carencias? ¿Qué necesita el personal del programa que trabaja directamente con las familias para trabajar eficazmente con el sistema de bienestar infantil?",
  "step-2.q4": "¿Cómo son hoy las relaciones y los entendimientos entre los trabajadores de bienestar infantil, el personal del programa y las familias? ¿Qué funciona bien? ¿Qué se puede mejorar?",
  "step-2.q5": "¿Qué problemas u obstáculos hay en nuestras interacciones con el sistema de bienestar infantil? ¿Y en nuestras interacciones con las familias con las que trabajamos? ¿Qué problemas u obstáculos tienen las familias en sus interacciones con el sistema de bienestar infantil? ¿Y en sus interacciones con nosotros? ¿Cómo se pueden abordar estos problemas?",
  "step-2.q6": "¿Qué mecanismos de colaboración existen hoy? ¿Qué funciona bien? ¿Qué se puede mejorar? ¿Qué desafíos hay que abordar? ¿Qué ha funcionado en el pasado? ¿Qué no funcionó?",
  "step-3.q1": "¿Qué nos dicen nuestra evaluación comunitaria y los datos del programa sobre los niños y las familias del programa? ¿Cuántas de las familias que atendemos tienen un caso en el sistema de bienestar infantil (por ejemplo, investigaciones, servicios en el hogar, cuidado de crianza)?",
  "step-3.q2": "¿Cuáles son las metas y los resultados esperados de nuestro programa para el bienestar familiar? ¿Cuáles son las metas y los resultados esperados de la agencia de bienestar infantil? ¿En qué coinciden las metas y prioridades de nuestro programa para la participación comunitaria con las metas de la agencia de bienestar infantil? ¿Cómo apoyan nuestras metas compartidas una visión compartida de nuestro trabajo conjunto?",
  "step-3.q3": "¿Cuáles son nuestras metas y los resultados que deseamos para fortalecer nuestra asociación con el sistema de bienestar infantil? ¿Cuáles son las metas desde el punto de vista del personal que trabaja directamente con las familias? ¿Y desde el punto de vista de las familias?",
  "step-3.q4": "¿Cómo nos ayudaría una asociación más estrecha con una agencia de bienestar infantil a alcanzar nuestras metas y los resultados deseados? ¿Cómo ayudaría al personal en su trabajo con los niños y las familias? ¿Cómo ayudaría a las familias? ¿Cómo ayudaría a la agencia de bienestar infantil a alcanzar sus metas?",
  "step-4.q1": "¿Qué información necesitamos de la agencia de bienestar infantil con la que nos asociamos? ¿Qué información necesita nuestro socio de nosotros? ¿Qué necesitamos saber del personal que trabaja directamente con las familias? ¿Qué necesitamos saber de las familias? ¿Qué necesitan saber las familias de nosotros?",
  "step-4.q2": "¿Qué estrategias debemos usar para que las familias y la agencia local de bienestar infantil participen como socios de manera constante?",
  "step-4.q3": "¿Qué nueva capacitación y experiencia necesitará el personal que trabaja directamente con las familias para ser un socio más eficaz?",
  "step-4.q4": "¿Qué acciones son necesarias para lograr la misión y las metas compartidas de nuestra asociación?",
  "step-4.q5": "¿Cómo es la comunicación periódica en nuestra asociación? ¿Cómo podemos mejorarla?",
  "step-4.q6": "¿Qué nueva capacitación y experiencia con los socios ayudaría al personal a ser más eficaz en su trabajo directo con las familias?",
  "step-5.q1": "Según las metas y los resultados deseados que identificamos, ¿qué acciones podemos llevar a cabo? ¿Cómo debemos darles prioridad? ¿Qué es factible?",
  "step-5.q2": "¿Cuál es nuestro calendario de acción? ¿Cuándo esperamos ver éxitos?",
  "step-5.q3": "¿Cómo definiremos el éxito? ¿Cómo se verá el éxito para las familias, para el personal que trabaja directamente con ellas, para la dirección del programa y para el personal y la dirección de la agencia de bienestar infantil?",
  "step-5.q4": "¿Cómo mediremos nuestro progreso? ¿Cómo daremos seguimiento al progreso y lo supervisaremos?",
  "step-5.q5": "¿Cómo comunicaremos nuestro progreso a las partes interesadas?",
  "step-6.q1": "¿Qué entendemos por impacto en la comunidad? ¿Qué tipo de impacto quisiéramos tener en nuestra comunidad como resultado de nuestro trabajo conjunto? ¿Qué sería diferente?",
  "step-6.q2": "¿Qué acciones o soluciones tienen el mayor potencial de impacto en la comunidad?",
  "step-6.q3": "¿Cuáles son las maneras más eficientes de coordinar los procesos entre los socios?",
  "step-6.q4": "¿Qué datos se pueden compartir (con el permiso de los padres) con la agencia de bienestar infantil para mejorar los servicios? ¿Qué prácticas de intercambio de datos podemos crear para fortalecer las relaciones entre agencias e identificar carencias en los servicios?",
  "step-6.q5": "¿Qué se puede hacer para fortalecer la forma en que se prestan los servicios a las familias? ¿Qué se puede hacer para cubrir las carencias en los servicios? ¿Cómo pueden los socios trabajar juntos para que a las familias les sea más fácil acceder a los servicios? ¿Cómo podemos recoger las opiniones de las familias y aprender de ellas?",
  "step-6.q6": "¿Qué servicios se pueden agrupar para reducir el número de visitas de las familias? ¿Cómo podemos trabajar juntos para reducir el estrés que causa a las familias el contacto con muchas agencias diferentes?",
  "step-6.q7": "¿Qué se debe hacer para mantener la privacidad y la confidencialidad de las familias entre los socios?",
};

/** The questionnaire's steps and questions in Spanish, keyed `planning-step:<id>` and `planning-question:<id>`. */
export const questionnaireEs: Readonly<Record<string, TranslatedText>> = Object.freeze({
  ...Object.fromEntries(Object.entries(steps).map(([id, text]) => [`planning-step:${id}`, library(text)])),
  ...Object.fromEntries(Object.entries(questions).map(([id, text]) => [`planning-question:${id}`, library(text)])),
});
