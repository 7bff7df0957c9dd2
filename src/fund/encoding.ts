// Text files as fund offices have them: Chinese Excel's "CSV (逗号分隔)" is GB18030-family, databases and
// newer Excel write UTF-8 (often with a BOM). Strict UTF-8 first: GBK bytes never decode as valid UTF-8 by
// accident in practice, so a file that passes is UTF-8. One that does not is not always GB18030: a database
// export in UTF-8 with one damaged line is far more common than GBK, and read as GB18030 every Chinese name in
// it came out as other characters without a word. So the lines with non-ASCII bytes are read both ways and the
// encoding that reads more of them as text is taken; the lines it cannot read are each refused by the reader. The
// WHATWG TextDecoder has both in browsers and in Node (full ICU), so no library is needed.

export type TextEncodingName = 'utf-8' | 'gb18030';
export type EncodingChoice = 'auto' | TextEncodingName;

export interface DecodedText {
  text: string;
  /** The encoding used to read the bytes. */
  encoding: TextEncodingName;
  /** true when it was detected rather than chosen. */
  detected: boolean;
  /** The file began with a UTF-8 byte-order mark (dropped from `text`). */
  bom: boolean;
}

/** The bytes start with a UTF-8 byte-order mark (EF BB BF). */
export const hasUtf8Bom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** Is this UTF-8? `final` false allows a multi-byte character cut at the end of a chunk. */
export function isUtf8(bytes: Uint8Array, final = true): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks the encoding of a file from its bytes (or its first whole lines, with final = false): UTF-8 when they
 * are valid UTF-8 (or start with its byte-order mark); else whichever of UTF-8 and GB18030 reads more of the
 * lines with non-ASCII bytes (likelierEncoding).
 */
export function detectEncoding(bytes: Uint8Array, final = true): TextEncodingName {
  return hasUtf8Bom(bytes) || isUtf8(bytes, final) ? 'utf-8' : likelierEncoding(bytes, final);
}

/**
 * For bytes that are not valid UTF-8 throughout: the encoding that reads more of their non-ASCII lines. A line
 * counts for UTF-8 when it is valid UTF-8, for GB18030 when it is valid GB18030 and reads as likely Chinese text
 * (commonGb): UTF-8 Chinese is very often valid GB18030 too, as other characters ("王芳" as 鐜嬭姵). When they
 * tie (both nought, say), the one that fails on fewer lines.
 */
export function likelierEncoding(bytes: Uint8Array, final = true): TextEncodingName {
  const w = weighEncodings(bytes, final);
  if (w.utf8 !== w.gb18030) return w.utf8 > w.gb18030 ? 'utf-8' : 'gb18030';
  return w.utf8Faults <= w.gb18030Faults ? 'utf-8' : 'gb18030';
}

/** Lines with non-ASCII bytes weighed at most: enough to tell, and a bounded cost on a file of millions. */
const WEIGHED_LINES = 2000;

/**
 * Of the first WEIGHED_LINES lines with a byte above ASCII: how many each encoding reads (GB18030: as likely
 * text) and how many it cannot read at all. A line is decoded on its own: neither encoding has a line feed inside
 * a character. With final = false a last line without its line feed is left out (it may be cut in a character).
 */
function weighEncodings(bytes: Uint8Array, final: boolean): { utf8: number; gb18030: number; utf8Faults: number; gb18030Faults: number } {
  const u = new TextDecoder('utf-8', { fatal: true });
  const g = new TextDecoder('gb18030', { fatal: true });
  const reads = (d: TextDecoder, line: Uint8Array) => {
    try { d.decode(line); return true; } catch { return false; }
  };
  const w = { utf8: 0, gb18030: 0, utf8Faults: 0, gb18030Faults: 0 };
  let lines = 0;
  let start = 0;
  while (start < bytes.length && lines < WEIGHED_LINES) {
    let end = bytes.indexOf(10, start);
    if (end < 0) {
      if (!final) break;
      end = bytes.length;
    }
    let high = false;
    for (let i = start; i < end; i++) if (bytes[i]! > 0x7f) { high = true; break; }
    if (high) {
      const line = bytes.subarray(start, end);
      lines++;
      if (reads(u, line)) w.utf8++;
      else w.utf8Faults++;
      if (!reads(g, line)) w.gb18030Faults++;
      else if (commonGb(line)) w.gb18030++;
    }
    start = end + 1;
  }
  return w;
}

/**
 * Valid GB18030 that reads as likely Chinese: at least half of its two-byte characters are GB2312's punctuation
 * and full-width forms (first byte A1–A9) or its 3,755 common characters (B0–D7), which carry nearly all Chinese
 * text. UTF-8's Chinese read as GB18030 starts its characters with E4–E9 or a continuation byte instead.
 */
function commonGb(line: Uint8Array): boolean {
  let two = 0;
  let common = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c < 0x80) continue;
    const t = line[i + 1] ?? 0;
    two++;
    // A four-byte character (second byte a digit): never one of the common ones.
    if (t >= 0x30 && t <= 0x39) { i += 3; continue; }
    if (((c >= 0xa1 && c <= 0xa9) || (c >= 0xb0 && c <= 0xd7)) && t >= 0xa1 && t <= 0xfe) common++;
    i++;
  }
  return 2 * common >= two;
}

/** Decodes a whole file: the encoding chosen, or detected when 'auto'. */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  const encoding = choice === 'auto' ? detectEncoding(bytes) : choice;
  const bom = hasUtf8Bom(bytes);
  // ignoreBOM false (the default) drops a UTF-8 BOM; GB18030 files carry none.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, detected: choice === 'auto', bom };
}

/**
 * An encoding as a person names it on a command line or in a select ("GBK", "utf8", "auto"), or null. GBK and
 * GB2312 files are read as GB18030, which contains both (WHATWG's own "gbk" label reads the same way).
 */
export function readEncodingChoice(name: string): EncodingChoice | null {
  const n = name.trim().toLowerCase().replace(/[_\s]/g, '-');
  if (n === 'auto') return 'auto';
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312' || n === 'cp936') return 'gb18030';
  return null;
}
