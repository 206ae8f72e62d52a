/**
 * `ece-partnerships`: a typed, validated, explainable domain model of early-childhood community
 * partnerships. Pure: no I/O, no clock (functions that depend on "today" take `asOf`).
 *
 * @packageDocumentation
 */
export * from "./core/index.js";
export * from "./continuum/index.js";
export * from "./partners/index.js";
export * from "./agreements/index.js";
export * from "./funding/index.js";
export * from "./planning/index.js";
export * from "./instruments/index.js";
export * from "./compliance/index.js";
export * from "./network/index.js";
export * from "./community/index.js";
export * from "./referrals/index.js";
export * from "./ccrr/index.js";
export * from "./staff/index.js";
export * from "./slots/index.js";
export * from "./findings/index.js";
export * from "./portfolio/index.js";
export * from "./directory/index.js";
export * from "./locale/index.js";
