/** Head Start Act 642(e)(5)(B): the two exemptions from the public-preschool MOU. */
export const ACT_B = { source: "Head Start Act", section: "642(e)(5)(B)" };
