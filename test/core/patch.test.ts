import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { PortfolioSchema, edit, redo, undo } from "../../src/index.js";

const hostileKey = fc.constantFrom("constructor", "prototype", "toString", "__proto__", "hasOwnProperty", "valueOf", "a", "ü-ключ");
const ownKeys = (v: unknown): string[] => (v && typeof v === "object" ? Object.keys(v).sort() : []);
/** JSON with keys sorted: equal for equal data whatever the key order (undo re-adds a deleted key at the end). */
const canonical = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x));

describe("edit, undo and redo under hostile keys", () => {
  const assignable = fc.constantFrom("constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "a", "ü-ключ");
  test.prop([fc.array(fc.tuple(assignable, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), fc.array(hostileKey, { maxLength: 3 })], { numRuns: 400 })(
    "every recorded change undoes and redoes exactly, for keys like constructor and __proto__",
    (sets, deletes) => {
      // JSON.parse makes "__proto__" an own key, as a document read from text has it
      const before = JSON.parse('{"extensions":{"keep":1,"__proto__":{"x":1},"constructor":{"prototype":{"n":1}}}}') as { extensions: Record<string, unknown> };
      const r = edit(
        before,
        (d) => {
          for (const [k, v] of sets) d.extensions[k] = v;
          for (const k of deletes) delete d.extensions[k];
        },
        { at: "2025-01-01" },
      );
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const change = JSON.parse(JSON.stringify(r.change));
      const undone = undo(r.value, change);
      expect(canonical(undone)).toBe(canonical(before));
      expect(ownKeys(undone.extensions)).toEqual(ownKeys(before.extensions));
      const redone = redo(before, change);
      expect(ownKeys(redone.extensions)).toEqual(ownKeys(r.value.extensions));
      expect(JSON.stringify(redone)).toBe(JSON.stringify(r.value));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(redone.extensions)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(undone.extensions)).toBe(Object.prototype);
    },
  );
  it("undoes a change under an extensions key named constructor", () => {
    const before = PortfolioSchema.parse({ schemaVersion: 2, extensions: { constructor: { prototype: { n: 1 } } } });
    const r = edit(before, (d) => { (d.extensions as { constructor: { prototype: { n: number } } }).constructor.prototype.n = 2; }, { at: "2025-01-01" });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.change.patches).toEqual([{ op: "replace", path: ["extensions", "constructor", "prototype", "n"], value: 2 }]);
    expect(undo(r.value, r.change)).toEqual(before);
    expect(redo(before, r.change)).toEqual(r.value);
  });
});

describe("edit with a schema", () => {
  it("returns the schema's value, defaults filled, and a change that undoes and redoes it", () => {
    const before = PortfolioSchema.parse({ schemaVersion: 2, organizations: [{ id: "lib", name: "Library", kind: "library", level: "local" }] });
    const r = edit(before, (d) => { delete (d as Partial<typeof d>).partnerships; }, { at: "2025-01-01", schema: PortfolioSchema });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.partnerships).toEqual([]);
    expect(Object.keys(r.value)).toEqual(Object.keys(before).filter((k) => k !== "partnerships").concat("partnerships"));
    expect(undo(r.value, r.change)).toEqual(before);
    expect(redo(before, r.change)).toEqual(r.value);
  });
});
