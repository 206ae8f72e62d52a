import * as z from "zod";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { ChangeSchema, edit, entitySchema, redo, undo } from "../../src/index.js";

const Plan = entitySchema({ status: z.enum(["draft", "active"]), goals: z.array(z.object({ id: z.string(), done: z.boolean() })) });
type Plan = z.infer<typeof Plan>;
const base: Plan = { status: "draft", goals: [{ id: "g1", done: false }, { id: "g2", done: false }] };

describe("edit", () => {
  it("returns the new value and a JSON change with who, when and why", () => {
    const r = edit(base, (d) => { d.goals[0]!.done = true; }, { at: "2025-09-01T10:00:00Z", by: "director", reason: "met" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.goals[0]!.done).toBe(true);
    expect(r.change).toEqual({
      at: "2025-09-01T10:00:00Z",
      by: "director",
      reason: "met",
      patches: [{ op: "replace", path: ["goals", 0, "done"], value: true }],
      inversePatches: [{ op: "replace", path: ["goals", 0, "done"], value: false }],
    });
    expect(ChangeSchema.safeParse(JSON.parse(JSON.stringify(r.change))).success).toBe(true);
  });

  it("never mutates or freezes its input and shares untouched parts", () => {
    const input = structuredClone(base);
    const r = edit(input, (d) => { d.status = "active"; }, { at: "2025-01-01" });
    expect(input).toEqual(base);
    expect(Object.isFrozen(input.goals)).toBe(false);
    expect(r.value.goals).toBe(input.goals);
  });

  it("refuses an edit that breaks the schema and leaves the value unchanged", () => {
    const r = edit(base, (d) => { (d as { status: string }).status = "archived"; }, { at: "2025-01-01", schema: Plan });
    expect(r.ok).toBe(false);
    expect(r.value).toBe(base);
    if (!r.ok) expect(r.error.issues[0]!.pathText).toBe("status");
  });

  it("refuses a missing or malformed at (the library reads no clock)", () => {
    for (const meta of [{ at: "now" }, {}, undefined, null]) {
      const r = edit(base, (d) => { d.status = "active"; }, meta as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]!.path).toEqual(["at"]);
      expect(r.value).toBe(base);
    }
  });

  it("does not alias live state in its patches", () => {
    const r = edit(base, (d) => { d.goals.push({ id: "g3", done: false }); }, { at: "2025-01-01" });
    if (!r.ok) throw new Error("edit failed");
    (r.change.patches[0]!.value as { id: string }).id = "changed";
    expect(r.value.goals[2]!.id).toBe("g3");
  });

  it("undo restores the original and redo reapplies the change", () => {
    const r = edit(base, (d) => { d.goals.splice(0, 1); d.status = "active"; }, { at: "2025-01-01" });
    if (!r.ok) throw new Error("edit failed");
    expect(undo(r.value, r.change)).toEqual(base);
    expect(redo(base, r.change)).toEqual(r.value);
  });

  const planArb = fc.record({
    status: fc.constantFrom("draft" as const, "active" as const),
    goals: fc.array(fc.record({ id: fc.string(), done: fc.boolean() }), { maxLength: 6 }),
  });
  const opArb = fc.oneof(
    fc.record({ kind: fc.constant("toggle" as const), i: fc.nat() }),
    fc.record({ kind: fc.constant("push" as const), id: fc.string() }),
    fc.record({ kind: fc.constant("remove" as const), i: fc.nat() }),
    fc.record({ kind: fc.constant("status" as const) }),
  );
  test.prop([planArb, fc.array(opArb, { maxLength: 6 })])("edit followed by undo is the identity", (plan, ops) => {
    const snapshot = structuredClone(plan);
    const r = edit(plan, (d) => {
      for (const op of ops) {
        if (op.kind === "push") d.goals.push({ id: op.id, done: false });
        else if (op.kind === "status") d.status = d.status === "draft" ? "active" : "draft";
        else if (d.goals.length > 0) {
          const i = op.i % d.goals.length;
          if (op.kind === "toggle") d.goals[i]!.done = !d.goals[i]!.done;
          else d.goals.splice(i, 1);
        }
      }
    }, { at: "2024-02-29" });
    if (!r.ok) throw new Error("edit failed");
    expect(plan).toEqual(snapshot);
    const stored = JSON.parse(JSON.stringify(r.change));
    expect(undo(r.value, stored)).toEqual(snapshot);
  });
});
