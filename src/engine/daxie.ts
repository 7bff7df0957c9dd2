// 人民币大写 (Chinese capital numerals for amounts), as the 《支付结算办法》 rules write them on settlement
// slips. Where the rules allow two forms we write the first one they give: 零 stands once for a run of zeros
// inside the number but not for zeros that merely end the 万 section (壹拾万柒仟元); 零 after 元 when the 元
// digit is 0 and 角 follows (壹仟陆佰捌拾元零叁角贰分), and always when 角 is 0 and 分 follows; 整 after 元 or 角
// when nothing smaller follows, nothing after 分.
import { Decimal } from './decimal.js';
import { parseAmount } from './amount.js';
import { issue, DbbxInputError } from './errors.js';
import type { Amount } from './types.js';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];
const LIMIT = new Decimal('1e16');

function integerPart(s: string): string {
  if (/^0+$/.test(s)) return '';
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const pos = s.length - 1 - i;
    if (d === 0) pendingZero = out !== '';
    else {
      if (pendingZero) out += '零';
      pendingZero = false;
      out += DIGITS[d]! + UNITS[pos % 4]!;
    }
    if (pos % 4 === 0 && pos > 0 && Number(s.slice(Math.max(0, i - 3), i + 1)) !== 0) {
      out += SECTIONS[pos / 4]!;
      // Zeros that only end a written section need no 零 (壹拾万柒仟, the rules' first form); zeros that fill
      // a whole section do (壹亿零伍仟).
      pendingZero = false;
    }
  }
  return out;
}

/** "72500" → "柒万贰仟伍佰元整"; "0.05" → "伍分"; "1010.50" → "壹仟零壹拾元零伍角整". */
export function toChineseCapital(amount: Amount): string {
  // Any exact amount can be written out; the 1亿 plausibility limit is for requests, not for numerals.
  const fixed = parseAmount(amount, 'amount', null);
  const d = new Decimal(fixed);
  // The numerals have sections up to 万亿: 1亿亿 and above cannot be written, so they are refused, not garbled.
  if (d.greaterThanOrEqualTo(LIMIT)) {
    throw new DbbxInputError([issue('amount', 'too-large', '金额超过大写金额可写的范围（1 亿亿元以下）。',
      'The amount is beyond what Chinese capital numerals can write here (below 10^16 yuan).')]);
  }
  const [intText, frac] = d.toFixed(2).split('.') as [string, string];
  const jiao = Number(frac[0]);
  const fen = Number(frac[1]);
  const yuan = integerPart(intText);
  if (!yuan && !jiao && !fen) return '零元整';
  let out = yuan ? `${yuan}元` : '';
  if (!jiao && !fen) return `${out}整`;
  const yuanDigitZero = yuan !== '' && intText.endsWith('0');
  if (jiao) out += `${yuanDigitZero ? '零' : ''}${DIGITS[jiao]}角`;
  else if (yuan) out += '零';
  if (fen) out += `${DIGITS[fen]}分`;
  else out += '整';
  return out;
}
