/**
 * Records keyed by names the user chose (instances, and everything kept per instance) have no
 * prototype: `constructor`, `toString` or `__proto__` is an ordinary key there, never a
 * member of Object.prototype that a lookup would find when the name is absent.
 */
export function byName<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A copy of such a record (own keys only), again without a prototype. */
export function copyByName<T>(from: Readonly<Record<string, T>>, copy: (value: T) => T = (v) => v): Record<string, T> {
  const out = byName<T>();
  for (const key of Object.keys(from)) out[key] = copy(from[key]!);
  return out;
}
