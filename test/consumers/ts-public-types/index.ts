// Every typed entry of the package, as a host imports it: the compiler's file list (tsc --listFiles) must not hold
// decimal.js's declarations. Public types are dbbx's own (issue 13): amounts are exact 元 strings.
import { MAX_AMOUNT, parseAmountField, type ParseResult } from 'dbbx';
import * as engine from 'dbbx/engine';
import * as calculator from 'dbbx/calculator';
import * as fund from 'dbbx/fund';
import * as react from 'dbbx/react';
import * as bundle from 'dbbx/bundle';
import * as calculatorBundle from 'dbbx/calculator-bundle';
import * as fundBundle from 'dbbx/fund-bundle';

const max: string = MAX_AMOUNT;
const r: ParseResult = parseAmountField('1.8万', 'selfPaid', { zh: '自付', en: 'Self-paid' }, '200000');
const yuan: string | null = r.ok ? r.value : null;
export { max, yuan, engine, calculator, fund, react, bundle, calculatorBundle, fundBundle };
