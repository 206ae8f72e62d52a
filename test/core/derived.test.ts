import { describe, expect, it } from "vitest";
import { derivedOf, linkDerived, markIndexed } from "../../src/core/derived.js";

describe("where an edited value came from", () => {
  it("links a value to the nearest indexed value it was made from, one hop, so no history is kept alive", () => {
    const v0 = { n: 0 };
    markIndexed(v0);
    const v1 = { n: 1 };
    linkDerived(v1, v0);
    const v2 = { n: 2 };
    linkDerived(v2, v1); // v1 was never indexed: v2 links past it to v0
    expect(derivedOf(v2)).toBe(v0);
    markIndexed(v2);
    const v3 = { n: 3 };
    linkDerived(v3, v2);
    expect(derivedOf(v3)).toBe(v2);
    // v2's own link is dropped once a later value links to it: v3 keeps v2 alive, not v0.
    expect(derivedOf(v2)).toBeUndefined();
  });

  it("links nothing from a value that was never indexed, nor from or to a primitive", () => {
    const a = { n: 1 };
    const b = { n: 2 };
    linkDerived(b, a);
    expect(derivedOf(b)).toBeUndefined();
    expect(() => linkDerived(1, a)).not.toThrow();
    expect(() => linkDerived(a, null)).not.toThrow();
  });
});
