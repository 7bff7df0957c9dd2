// A TypeScript consumer with moduleResolution node16 and skipLibCheck false: dbbx's declarations must check
// on their own (issue 13: decimal.js types leaked and failed with TS2709).
import { calculate, type CalculationResult, type DbbxErrorDetail, type DbbxLedgerChangeDetail } from 'dbbx';
import { settleYear } from 'dbbx/engine';
import { projectFund, type DbbxProjectionDetail } from 'dbbx/fund';
import 'dbbx/calculator';

const r: CalculationResult = calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '150000' });
const payout: string = r.payout;
void settleYear;
void projectFund;

const calc = document.createElement('dbbx-calculator');
calc.addEventListener('dbbx-result', (e) => { const p: string = e.detail.payout; void p; });
calc.addEventListener('dbbx-error', (e) => { const d: DbbxErrorDetail = e.detail; void d.issues[0]?.zh; });
document.querySelector('dbbx-ledger')?.addEventListener('dbbx-ledger-change', (e) => { const d: DbbxLedgerChangeDetail = e.detail; void d.rows; });
document.addEventListener('dbbx-projection', (e) => { const d: DbbxProjectionDetail = e.detail; void d.published?.totalPayout; });
export { payout };
