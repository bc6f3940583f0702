// Precision, recall and F1 from counts, and micro-averaging (sum the counts, then divide).

/** Counts behind one set of figures. */
export interface Counts {
  /** System items judged right (the precision numerator). */
  right: number;
  /** System items judged wrong. right + wrong is the precision denominator. */
  wrong: number;
  /** Required gold items the system found (the recall numerator). */
  found: number;
  /** Required gold items (the recall denominator). */
  required: number;
}

/** `null` where a figure is undefined: precision with nothing emitted, recall with nothing to find. */
export interface Figures {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function emptyCounts(): Counts {
  return { right: 0, wrong: 0, found: 0, required: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { right: a.right + b.right, wrong: a.wrong + b.wrong, found: a.found + b.found, required: a.required + b.required };
}

export function figures(counts: Counts): Figures {
  const emitted = counts.right + counts.wrong;
  const precision = emitted === 0 ? null : counts.right / emitted;
  const recall = counts.required === 0 ? null : counts.found / counts.required;
  let f1: number | null;
  if (recall === null) f1 = null;
  // Nothing emitted while something was to be found: nothing found, so F1 is 0, not undefined.
  else if (precision === null) f1 = 0;
  else f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
