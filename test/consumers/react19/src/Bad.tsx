// Must NOT type-check: rows is LedgerRow[], not a number.
import type {} from 'dbbx/jsx';
export const Bad = () => <dbbx-ledger region="330200" rows={42} />;
