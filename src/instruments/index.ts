export {
  InstrumentSchema, InstrumentBaseSchema,
  type Instrument,
  type InstrumentInput,
  parseInstrument,
  InstrumentResponseSchema,
  type InstrumentResponse, type InstrumentResponseInput,
  InstrumentAdministrationSchema,
  type InstrumentAdministration, type InstrumentAdministrationInput,
} from "./instrument.js";
export { type FactorScore, type InstrumentAssessment, scoreInstrument, type WaveComparison, compareWaves } from "./score.js";
export { partnershipElementsInstrument } from "./builtin.js";
export { type InstrumentFindingCode } from "./findings.js";
