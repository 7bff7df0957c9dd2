// A React host: the elements in JSX (typed by 'dbbx/jsx') and the dbbx/react wrappers (@lit/react), which
// set properties and take onDbbx… handlers in React 18 and 19 alike.
import type {} from 'dbbx/jsx';
import 'dbbx';
import { DbbxCalculator, DbbxLedger, DbbxPolicySource } from 'dbbx/react';
import type { LedgerRow } from 'dbbx';

export function App({ rows, save }: { rows: LedgerRow[]; save: (rows: LedgerRow[]) => void }) {
  return (
    <>
      <dbbx-calculator region="330200" date="2015-06-01" lock-region={true} />
      <DbbxCalculator region="330200" date="2015-06-01" onDbbxResult={(e) => console.log(e.detail.payout)} />
      <DbbxLedger region="330200" rows={rows} onDbbxLedgerChange={(e) => save(e.detail.rows)}
        onDbbxCleared={(e) => console.log(e.detail.region, e.detail.group)} />
      <DbbxCalculator region="330200" onDbbxCleared={(e) => console.log(e.detail.date, e.detail.scheme)} />
      <DbbxPolicySource src="county.json" onDbbxPolicies={(e) => console.log(e.detail.ids)}
        onDbbxPoliciesError={(e) => console.log(e.detail.problems.length)} />
    </>
  );
}

// React 19 passes ondbbx-result to the element as an event listener; the JSX typing knows its detail.
export const Native = () => <dbbx-calculator region="330200" ondbbx-result={(e) => console.log(e.detail.payout)} />;
