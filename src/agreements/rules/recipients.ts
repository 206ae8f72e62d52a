/** Submission recipients as a sentence names them. */
const recipientLabel: Record<string, string> = {
  secretary: "the Secretary (through the regional office)",
  "state-collaboration-director": "the State Director of Head Start Collaboration",
  "regional-office": "the regional office",
  "governing-body": "the governing body",
  "policy-council": "the Policy Council",
};

/** A recipient as a sentence names it. */
export const to = (recipient: string) => recipientLabel[recipient] ?? recipient;
