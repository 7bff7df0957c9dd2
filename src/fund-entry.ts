// `dbbx/fund`: the fund projection tool, its own entry so the calculator's bundle keeps its size.
import { DbbxFund } from './elements/fund/fund.js';

if (!customElements.get('dbbx-fund')) customElements.define('dbbx-fund', DbbxFund);

export { DbbxFund };
export * from './fund/index.js';
export type { DbbxProjectionDetail } from './events.js';
