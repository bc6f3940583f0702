// Sorting that does not depend on the user's locale (and is far faster than localeCompare):
// file lists and exports must come out the same on every machine.

/** Compares strings by UTF-16 code units. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
