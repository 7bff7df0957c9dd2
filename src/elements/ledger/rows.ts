// What a host page hands the ledger, made into rows it can show. Hosts pass numbers for amounts, nulls, rows
// without an amount, Date objects, duplicate or missing ids: none of that may throw or leave the previous
// patient's figures on screen, and none of it may quietly change an amount. Numbers are amounts (as the
// engine reads them); anything else becomes an empty field with a message on its row.
import { localToday } from '../../engine/dates.js';
import type { Bilingual } from '../../engine/types.js';

/** One discharge as typed at the desk: texts are kept exactly as entered. */
export interface LedgerRow {
  id: string;
  date: string;
  selfPaid: string;
  otherSelfPaid?: string;
  excluded?: { reason: string; amount: string }[];
}

export interface NormalisedRows {
  rows: LedgerRow[];
  /** Problems with what the host gave, by row id (shown in the row until the row is edited). */
  problems: Map<string, Bilingual[]>;
  /** A problem with the whole value (not a list). */
  whole: Bilingual | null;
}

let seq = 0;
export const newRowId = () => `d${Date.now().toString(36)}${(seq++).toString(36)}`;

const shown = (v: unknown) => {
  let s: string;
  try { s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v); } catch { s = String(v); }
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** An amount as the host gave it: text kept, a number written exactly as JavaScript prints it. */
function amountText(v: unknown, field: string, n: number, out: Bilingual[]): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  out.push({
    zh: `第 ${n} 条记录的 ${field} 不是金额（收到 ${shown(v)}），请重新填写。`,
    en: `Row ${n}'s ${field} is not an amount (got ${shown(v)}); please enter it again.`,
  });
  return '';
}

function dateText(v: unknown, n: number, out: Bilingual[]): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date && !Number.isNaN(v.getTime())) return localToday(v);
  out.push({
    zh: `第 ${n} 条记录的出院日期不是日期（收到 ${shown(v)}），请重新填写。`,
    en: `Row ${n}'s date is not a date (got ${shown(v)}); please enter it again.`,
  });
  return '';
}

export function normaliseRows(value: unknown): NormalisedRows {
  const problems = new Map<string, Bilingual[]>();
  if (value === undefined || value === null) return { rows: [], problems, whole: null };
  if (!Array.isArray(value)) {
    return {
      rows: [], problems,
      whole: {
        zh: `rows 应为出院记录的列表（数组），收到的是 ${shown(value)}；台账已清空，未显示任何金额。`,
        en: `rows should be a list (array) of discharges, got ${shown(value)}; the ledger is empty and shows no figures.`,
      },
    };
  }
  const seen = new Set<string>();
  const rows = value.map((raw, i): LedgerRow => {
    const n = i + 1;
    const own: Bilingual[] = [];
    const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    if (!r) {
      own.push({
        zh: `第 ${n} 条不是出院记录（收到 ${shown(raw)}），请删除或重新填写。`,
        en: `Row ${n} is not a discharge (got ${shown(raw)}); remove it or enter it again.`,
      });
    }
    let id = r && (typeof r.id === 'string' || typeof r.id === 'number') && String(r.id) !== '' ? String(r.id) : newRowId();
    // Two rows with one id would share every edit: the later one gets an id of its own.
    if (seen.has(id)) {
      let k = 2;
      while (seen.has(`${id}~${k}`)) k++;
      id = `${id}~${k}`;
    }
    seen.add(id);
    const row: LedgerRow = {
      id,
      date: r ? dateText(r.date, n, own) : '',
      selfPaid: r ? amountText(r.selfPaid, 'selfPaid', n, own) : '',
    };
    if (r && r.otherSelfPaid !== undefined && r.otherSelfPaid !== null) row.otherSelfPaid = amountText(r.otherSelfPaid, 'otherSelfPaid', n, own);
    if (r && r.excluded !== undefined && r.excluded !== null) {
      if (Array.isArray(r.excluded)) {
        row.excluded = r.excluded.map((x) => {
          const e = x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : {};
          return { reason: typeof e.reason === 'string' ? e.reason : '', amount: amountText(e.amount, 'excluded.amount', n, own) };
        });
      } else {
        own.push({ zh: `第 ${n} 条记录的 excluded 应为列表，已忽略。`, en: `Row ${n}'s excluded should be a list; it was left out.` });
      }
    }
    if (own.length) problems.set(id, own);
    return row;
  });
  return { rows, problems, whole: null };
}

/** Two row lists that say the same thing (a host echoing back what the ledger sent it). */
export function sameRows(a: LedgerRow[], b: LedgerRow[]): boolean {
  return a.length === b.length && a.every((r, i) => JSON.stringify(r) === JSON.stringify(b[i]));
}
