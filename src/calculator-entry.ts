// `dbbx/calculator` and dist/dbbx-calculator.js: the calculator alone (with the breakdown it embeds), for a
// portal that needs nothing else.
import './compat.js';
import { DbbxCalculator } from './elements/calculator/calculator.js';
import { DbbxBreakdown } from './elements/breakdown/breakdown.js';

if (!customElements.get('dbbx-breakdown')) customElements.define('dbbx-breakdown', DbbxBreakdown);
if (!customElements.get('dbbx-calculator')) customElements.define('dbbx-calculator', DbbxCalculator);

export { DbbxCalculator, DbbxBreakdown };
export type { DbbxEventMap, DbbxErrorDetail } from './events.js';
