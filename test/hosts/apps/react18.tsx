// A React 18 desk app as a hospital writes it: the dbbx/react wrappers (React 18 sets props as attributes and
// never listens to custom events, so the bare tags cannot work there).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DbbxCalculator, DbbxLedger } from 'dbbx/react';
import { PATIENT_A, PATIENT_B } from './patients.js';

function App() {
  const [rows, setRows] = useState(PATIENT_A);
  const [payout, setPayout] = useState('');
  const [cleared, setCleared] = useState(0);
  (window as unknown as { host: unknown }).host = { next: () => setRows(PATIENT_B) };
  return (
    <>
      <DbbxCalculator region="330200" date="2015-06-01" context="desk"
        onDbbxResult={(e) => setPayout(e.detail.payout)}
        onDbbxCleared={() => { setPayout(''); setCleared((n) => n + 1); }} />
      <DbbxLedger region="330200" rows={rows}
        onDbbxLedgerChange={(e) => setRows(e.detail.rows)}
        onDbbxCleared={() => setCleared((n) => n + 1)} />
      <output id="payout">{payout}</output>
      <output id="rows">{rows.length}</output>
      <output id="cleared">{cleared}</output>
    </>
  );
}
createRoot(document.getElementById('app')!).render(<App />);
