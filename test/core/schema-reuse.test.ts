// Schema reuse: every object schema, or its base schema where the object has cross-field rules,
// supports .pick(), .omit(), .partial() and .extend().
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as lib from "../../src/index.js";

type AnyObject = z.ZodObject<z.ZodRawShape>;
const objects = Object.entries(lib).filter(([name, value]) => name.endsWith("Schema") && !name.endsWith("BaseSchema") && typeof value === "object" && value !== null && "shape" in value) as [string, AnyObject][];

describe("schema reuse", () => {
  it("finds the entity schemas", () => {
    expect(objects.length).toBeGreaterThan(40);
  });
  it.each(objects)("%s (or its base schema) can be picked, omitted, made partial and extended", (name, schema) => {
    const base = (lib as Record<string, unknown>)[name.replace(/Schema$/, "BaseSchema")] as AnyObject | undefined;
    const reusable = base ?? schema;
    const first = Object.keys(reusable.shape)[0]!;
    expect(Object.keys(reusable.pick({ [first]: true }).shape)).toEqual([first]);
    expect(Object.keys(reusable.omit({ [first]: true }).shape)).not.toContain(first);
    expect(reusable.partial().safeParse({}).success).toBe(true);
    expect(Object.keys(reusable.extend({ appField: reusable.shape[first]! }).shape)).toContain("appField");
    if (base) expect(Object.keys(base.shape)).toEqual(Object.keys(schema.shape));
  });
});
