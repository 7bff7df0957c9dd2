// Text files as fund offices have them: Chinese Excel's "CSV (逗号分隔)" is GB18030-family, databases and
// newer Excel write UTF-8 (often with a BOM). Strict UTF-8 first: GBK bytes never decode as valid UTF-8 by
// accident in practice, so a file that passes is UTF-8 and anything else is read as GB18030. The WHATWG
// TextDecoder has both in browsers and in Node (full ICU), so no library is needed.

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

/** Picks the encoding of a file from its bytes (or its first chunk, with final = false). */
export function detectEncoding(bytes: Uint8Array, final = true): TextEncodingName {
  if (hasUtf8Bom(bytes)) return 'utf-8';
  return isUtf8(bytes, final) ? 'utf-8' : 'gb18030';
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
