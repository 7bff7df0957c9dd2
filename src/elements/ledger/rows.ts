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
  /**
   * Rows whose id the host gave twice, by the id the ledger gave them: said on the row for as long as these rows
   * are shown (editing the amount does not make the host's records distinct).
   */
  duplicates: Map<string, Bilingual>;
}

let seq = 0;
/** A fresh row id, never one in `taken` (the ids the host already uses: a host saving by id must not overwrite). */
export function newRowId(taken?: { has(id: string): boolean }): string {
  let id: string;
  do id = `d${Date.now().toString(36)}${(seq++).toString(36)}`; while (taken?.has(id));
  return id;
}

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
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime())) return localToday(v);
    // JSON.stringify gives null for it: say what it is.
    out.push({ zh: `第 ${n} 条记录的出院日期是无效的日期（Invalid Date），请重新填写。`, en: `Row ${n}'s date is an Invalid Date; please enter it again.` });
    return '';
  }
  out.push({
    zh: `第 ${n} 条记录的出院日期不是日期（收到 ${shown(v)}），请重新填写。`,
    en: `Row ${n}'s date is not a date (got ${shown(v)}); please enter it again.`,
  });
  return '';
}

export function normaliseRows(value: unknown): NormalisedRows {
  const problems = new Map<string, Bilingual[]>();
  const duplicates = new Map<string, Bilingual>();
  if (value === undefined || value === null) return { rows: [], problems, whole: null, duplicates };
  if (!Array.isArray(value)) {
    return {
      rows: [], problems, duplicates,
      whole: {
        zh: `rows 应为出院记录的列表（数组），收到的是 ${shown(value)}；台账已清空，未显示任何金额。`,
        en: `rows should be a list (array) of discharges, got ${shown(value)}; the ledger is empty and shows no figures.`,
      },
    };
  }
  const idOf = (raw: unknown) => {
    const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    return r && (typeof r.id === 'string' || typeof r.id === 'number') && String(r.id) !== '' ? String(r.id) : null;
  };
  // Every id the host uses, first: an id the ledger makes for a row must never be one of the host's own (a
  // host saving by id would write one record over another). A sparse list's holes are read as undefined
  // (Array.prototype.map skips them and leaves holes the table cannot draw).
  const list: unknown[] = Array.from(value as unknown[]);
  const hostIds = new Set<string>();
  for (const raw of list) { const id = idOf(raw); if (id !== null) hostIds.add(id); }
  const seen = new Set<string>();
  const firstWith = new Map<string, number>();
  const taken = { has: (id: string) => hostIds.has(id) || seen.has(id) };
  const rows = list.map((raw, i): LedgerRow => {
    const n = i + 1;
    const own: Bilingual[] = [];
    const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    if (!r) {
      const hole = !(i in value);
      own.push({
        zh: `第 ${n} 条不是出院记录（收到 ${hole ? '空位' : shown(raw)}），请删除或重新填写。`,
        en: `Row ${n} is not a discharge (got ${hole ? 'an empty slot' : shown(raw)}); remove it or enter it again.`,
      });
    }
    const given = idOf(raw);
    let id = given ?? newRowId(taken);
    // Two rows with one id would share every edit: the later one gets an id of its own, one the host has
    // nowhere, and the row says so (the host's records need telling apart before it saves by id).
    if (given !== null && seen.has(given)) {
      let k = 2;
      while (taken.has(`${given}~${k}`)) k++;
      id = `${given}~${k}`;
      const first = firstWith.get(given)!;
      duplicates.set(id, {
        zh: `第 ${n} 条的 id“${given}”与第 ${first} 条重复，暂以“${id}”区分；保存前请核对主机的记录。`,
        en: `Row ${n}'s id "${given}" repeats row ${first}'s; it is "${id}" here for now: check the host's records before saving.`,
      });
    }
    if (given !== null && !firstWith.has(given)) firstWith.set(given, n);
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
  return { rows, problems, whole: null, duplicates };
}

/**
 * What a list of rows says, as one string: equal for a host's echo of rows the ledger sent, whatever order the
 * keys were written in (an edit adds otherSelfPaid or excluded after the others; a host may rebuild objects).
 */
export function rowsKey(rows: LedgerRow[]): string {
  return JSON.stringify(rows.map((r) => [r.id, r.date, r.selfPaid, r.otherSelfPaid || null,
    r.excluded?.length ? r.excluded.map((x) => [x.reason, x.amount]) : null]));
}
