// dist/engine.js must import in plain Node 20 (no DOM, no bundler) and give the reference figure:
// 甬政办发〔2013〕268号 五: 150,000 → 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 72,500.00.
const m = await import(new URL('../dist/engine.js', import.meta.url).href);
const r = m.calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '150000' });
if (r.payout !== '72500.00') {
  console.error(`dist/engine.js in Node: expected 72500.00, got ${r.payout}`);
  process.exit(1);
}
for (const g of ['window', 'document', 'HTMLElement', 'customElements']) {
  if (g in globalThis) {
    console.error(`the Node check itself ran with a DOM global (${g}); it proves nothing`);
    process.exit(1);
  }
}
console.log('dist/engine.js imports in Node without a DOM: Ningbo 150,000 → 72500.00');
