import { expect } from "vitest";

const hits = new Set<string>();

/** Asserts one documented result and records that it ran. */
export function __check(actual: unknown, expected: unknown, id: string): void {
  hits.add(id);
  expect(actual, id).toEqual(expected);
}

/** The checks that ran since the last call. */
export function takeHits(): Set<string> {
  const copy = new Set(hits);
  hits.clear();
  return copy;
}
