import { parse } from 'csv-parse/sync';
import { fastPathFor, fastRow } from '../src/cli/rows.ts';
const header = ['region', 'date', 'selfPaid', 'priorSelfPaid', 'note'];
const enc = new TextEncoder();
const text = '330200,2015-06-01,150000,, ';
const fp = fastPathFor(header, {})!;
const bytes = enc.encode(`xx${text}yy`);
console.log(fastRow(fp, bytes, 2, bytes.length - 2));
console.log(parse(`${text}\n`, { columns: header, trim: true, relax_column_count: true, skip_empty_lines: true }));
