import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { fillTemplate } from "../../src/core/issue-text.js";

/** The definition: every `{name}` replaced once, in one pass, by its value; a slot without a value kept. */
const byDefinition = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));

describe("fillTemplate", () => {
  it("fills each slot once, keeps a slot with no value, and never fills a value's own braces", () => {
    expect(fillTemplate("{a} of {b}", { a: 1, b: "two" })).toBe("1 of two");
    expect(fillTemplate("{a} and {missing}", { a: "{missing}" })).toBe("{missing} and {missing}");
    expect(fillTemplate("no slots", {})).toBe("no slots");
    expect(fillTemplate("{constructor}{__proto__}", {})).toBe("{constructor}{__proto__}");
    expect(fillTemplate("{a}{a}", { a: "x" })).toBe("xx");
  });
  const piece = fc.oneof(fc.constantFrom("{a}", "{b}", "{constructor}", "{__proto__}", "{", "}", "{ a}", "{é}", "{}", "$&", "$1"), fc.string({ maxLength: 6 }));
  test.prop([fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), fc.dictionary(fc.constantFrom("a", "b", "constructor", "x"), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()))])(
    "equals the definition for any text and values, the same on a second call",
    (text, values) => {
      expect(fillTemplate(text, values)).toBe(byDefinition(text, values));
      expect(fillTemplate(text, values)).toBe(byDefinition(text, values));
    },
  );
});
