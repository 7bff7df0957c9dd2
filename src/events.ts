// The events dbbx elements fire, typed for hosts: `el.addEventListener('dbbx-result', (e) => e.detail.payout)`
// type-checks without a cast. They bubble and are composed, so document and window listeners are typed too.
import type { CalculationResult } from './engine/types.js';
import type { DbbxErrorDetail } from './elements/calculator/calculator.js';
import type { DbbxLedgerChangeDetail } from './elements/ledger/ledger.js';
import type { DbbxClearedDetail } from './elements/shared/base.js';
import type { DbbxPoliciesDetail, DbbxPoliciesErrorDetail } from './elements/policy-source/policy-source.js';
import type { ProjectionFigures } from './fund/index.js';

/** detail of `dbbx-projection` (<dbbx-fund>): the published rule's figures and the what-if's. */
export interface DbbxProjectionDetail {
  published: ProjectionFigures | null;
  whatIf: ProjectionFigures | null;
}

export interface DbbxEventMap {
  /** <dbbx-calculator>: a new result. */
  'dbbx-result': CustomEvent<CalculationResult>;
  /** <dbbx-calculator>: the inputs cannot be calculated; each issue names its field in Chinese and English. */
  'dbbx-error': CustomEvent<DbbxErrorDetail>;
  /** <dbbx-ledger>: the rows changed; the host persists them. */
  'dbbx-ledger-change': CustomEvent<DbbxLedgerChangeDetail>;
  /**
   * <dbbx-calculator> and <dbbx-ledger>: cleared for the next person (清空，下一位); a host that keeps the
   * person's figures or rows elsewhere clears them too.
   */
  'dbbx-cleared': CustomEvent<DbbxClearedDetail>;
  /** <dbbx-policy-source>: the operator's policy data was registered. */
  'dbbx-policies': CustomEvent<DbbxPoliciesDetail>;
  /** <dbbx-policy-source>: the operator's policy data was refused; nothing was registered. */
  'dbbx-policies-error': CustomEvent<DbbxPoliciesErrorDetail>;
  /** <dbbx-fund>: a projection finished. */
  'dbbx-projection': CustomEvent<DbbxProjectionDetail>;
}

export type { DbbxErrorDetail, DbbxLedgerChangeDetail, DbbxClearedDetail, DbbxPoliciesDetail, DbbxPoliciesErrorDetail };

declare global {
  // Interfaces merge: these add dbbx's events to the DOM's own maps.
  interface HTMLElementEventMap extends DbbxEventMap {}
  interface DocumentEventMap extends DbbxEventMap {}
  interface WindowEventMap extends DbbxEventMap {}
}
