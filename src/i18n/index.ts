// One catalogue per locale; money through Intl.NumberFormat given the engine's decimal strings (never floats).
import { zhCN, type Catalogue, type MessageKey } from './zh-CN.js';
import { en } from './en.js';
import type { Bilingual } from '../engine/types.js';

export type Lang = 'zh-CN' | 'en';
export type { MessageKey, Catalogue };

const CATALOGUES: Record<Lang, Catalogue> = { 'zh-CN': zhCN, en };

/** Any BCP 47 tag to one of the product's locales: en* → en, everything else → zh-CN. */
export function normaliseLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

export function msg(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
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
