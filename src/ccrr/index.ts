export { type CcrrFunction, ccrrFunctions, type CcrrFunctionId, ccrrFunctionIds } from "./functions.js";
export { CcrrServiceBaseSchema, CcrrServiceSchema, type CcrrService, type CcrrServiceInput, parseCcrrService } from "./service.js";
export { type CcrrInput, type EhsCcpFunctionCoverage, type CcrrFunctionAnalysis, analyzeCcrrFunctions } from "./analyze.js";
export { type CcrrFindingCode } from "./findings.js";
