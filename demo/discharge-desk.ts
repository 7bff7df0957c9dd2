// A hospital cashier's page: region, scheme and group are chosen once; the ledger does the rest. The page
// stands for the hospital system: it keeps the rows the ledger hands over (never the patient's name or ID).
import '../src/index.js';
import { listPolicies, resolvePolicy, GROUP_WORDS, SCHEME_WORDS, type Scheme } from '../src/engine/index.js';
import type { DbbxLedger, LedgerRow } from '../src/elements/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ledger = $<DbbxLedger>('ledger');
const region = $<HTMLSelectElement>('region');
const scheme = $<HTMLSelectElement>('scheme');
const group = $<HTMLSelectElement>('group');
const saved = $<HTMLPreElement>('saved');

for (const p of listPolicies().filter((x) => x.kind === 'city')) region.add(new Option(`${p.name.zh}（${p.region}）`, p.region));
region.value = '445100';

// The latest year the loaded rows fall in, or today: the policy in force then decides the choices offered.
const onDate = () => ledger.rows.map((r) => r.date).filter(Boolean).sort().reverse()[0] ?? new Date().toISOString().slice(0, 10);

function options(): void {
  let policy;
  try {
    policy = resolvePolicy(region.value, onDate(), (scheme.value || undefined) as Scheme | undefined);
  } catch {
    // No version that year (e.g. Xinbei before 2021): offer what today's version covers; the ledger's own rows
    // then say, each in its row, that their date has no version.
    policy = resolvePolicy(region.value, new Date().toISOString().slice(0, 10), (scheme.value || undefined) as Scheme | undefined);
  }
  scheme.replaceChildren(...policy.schemes.map((s) => new Option(SCHEME_WORDS[s].zh, s, false, s === policy.scheme)));
  const keep = group.value;
  group.replaceChildren(...policy.groups.map((g) => new Option(GROUP_WORDS[g.group].zh, g.group)));
  group.value = policy.groups.some((g) => g.group === keep) ? keep : policy.defaultGroup;
  ledger.region = region.value;
  ledger.scheme = policy.scheme ?? 'resident';
  ledger.group = group.value;
}

region.addEventListener('change', () => { scheme.value = ''; options(); });
scheme.addEventListener('change', options);
group.addEventListener('change', () => { ledger.group = group.value; });
// Cleared for the next patient: the ledger's group went back to the default, and the page's picker follows.
ledger.addEventListener('dbbx-cleared', (e) => {
  const { group: g } = (e as CustomEvent<{ group: string | null }>).detail;
  if (g) group.value = g;
});
ledger.addEventListener('dbbx-ledger-change', (e) => {
  saved.textContent = JSON.stringify((e as CustomEvent<{ rows: LedgerRow[] }>).detail.rows, null, 2);
});

options();
// A patient already part-way through the year, as the hospital system would load it.
ledger.rows = [
  { id: 'a', date: '2017-03-14', selfPaid: '8,600' },
  { id: 'b', date: '2017-06-02', selfPaid: '2.35万' },
  { id: 'c', date: '2017-09-21', selfPaid: '61000' },
];
saved.textContent = JSON.stringify(ledger.rows, null, 2);
