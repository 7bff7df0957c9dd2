// 公民身份号码 (GB 11643-1999): 18 characters, the last a check character over the first 17 (ISO 7064
// MOD 11-2). A slip is a document the patient keeps: a mistyped ID on it is worth flagging at the desk.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdNumberCheck =
  | { ok: true }
  | { ok: false; code: 'length' | 'characters' | 'birth-date' | 'check-digit'; zh: string; en: string };

/** Checks a mainland ID number's form, birth date and check character (it cannot tell a real person's). */
export function checkIdNumber(input: string): IdNumberCheck {
  const s = input.trim().toUpperCase();
  if (s.length !== 18) {
    return { ok: false, code: 'length', zh: `身份证号码应为 18 位，这里是 ${s.length} 位。`, en: `A mainland ID number has 18 characters; this has ${s.length}.` };
  }
  if (!/^\d{17}[\dX]$/.test(s)) {
    return { ok: false, code: 'characters', zh: '身份证号码前 17 位应为数字，最后一位为数字或 X。', en: 'The first 17 characters should be digits and the last a digit or X.' };
  }
  const y = s.slice(6, 10), m = s.slice(10, 12), d = s.slice(12, 14);
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}` || Number(y) < 1880) {
    return { ok: false, code: 'birth-date', zh: `身份证号码中的出生日期 ${y}-${m}-${d} 不存在。`, en: `The birth date in the ID number, ${y}-${m}-${d}, does not exist.` };
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * WEIGHTS[i]!;
  const expected = CHECK[sum % 11]!;
  if (s[17] !== expected) {
    return { ok: false, code: 'check-digit', zh: '身份证号码的校验位不对，请核对是否输错。', en: 'The ID number\'s check character does not match; please check it for a typing error.' };
  }
  return { ok: true };
}
