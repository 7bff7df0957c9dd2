// A result handed to <dbbx-breakdown> by a host (saved JSON, a hand-made object, a stale version) may not be
// what the engine makes. The element shows only what it can read in full, and otherwise says what is wrong.
import type { CalculationResult } from '../../engine/types.js';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const money = (v: unknown) => typeof v === 'string' && /^-?\d+\.\d{2}$/.test(v);
const isRow = (v: unknown) => isObj(v) && money(v.base) && money(v.amount) && money(v.from) && (v.to === null || money(v.to))
  && typeof v.ratio === 'string' && typeof v.kind === 'string' && isObj(v.citation);

/** The first field that does not read as the engine's CalculationResult, or null when it does. */
export function resultProblem(r: unknown): string | null {
  if (!isObj(r)) return 'result';
  for (const k of ['payout', 'yearToDatePayout', 'priorYearToDatePayout', 'threshold'] as const) if (!money(r[k])) return k;
  for (const k of ['tiers', 'claimRows'] as const) {
    const rows = r[k];
    if (!Array.isArray(rows)) return k;
    const bad = rows.findIndex((x) => !isRow(x));
    if (bad >= 0) return `${k}[${bad}]`;
  }
  for (const k of ['warningDetails', 'excluded', 'notes', 'trace', 'overlays'] as const) if (!Array.isArray(r[k])) return k;
  if (!isObj(r.cap)) return 'cap';
  if (!isObj(r.policy) || typeof r.policy.documentNo !== 'string') return 'policy';
  if (!isObj(r.inputs) || !money(r.inputs.selfPaid) || !money(r.inputs.priorSelfPaid)) return 'inputs';
  return null;
}

export const isCalculationResult = (r: unknown): r is CalculationResult => resultProblem(r) === null;
