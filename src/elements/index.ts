// Registers every dbbx element once, whatever loaded it first (two copies on one page must not throw).
import { DbbxCalculator } from './calculator/calculator.js';
import { DbbxBreakdown } from './breakdown/breakdown.js';

if (!customElements.get('dbbx-breakdown')) customElements.define('dbbx-breakdown', DbbxBreakdown);
if (!customElements.get('dbbx-calculator')) customElements.define('dbbx-calculator', DbbxCalculator);

export { DbbxCalculator, DbbxBreakdown };
