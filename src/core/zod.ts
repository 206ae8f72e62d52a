// The one place the library imports zod at run time: a bundle of the library then holds one
// `import * as z from "zod"` instead of one per module (each kept by bundlers that treat zod as
// external, whether used or not).
export * as z from "zod";
