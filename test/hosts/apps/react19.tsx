// A React 19 desk app with the bare tags: React 19 sets a property when the element has one (rows) and listens
// to `ondbbx-…` props as the events of that name. The elements must be defined before React renders them.
import 'dbbx';
import type {} from 'dbbx/jsx';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PATIENT_A, PATIENT_B } from './patients.js';

function App() {
  const [rows, setRows] = useState(PATIENT_A);
  const [payout, setPayout] = useState('');
  const [cleared, setCleared] = useState(0);
  (window as unknown as { host: unknown }).host = { next: () => setRows(PATIENT_B) };
  return (
    <>
      <dbbx-calculator region="330200" date="2015-06-01" context="desk"
        ondbbx-result={(e: CustomEvent<{ payout: string }>) => setPayout(e.detail.payout)}
        ondbbx-cleared={() => { setPayout(''); setCleared((n) => n + 1); }} />
      <dbbx-ledger region="330200" rows={rows}
        ondbbx-ledger-change={(e: CustomEvent<{ rows: typeof PATIENT_A }>) => setRows(e.detail.rows)}
        ondbbx-cleared={() => setCleared((n) => n + 1)} />
      <output id="payout">{payout}</output>
      <output id="rows">{rows.length}</output>
      <output id="cleared">{cleared}</output>
    </>
  );
}
createRoot(document.getElementById('app')!).render(<App />);
