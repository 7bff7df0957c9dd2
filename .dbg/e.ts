import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { fastPathFor, fastRow, engineRow, OUT } from '../src/cli/rows.ts';
const enc = new TextEncoder();
function slowLine(header, line, defaults = {}) {
  const got = parse(`${line}\n`, { columns: header, trim: true, relax_column_count: true, skip_empty_lines: true });
  if (got.length !== 1) return null;
  const rec = got[0];
  const v = (k) => (rec[k] !== undefined && rec[k] !== '' ? rec[k] : defaults[k]);
  const row = { ...rec, ...engineRow(v, 'zh') };
  return stringify([[...header, ...OUT].map((h) => row[h] ?? '')]).replace(/\n$/, '');
}
function fastLine(header, line, defaults = {}) {
  const fp = fastPathFor(header, defaults);
  const bytes = enc.encode(`xx${line}yy`);
  const tail = fastRow(fp, bytes, 2, bytes.length - 2);
  return tail === null ? null : `${line}${tail}`;
}
const header = ['region', 'date', 'selfPaid', 'priorSelfPaid', 'note'];
const bytes = fc.uint8Array({ minLength: 0, maxLength: 12 }).map((b) => Array.from(b, (x) => String.fromCharCode(x === 10 || x === 13 ? 65 : x)).join(''));
fc.assert(fc.property(bytes, fc.constantFrom('150000', '150000.5', '1,5', ''), (junk, amount) => {
  const text = `330200,2015-06-01,${amount},,${junk}`;
  const fast = fastLine(header, text);
  if (fast !== null && fast !== slowLine(header, text)) throw new Error(JSON.stringify([...text].map(c=>c.charCodeAt(0))));
}), { numRuns: 5000, seed: 770544525, endOnFailure: true, verbose: 2 });
