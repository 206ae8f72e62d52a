import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { changedPositions, firstBy, groupBy, keyedIndex, positionsBy } from "../../src/core/keyed-index.js";
import { linkDerived, listChangeFrom } from "../../src/core/derived.js";
import { edit as coreEdit, redo, undo, type Change } from "../../src/index.js";

interface Item {
  id: string;
  keys: string[];
}
interface Doc {
  items: readonly Item[];
}

const parts = () => ({
  byId: firstBy((d: Doc) => d.items, (i) => i.id),
  byKey: groupBy((d: Doc) => d.items, (i) => i.keys),
  positions: positionsBy((d: Doc) => d.items, (i) => i.keys),
});

/** What a fresh index of `doc` holds, as plain data. */
function fresh(doc: Doc) {
  return snapshot(keyedIndex(parts())(doc));
}
function snapshot(index: ReturnType<ReturnType<typeof keyedIndex<Doc, ReturnType<typeof parts>>>>) {
  const sorted = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { byId: sorted(index.byId), byKey: sorted(index.byKey), positions: sorted(index.positions) };
}

// Hostile keys on purpose: prototype names, non-ASCII, the empty string.
const key = fc.constantFrom("a", "b", "c", "constructor", "__proto__", "é", "日本", "");
const item = fc.record({ id: fc.constantFrom("x", "y", "z", "w", "toString", "ñ"), keys: fc.array(key, { maxLength: 4 }) });
const edit = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), item }),
  fc.record({ kind: fc.constant("touch" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("append" as const), item }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("undo" as const) }),
);

type Edit = { kind: "replace" | "touch" | "append" | "remove" | "undo"; at?: number; item?: Item };

function apply(items: readonly Item[], e: Edit): readonly Item[] {
  const next = [...items];
  if (e.kind === "append") next.push({ ...e.item!, keys: [...e.item!.keys] });
  else if (next.length === 0) return items;
  else if (e.kind === "replace") next[e.at! % next.length] = { ...e.item!, keys: [...e.item!.keys] };
  else if (e.kind === "touch") next[e.at! % next.length] = { ...next[e.at! % next.length]!, keys: [...next[e.at! % next.length]!.keys] };
  else if (e.kind === "remove") next.splice(e.at! % next.length, 1);
  return next;
}

describe("keyedIndex: indexes that follow edits", () => {
  test.prop([fc.array(item, { maxLength: 12 }), fc.array(edit, { maxLength: 25 })], { numRuns: 400 })(
    "after any sequence of edits (and going back to earlier versions), the index equals one built from scratch",
    (start, edits) => {
      const index = keyedIndex(parts());
      const versions: Doc[] = [{ items: start.map((i) => ({ ...i, keys: [...i.keys] })) }];
      for (const e of edits) {
        const current = versions[versions.length - 1]!;
        const doc = e.kind === "undo" && versions.length > 1 ? versions[versions.length - 2]! : { items: apply(current.items, e) };
        if (e.kind === "undo" && versions.length > 1) versions.pop();
        else {
          // As edit does: the new version records the one it was made from.
          linkDerived(doc, current);
          versions.push(doc);
        }
        const held = index(current).byKey.get("a");
        const heldCopy = held ? [...held] : undefined;
        expect(snapshot(index(doc))).toEqual(fresh(doc));
        // A list handed out before the edit is never changed by it.
        if (held) expect(held).toEqual(heldCopy);
      }
      // Every version still indexes correctly when used again.
      for (const doc of versions) expect(snapshot(index(doc))).toEqual(fresh(doc));
    },
  );

  it("keeps document order in groups and the first item per id", () => {
    const index = keyedIndex(parts());
    const a = { id: "x", keys: ["k"] };
    const b = { id: "x", keys: ["k", "k"] };
    const doc = { items: [a, b] };
    const built = index(doc);
    expect(built.byId.get("x")).toBe(a);
    expect(built.byKey.get("k")).toEqual([a, b]);
    expect(built.positions.get("k")).toEqual([0, 1]);
    const a2 = { id: "x", keys: ["j"] };
    const next = { items: [a2, b] };
    linkDerived(next, doc);
    const edited = index(next);
    expect(edited.byId.get("x")).toBe(a2);
    expect(edited.byKey.get("k")).toEqual([b]);
    expect(edited.byKey.get("j")).toEqual([a2]);
    expect(edited.positions.get("k")).toEqual([1]);
  });

  it("finds the changed positions by identity, and gives up when items were removed or many changed", () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ i }));
    const one = [...items];
    one[500] = { i: 500 };
    expect(changedPositions(items, one)).toEqual([500]);
    expect(changedPositions(items, [...items, { i: 1000 }])).toEqual([1000]);
    expect(changedPositions(items, items.slice(1))).toBeUndefined();
    expect(changedPositions(items, items.map((x) => ({ ...x })))).toBeUndefined();
    expect(changedPositions([], [])).toEqual([]);
  });
});

describe("keyedIndex after edit, undo and redo: changes read from the patches", () => {
  type Op = { kind: "set" | "deep" | "append" | "remove" | "unshift" | "replace-list" | "undo" | "redo" | "skip-index"; at: number; item: Item };
  const op = fc.record({ kind: fc.constantFrom("set", "deep", "append", "remove", "unshift", "replace-list", "undo", "redo", "skip-index"), at: fc.nat(), item });
  const recipe = (o: Op) => (d: { items: Item[] }) => {
    const n = d.items.length;
    if (o.kind === "append") d.items.push({ ...o.item, keys: [...o.item.keys] });
    else if (o.kind === "unshift") d.items.unshift({ ...o.item, keys: [...o.item.keys] });
    else if (o.kind === "replace-list") d.items = d.items.slice(0, 2);
    else if (n === 0) return;
    else if (o.kind === "set") d.items[o.at % n] = { ...o.item, keys: [...o.item.keys] };
    else if (o.kind === "deep") d.items[o.at % n]!.keys.push("a");
    else if (o.kind === "remove") d.items.splice(o.at % n, 1);
  };
  test.prop([fc.array(item, { maxLength: 10 }), fc.array(op, { maxLength: 20 })], { numRuns: 300 })(
    "the index equals one built from scratch after every step, indexed after each or after several",
    (start, ops) => {
      const index = keyedIndex(parts());
      let doc: Doc = { items: start.map((i) => ({ ...i, keys: [...i.keys] })) };
      index(doc);
      const done: { before: Doc; change: Change }[] = [];
      const undone: { before: Doc; change: Change }[] = [];
      for (const o of ops) {
        if (o.kind === "undo" || o.kind === "redo") {
          const from = o.kind === "undo" ? done.pop() : undone.pop();
          if (!from) continue;
          const next = (o.kind === "undo" ? undo(doc, from.change) : redo(doc, from.change)) as Doc;
          (o.kind === "undo" ? undone : done).push({ before: next, change: from.change });
          doc = next;
        } else {
          const r = coreEdit(doc as { items: Item[] }, recipe(o), { at: "2025-09-01" });
          if (!r.ok) throw new Error(r.error.message);
          done.push({ before: doc, change: r.change });
          undone.length = 0;
          doc = r.value;
        }
        if (o.kind !== "skip-index") expect(snapshot(index(doc))).toEqual(fresh(doc));
      }
      expect(snapshot(index(doc))).toEqual(fresh(doc));
    },
  );

  it("records the positions an edit changed, and composes two edits for an index built before both", () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `i${i}`, keys: ["k"] }));
    const a = { items };
    const b = coreEdit(a, (d) => { d.items[500]!.keys.push("j"); }, { at: "2025-09-01" });
    if (!b.ok) throw new Error("edit");
    expect(listChangeFrom(a.items, b.value.items)).toEqual([500]);
    expect(changedPositions(a.items, b.value.items)).toEqual([500]);
    const c = coreEdit(b.value, (d) => { d.items[7]!.id = "seven"; d.items.push({ id: "new", keys: [] }); }, { at: "2025-09-01" });
    if (!c.ok) throw new Error("edit");
    expect(listChangeFrom(b.value.items, c.value.items)).toEqual([7, 1000]);
    expect(listChangeFrom(a.items, c.value.items)).toEqual([7, 500, 1000]);
    expect(changedPositions(a.items, c.value.items)).toEqual([7, 500, 1000]);
    // The middle list's own record was read by the second edit and dropped, so no chain of lists stays alive.
    expect(listChangeFrom(a.items, b.value.items)).toBeUndefined();
    const removed = coreEdit(c.value, (d) => { d.items.splice(3, 1); }, { at: "2025-09-01" });
    if (!removed.ok) throw new Error("edit");
    expect(listChangeFrom(c.value.items, removed.value.items)).toBeUndefined();
  });
});
