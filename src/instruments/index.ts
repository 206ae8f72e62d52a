export {
  InstrumentSchema,
  type Instrument,
  type InstrumentInput,
  parseInstrument,
  InstrumentResponseSchema,
  type InstrumentResponse,
  InstrumentAdministrationSchema,
  type InstrumentAdministration,
} from "./instrument.js";
export { type FactorScore, type InstrumentAssessment, scoreInstrument, type WaveComparison, compareWaves } from "./score.js";
export { partnershipElementsInstrument } from "./builtin.js";
export { type InstrumentFindingCode } from "./findings.js";
