// Registers every dbbx element once, whatever loaded it first (two copies on one page must not throw).
import { DbbxCalculator } from './calculator/calculator.js';
import { DbbxBreakdown } from './breakdown/breakdown.js';
import { DbbxLedger } from './ledger/ledger.js';
import { DbbxPolicySource } from './policy-source/policy-source.js';

// First, so a page's operator data starts loading (whenPoliciesLoaded) before any calculator upgrades.
if (!customElements.get('dbbx-policy-source')) customElements.define('dbbx-policy-source', DbbxPolicySource);

if (!customElements.get('dbbx-breakdown')) customElements.define('dbbx-breakdown', DbbxBreakdown);
if (!customElements.get('dbbx-calculator')) customElements.define('dbbx-calculator', DbbxCalculator);
if (!customElements.get('dbbx-ledger')) customElements.define('dbbx-ledger', DbbxLedger);

export { DbbxCalculator, DbbxBreakdown, DbbxLedger, DbbxPolicySource };
export type { DbbxPoliciesDetail, DbbxPoliciesErrorDetail } from './policy-source/policy-source.js';
export type { LedgerRow, DbbxLedgerChangeDetail } from './ledger/ledger.js';
