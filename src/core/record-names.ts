// How the library names a partnership or an agreement that has no title, in English, in one place.
// English findings are written with these; a locale recognizes them (by equality, for the finding's
// own subject) and names the record in its own words, so a Spanish message never says "Partnership
// p1", and a title that happens to start with "Agreement" is never translated.

/** "Partnership p1": a partnership without a name. */
export const untitledPartnership = (id: string): string => `Partnership ${id}`;

/** "Agreement mou-1": an agreement without a title. */
export const untitledAgreement = (id: string): string => `Agreement ${id}`;

/** "Partnership of Sunrise and Little Acorns": a partnership without a name, by its parties' names. */
export const partnershipOfParties = (names: readonly string[]): string => `Partnership of ${names.join(" and ")}`;
