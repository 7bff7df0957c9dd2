/** Warnings in the order a reader needs them: a document whose figures may be out of date first. */
export function warningsFirst<T extends { code: string }>(list: readonly T[]): T[] {
  const rank = (c: string) => (c === 'figures-may-be-stale' ? 0 : c === 'threshold-year' ? 1 : 2);
  return [...list].sort((a, b) => rank(a.code) - rank(b.code));
}
