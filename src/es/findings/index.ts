import type { LocalizedFindingText } from "../../locale/locale.js";
import { agreements } from "./agreements.js";
import { compliance } from "./compliance.js";
import { continuumAndPartners } from "./continuum-partners.js";
import { funding } from "./funding.js";
import { networkAndCommunity } from "./network-community.js";
import { planningAndInstruments } from "./planning-instruments.js";
import { services } from "./services.js";
import { basisEs } from "./basis.js";

/** Every finding code's Spanish title, action, message and basis, by code (the library's translations). */
export const findingsEs: Readonly<Record<string, LocalizedFindingText>> = Object.freeze(
  Object.fromEntries(
    Object.entries({ ...continuumAndPartners, ...agreements, ...funding, ...planningAndInstruments, ...compliance, ...networkAndCommunity, ...services }).map(([code, text]) => [
      code,
      Object.hasOwn(basisEs, code) ? Object.freeze({ ...text, basis: basisEs[code]! }) : text,
    ]),
  ),
);
