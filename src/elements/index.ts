// Registers every dbbx element once, whatever loaded it first (two bundles on one page must not throw).
import { DbbxCalculator } from './calculator/calculator.js';
import { DbbxBreakdown } from './breakdown/breakdown.js';

const define = (name: string, ctor: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, ctor);
};
define('dbbx-breakdown', DbbxBreakdown);
define('dbbx-calculator', DbbxCalculator);

export { DbbxCalculator, DbbxBreakdown };
