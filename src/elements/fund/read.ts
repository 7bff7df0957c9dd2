// Reading a claims file as fund offices have them, without blocking the page and without losing good rows:
// bytes decoded in slices (valid UTF-8, else the likelier of UTF-8 and GB18030), CSV parsed a slice of records at a time with each
// record's own line number in the file, XLSX unzipped here with no worker (so a strict CSP with Trusted Types
// does not stop it). Every problem with the file is a FileProblem with a message in both languages.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { likelierEncoding, type EncodingChoice, type TextEncodingName } from '../../fund/encoding.js';
import type { Bilingual } from '../../engine/types.js';

export class FileProblem extends Error implements Bilingual {
  constructor(readonly code: string, readonly zh: string, readonly en: string) {
    super(en);
    this.name = 'FileProblem';
  }
}

/** Gives the page a turn: progress repaints, typing and scrolling are answered. */
export const pause = () => new Promise<void>((r) => setTimeout(r, 0));

const SLICE_BYTES = 4 * 1024 * 1024;

export const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** A text file has no NUL bytes (UTF-16 and binary formats do, in their first bytes). */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  for (let i = 0; i < n; i++) if (b[i] === 0) return true;
  return false;
}

/** What a text file can be read as here: the fund encodings and UTF-16 (Excel's "Unicode 文本"). */
export type ReadEncoding = TextEncodingName | 'utf-16le' | 'utf-16be';

/**
 * UTF-16 by its byte-order mark, or without one by text whose every other byte is NUL (ASCII digits, commas
 * and tabs in UTF-16): null for anything else.
 */
export function utf16Of(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) { if (b[i] === 0) even++; if (b[i + 1] === 0) odd++; }
  if (odd >= n / 4 && even === 0) return 'utf-16le';
  if (even >= n / 4 && odd === 0) return 'utf-16be';
  return null;
}

export type Delimiter = ',' | '\t' | ';';
/**
 * The delimiter of a delimited text file: comma, tab (Excel's "文本文件(制表符分隔)" and "Unicode 文本") or
 * semicolon (Excel in locales with a decimal comma), by how many of the first lines carry each outside
 * quotes; a comma on a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines: string[] = [];
  for (let from = text.charCodeAt(0) === 0xfeff ? 1 : 0; from < text.length && lines.length < 20;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).replace(/"[^"]*"/g, '');
    if (line.trim() !== '') lines.push(line);
    from = to + 1;
  }
  let best: Delimiter = ',';
  let bestScore = [-1, -1];
  for (const d of [',', '\t', ';'] as Delimiter[]) {
    let withIt = 0;
    let total = 0;
    for (const l of lines) { const k = l.split(d).length - 1; if (k) { withIt++; total += k; } }
    if (withIt > bestScore[0]! || (withIt === bestScore[0] && total > bestScore[1]!)) { best = d; bestScore = [withIt, total]; }
  }
  return bestScore[0]! > 0 ? best : ',';
}

/** Decodes in slices, yielding between them; 'auto' tries UTF-8 strictly, else the likelier of UTF-8 and GB18030. */
export async function decodeChunked(
  bytes: Uint8Array, choice: EncodingChoice, progress: (share: number) => void,
): Promise<{ text: string; encoding: ReadEncoding; detected: boolean; lossy: boolean }> {
  // Excel's "Unicode 文本" is UTF-16 (little-endian, with a byte-order mark, tab-separated): read it rather
  // than call it binary, whatever encoding was chosen (neither UTF-8 nor GB18030 can read it).
  const wide = utf16Of(bytes);
  if (wide) {
    progress(1);
    const text = new TextDecoder(wide).decode(bytes);
    return { text, encoding: wide, detected: true, lossy: text.includes('\ufffd') };
  }
  if (looksBinary(bytes)) {
    throw new FileProblem('binary', '这不是文本文件（CSV），可能是其他格式的文件。请在 Excel 中“另存为 CSV”或直接选择 .xlsx 文件。',
      'This is not a text (CSV) file; it may be another format. Save it from Excel as CSV, or choose the .xlsx file itself.');
  }
  const tryWith = async (encoding: TextEncodingName, fatal: boolean): Promise<string | null> => {
    const d = new TextDecoder(encoding, { fatal });
    const parts: string[] = [];
    try {
      for (let i = 0; i < bytes.length; i += SLICE_BYTES) {
        const end = Math.min(bytes.length, i + SLICE_BYTES);
        parts.push(d.decode(bytes.subarray(i, end), { stream: end < bytes.length }));
        progress(end / bytes.length);
        if (end < bytes.length) await pause();
      }
      parts.push(d.decode());
    } catch {
      return null;
    }
    return parts.join('');
  };
  // lossy: some bytes could not be read and stand as U+FFFD in the text; the rows holding one are refused.
  if (choice !== 'auto') {
    const text = (await tryWith(choice, false))!;
    return { text, encoding: choice, detected: false, lossy: text.includes('\ufffd') };
  }
  const utf8 = await tryWith('utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', detected: true, lossy: false };
  // A UTF-8 export with one damaged line stays UTF-8 (read as GB18030, every name in it was other characters).
  const encoding = likelierEncoding(bytes);
  const text = (await tryWith(encoding, false))!;
  return { text, encoding, detected: true, lossy: text.includes('\ufffd') };
}

/**
 * Rows kept flat (one array of cells, one of row starts, one of lines) rather than an array per row: a
 * million rows as a million small arrays cost the page long garbage-collection pauses.
 */
export class Rows {
  readonly cells: string[] = [];
  readonly starts: number[] = [];
  readonly lines: number[] = [];
  get length(): number { return this.lines.length; }
  push(line: number, fields: string[]): void {
    this.starts.push(this.cells.length);
    this.lines.push(line);
    for (const f of fields) this.cells.push(f);
  }
  cell(row: number, col: number): string {
    const from = this.starts[row]!;
    const to = row + 1 < this.starts.length ? this.starts[row + 1]! : this.cells.length;
    return col >= 0 && col < to - from ? this.cells[from + col]! : '';
  }
  /** How many fields the row has (a row with more or fewer than its header has lost or gained a cell). */
  width(row: number): number {
    return (row + 1 < this.starts.length ? this.starts[row + 1]! : this.cells.length) - this.starts[row]!;
  }
  fields(row: number): string[] {
    const from = this.starts[row]!;
    return this.cells.slice(from, row + 1 < this.starts.length ? this.starts[row + 1]! : this.cells.length);
  }
}
export interface CsvBad { line: number; zh: string; en: string }

/**
 * A CSV reader that can be stopped and resumed, so a million rows never hold the page. Quotes follow RFC 4180;
 * a quote inside an unquoted field is kept as text (`19" monitor`). A record that cannot be read (a quote that
 * never closes, text after a closing quote) is reported by its line and reading resumes on the next line, so
 * it loses only itself.
 */
export class CsvReader {
  pos = 0;
  line = 1;
  constructor(private readonly text: string, private readonly delimiter = ',') {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  get done(): boolean { return this.pos >= this.text.length; }
  get share(): number { return this.text.length ? this.pos / this.text.length : 1; }

  /** Reads up to `max` records (blank lines are skipped but counted). */
  next(max: number, good: Rows, bad: CsvBad[]): void {
    const t = this.text;
    const n = t.length;
    const D = this.delimiter.charCodeAt(0);
    for (let count = 0; count < max && this.pos < n;) {
      const startPos = this.pos;
      const startLine = this.line;
      const cells = good.cells;
      const first = cells.length;
      let p = this.pos;
      let line = this.line;
      let problem: Bilingual | null = null;
      let endOfRecord = false;
      while (!endOfRecord) {
        if (t.charCodeAt(p) === 34) { // "
          let value = '';
          let from = p + 1;
          let q = from;
          for (;;) {
            const at = t.indexOf('"', q);
            if (at < 0) {
              problem = { zh: '引号没有闭合（从这一行开始的引号到文件末尾都没有结束）。', en: 'a quote is never closed (from this line to the end of the file).' };
              break;
            }
            if (t.charCodeAt(at + 1) === 34) { value += t.slice(from, at + 1); q = from = at + 2; continue; }
            value += t.slice(from, at);
            for (let k = p; k < at; k++) if (t.charCodeAt(k) === 10) line++;
            p = at + 1;
            break;
          }
          if (problem) break;
          const c = t.charCodeAt(p);
          if (p < n && c !== D && c !== 10 && c !== 13 && c !== 32 && c !== 9) {
            problem = { zh: '闭合引号后面还有文字（引号应包住整个单元格）。', en: 'text follows a closing quote (a quote must wrap the whole cell).' };
            break;
          }
          // Spaces after a closing quote are padding, but a tab there is the delimiter of a tab-separated file.
          while ((t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9) && t.charCodeAt(p) !== D) p++;
          const after = t.charCodeAt(p);
          if (p < n && after !== D && after !== 10 && after !== 13) {
            problem = { zh: '闭合引号后面还有文字（引号应包住整个单元格）。', en: 'text follows a closing quote (a quote must wrap the whole cell).' };
            break;
          }
          cells.push(value.trim());
        } else {
          let q = p;
          while (q < n) { const c = t.charCodeAt(q); if (c === D || c === 10 || c === 13) break; q++; }
          cells.push(t.slice(p, q).trim());
          p = q;
        }
        const c = t.charCodeAt(p);
        if (p >= n) endOfRecord = true;
        else if (c === D) p++;
        else { p += c === 13 && t.charCodeAt(p + 1) === 10 ? 2 : 1; line++; endOfRecord = true; }
      }
      if (problem) {
        cells.length = first;
        bad.push({ line: startLine, zh: problem.zh, en: problem.en });
        count++;
        // Resume on the line after the one the bad record began on.
        const nl = t.indexOf('\n', startPos);
        this.pos = nl < 0 ? n : nl + 1;
        this.line = startLine + 1;
        continue;
      }
      this.pos = p;
      this.line = line;
      if (cells.length === first + 1 && cells[first] === '') { cells.length = first; continue; } // a blank line
      good.starts.push(first);
      good.lines.push(startLine);
      count++;
    }
  }
}

/** A cell Excel shows as a date: kept recognisable so the page can say so instead of "not an amount". */
export const DATE_MARK = '\u0000date:';

/**
 * Reads the first sheet of an XLSX. fflate's own asynchronous unzip starts a Worker from a blob: URL for
 * parts over 512 KB, which `default-src 'self'` and Trusted Types refuse; so the parts are inflated here,
 * synchronously, and handed to read-excel-file stored (uncompressed), which needs no worker.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Rows> {
  if (!isZip(bytes)) {
    throw new FileProblem('not-xlsx', '这个文件不是有效的 .xlsx 工作簿（不是 zip 格式）。旧版 .xls 或改了扩展名的文件请在 Excel 中另存为 .xlsx 或 CSV。',
      'This file is not a valid .xlsx workbook (it is not a zip). Save old .xls files, or files renamed to .xlsx, as .xlsx or CSV from Excel.');
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/i.test(f.name) });
  } catch {
    throw new FileProblem('truncated-xlsx', '这个 .xlsx 文件不完整或已损坏（可能没有下载或复制完整）。请重新导出或复制后再试。',
      'This .xlsx file is incomplete or damaged (perhaps not fully downloaded or copied). Export or copy it again.');
  }
  await pause();
  const stored: Zippable = {};
  for (const [name, data] of Object.entries(parts)) stored[name] = [data, { level: 0 }];
  let sheet: unknown[][];
  try {
    const zipped = zipSync(stored, { level: 0 });
    sheet = await readSheet(zipped.buffer as ArrayBuffer, { parseNumber: (s: string) => s }) as unknown[][];
  } catch {
    throw new FileProblem('bad-xlsx', '无法读取这个 .xlsx 文件的第一个工作表。请在 Excel 中打开确认，或另存为 CSV 后再试。',
      'The first sheet of this .xlsx file cannot be read. Check it in Excel, or save it as CSV and try again.');
  }
  const rows = new Rows();
  sheet.forEach((row, i) => {
    const fields = row.map((c) => (c === null || c === undefined ? ''
      : c instanceof Date ? `${DATE_MARK}${Number.isNaN(c.getTime()) ? '?' : c.toISOString().slice(0, 10)}`
      : String(c).trim()));
    if (fields.some((f) => f !== '')) rows.push(i + 1, fields);
  });
  return rows;
}
