export { findingCatalog, type FindingCode, findingMeta } from "./catalog.js";
