// One catalogue per locale; money through Intl.NumberFormat given the engine's decimal strings (never floats).
// Chinese is in the first load; English is a chunk of its own, fetched the first time an element (or a host)
// asks for it (issue 13: a Chinese page never downloads it). Elements wait for it before their first English
// render (DbbxElement.scheduleUpdate), so an English page never shows Chinese text first.
import { zhCN, type Catalogue, type MessageKey } from './zh-CN.js';
import type { Bilingual } from '../engine/types.js';

export type Lang = 'zh-CN' | 'en';
export type { MessageKey, Catalogue };

const CATALOGUES: Partial<Record<Lang, Catalogue>> = { 'zh-CN': zhCN };
let english: Promise<void> | null = null;

/**
 * Resolves once `lang`'s messages are here (at once for Chinese; English is fetched on first use). A host that
 * calls msg('en', …) itself awaits this first; elements do it on their own.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (CATALOGUES[lang]) return Promise.resolve();
  english ??= import('./en.js').then((m) => { CATALOGUES.en = m.en; }, (e: unknown) => {
    english = null; // a failed fetch (a dropped connection) is tried again on the next render
    throw e;
  });
  return english;
}

/** True when msg(lang, …) can answer in that language now. */
export function hasLanguage(lang: Lang): boolean {
  return CATALOGUES[lang] !== undefined;
}

/** Any BCP 47 tag to one of the product's locales: en* → en, everything else → zh-CN. */
export function normaliseLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

/** One message. English before loadLanguage('en') has resolved answers in Chinese (and starts the fetch). */
export function msg(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  if (!CATALOGUES[lang]) void loadLanguage(lang).catch(() => undefined);
  return (CATALOGUES[lang] ?? zhCN)[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** The engine's own bilingual texts (warnings, notes, data names) in the screen's language. */
export function pick(lang: Lang, text: Bilingual): string {
  return lang === 'en' ? text.en : text.zh;
}

const moneyFormats = new Map<Lang, Intl.NumberFormat>();
const percentFormats = new Map<Lang, Intl.NumberFormat>();

/** '72500.00' → '72,500.00'. Intl formats decimal strings exactly, so no float is ever involved. */
const formatted = new Map<string, string>();

export function formatMoney(lang: Lang, amount: string): string {
  // A ledger formats the same few hundred amounts on every keystroke; Intl is slow enough to notice.
  const key = `${lang}|${amount}`;
  const hit = formatted.get(key);
  if (hit !== undefined) return hit;
  let f = moneyFormats.get(lang);
  if (!f) moneyFormats.set(lang, (f = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  const out = f.format(amount as unknown as number);
  if (formatted.size > 5000) formatted.clear();
  formatted.set(key, out);
  return out;
}

/** '0.55' → '55%'. */
export function formatPercent(lang: Lang, ratio: string): string {
  let f = percentFormats.get(lang);
  if (!f) percentFormats.set(lang, (f = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 4 })));
  return f.format(ratio as unknown as number);
}
