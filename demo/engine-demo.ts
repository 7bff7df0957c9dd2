import { calculate } from '../src/engine/index.js';

const r = calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '150000' });
const out = document.getElementById('out');
if (out) out.textContent = [...r.trace.map((t) => `${t.label}: ${t.value}`), '', `本次大病保险支付 ${r.payout} 元`].join('\n');
