import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { forLoops } from "../../src/core/internal.js";
import { agreementRules } from "../../src/index.js";

describe("forLoops", () => {
  it("returns an ordinary list as it is", () => {
    const list = [1, 2, 3];
    expect(forLoops(list)).toBe(list);
  });
  it("copies a frozen list once, into an ordinary array with the same items in order", () => {
    const copy = forLoops(agreementRules);
    expect(copy).not.toBe(agreementRules);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(copy).toEqual([...agreementRules]);
    copy.forEach((rule, i) => expect(rule).toBe(agreementRules[i]));
    expect(forLoops(agreementRules)).toBe(copy);
  });
  test.prop([fc.array(fc.anything(), { maxLength: 20 })])("keeps every item, frozen or not", (items) => {
    expect(forLoops(Object.freeze([...items]))).toEqual(items);
    expect(forLoops(items)).toBe(items);
  });
});
