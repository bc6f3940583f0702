// Array.prototype.map returns a holey array from V8's builtin and a packed one once the caller
// runs optimised, so the functions that read its result see two array shapes, are deoptimised
// and compile again, in every worker (measured: a quarter of the extractor's compile time).
// Arrays built by push are packed whatever the tier.

/** The results of `f` over `items`, as a packed array. */
export function mapPacked<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of items) out.push(f(item));
  return out;
}
