// A hostile field review of <dbbx-ledger>: each fault as the reviewer produced it, and the class it stands for.
// Chaozhou figures (潮府办〔2012〕90号 二（三）, residents): 起付标准 10,000; 10,000–30,000 at 50%; above 30,000 at
// 60%; 封顶线 100,000. 粤府办〔2016〕85号 三（三） (from 2016-08-16) for 低保对象: threshold lowered by 70% (3,000),
// every ratio at least 70%, no cap.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DbbxLedger, LedgerRow } from '../../src/elements/index.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowsOf = (el: DbbxLedger) => $$(el, 'tbody tr[part="row"]');
const payouts = (el: DbbxLedger) => rowsOf(el).map((tr) => text(tr.querySelectorAll('td.num')[2]));
const notes = (el: DbbxLedger, i: number) => text(rowsOf(el)[i]!.querySelector('.notes'));

async function ledger(rows: unknown, attrs = 'region="445100"'): Promise<DbbxLedger> {
  // The element itself, not a wrapper: open-wc waits a frame for a plain element, and a background tab (two
  // test files run at once) may never draw one.
  const el = await fixture<DbbxLedger>(`<dbbx-ledger ${attrs}></dbbx-ledger>`);
  el.rows = rows as LedgerRow[];
  await el.updateComplete;
  return el;
}

async function typeIn(el: DbbxLedger, input: HTMLInputElement, s: string) {
  input.focus();
  input.select();
  await sendKeys({ type: s });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A cashier picks a row for the slip and types the patient's name and ID. */
async function patientOnSlip(el: DbbxLedger, name: string, id: string, row = 0) {
  $$<HTMLInputElement>(el, 'input[name="slip"]')[row]!.click();
  await el.updateComplete;
  await typeIn(el, $<HTMLInputElement>(el, '#patient-name')!, name);
  await typeIn(el, $<HTMLInputElement>(el, '#patient-id')!, id);
  expect(text($(el, '.slip'))).to.contain(name);
}

function expectNoPatient(el: DbbxLedger) {
  for (const id of ['#patient-name', '#patient-id', '#patient-admission', '#patient-settlement']) {
    expect($<HTMLInputElement>(el, id)?.value ?? '', id).to.equal('');
  }
  expect($(el, '.slip')).to.equal(null);
}

/** Errors thrown outside the test's own promise chain (a Lit update), caught for the length of one test. */
function pageErrors(): { list: string[]; stop(): void } {
  const list: string[] = [];
  const onError = (e: ErrorEvent) => { list.push(e.message); e.preventDefault(); };
  const onRejection = (e: PromiseRejectionEvent) => { list.push(String(e.reason?.message ?? e.reason)); e.preventDefault(); };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const origError = console.error;
  console.error = () => {};
  return { list, stop: () => { window.removeEventListener('error', onError); window.removeEventListener('unhandledrejection', onRejection); console.error = origError; } };
}

describe('field 1. a host update the ledger cannot draw never leaves the last patient on screen', () => {
  it('reads the holes of a sparse rows array as empty entries (no crash, B\'s figures only)', async () => {
    const errors = pageErrors();
    try {
      const el = await ledger([{ id: 'a1', date: '2017-03-14', selfPaid: '86000' }]);
      // A: 20,000 × 50% + 56,000 × 60% = 10,000 + 33,600 = 43,600.00 (潮府办〔2012〕90号 二（三）).
      expect(payouts(el)).to.deep.equal(['43,600.00']);
      await patientOnSlip(el, '患者甲', '445102198001010011');
      const B: LedgerRow[] = [];
      B[1] = { id: 'b1', date: '2017-05-01', selfPaid: '12000' };
      el.rows = B;
      await el.updateComplete;
      expect(errors.list).to.deep.equal([]);
      expect(text($(el, '.screen'))).to.not.contain('86,000.00').and.not.contain('43,600.00');
      expectNoPatient(el);
      // The hole is a row with a message; B's own discharge: (12,000 − 10,000) × 50% = 1,000.00 (二（三）).
      expect(el.rows.every((r) => r !== null && typeof r === 'object')).to.equal(true);
      expect(notes(el, 0)).to.contain('第 1 条不是出院记录').and.contain('空位');
      expect(payouts(el)).to.deep.equal(['', '1,000.00']);
    } finally {
      errors.stop();
    }
  });

  it('wipes the patient and the figures when an update throws (a hospital name that cannot be printed)', async () => {
    const errors = pageErrors();
    try {
      const el = await ledger([{ id: 'a1', date: '2017-03-14', selfPaid: '86000' }]);
      await patientOnSlip(el, '患者甲', '445102198001010011');
      el.hospital = { toString() { throw new Error('不能显示的医院名称'); } } as never;
      await el.updateComplete.catch(() => undefined);
      expect(text($(el, '.screen'))).to.not.contain('43,600.00').and.not.contain('86,000.00');
      expect(text(el.shadowRoot!)).to.not.contain('患者甲');
      expectNoPatient(el);
      expect(text($(el, '[part="host-error"]'))).to.contain('台账无法显示主机页面给出的数据').and.contain('不能显示的医院名称');
      // The next patient's rows draw again.
      el.hospital = '';
      el.rows = [{ id: 'b1', date: '2017-05-01', selfPaid: '12000' }];
      await el.updateComplete;
      expect(payouts(el)).to.deep.equal(['1,000.00']);
      expect($(el, '[part="host-error"]')).to.equal(null);
    } finally {
      errors.stop();
    }
  });

  it('a row whose getter throws is a failed update too: nothing of the last patient stays', async () => {
    const errors = pageErrors();
    try {
      const el = await ledger([{ id: 'a1', date: '2017-03-14', selfPaid: '86000' }]);
      await patientOnSlip(el, '患者甲', '445102198001010011');
      el.rows = [{ id: 'b1', get date(): string { throw new Error('bad getter'); }, selfPaid: '12000' }];
      await el.updateComplete;
      expect(text($(el, '.screen'))).to.not.contain('43,600.00');
      expectNoPatient(el);
      expect(text($(el, '[part="host-error"]'))).to.contain('bad getter');
    } finally {
      errors.stop();
    }
  });
});

describe('field 2. rows equal to the current ones from the host are the next patient', () => {
  const template = (): LedgerRow[] => [{ id: 't1', date: '2017-03-14', selfPaid: '50000' }];

  it('wipes the slip details when a host loads an equal template for patient B', async () => {
    const el = await ledger(template());
    await patientOnSlip(el, '王五', '110101199003071234');
    el.rows = template();
    await el.updateComplete;
    expectNoPatient(el);
    $$<HTMLInputElement>(el, 'input[name="slip"]')[0]!.click();
    await el.updateComplete;
    // B's slip: 10,000 + 20,000 × 60% = 22,000.00 (潮府办〔2012〕90号 二（三）), without A's name.
    expect(text($(el, '.slip'))).to.contain('22,000.00').and.not.contain('王五').and.not.contain('110101199003071234');
  });

  it('keeps them for an echo of what the ledger sent, and for the same list set again', async () => {
    const el = await ledger(template());
    el.addEventListener('dbbx-ledger-change', (e) => { el.rows = (e as CustomEvent<{ rows: LedgerRow[] }>).detail.rows; });
    await patientOnSlip(el, '王五', '110101199003071234');
    await typeIn(el, $<HTMLInputElement>(el, 'input.amount')!, '60000');
    expect($<HTMLInputElement>(el, '#patient-name')!.value).to.equal('王五');
    el.rows = el.rows;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#patient-name')!.value).to.equal('王五');
    // 10,000 + 30,000 × 60% = 28,000.00 (二（三）).
    expect(text($(el, '.slip'))).to.contain('28,000.00');
  });
});

describe('field 3. nothing is calculated or printed while a host error stands', () => {
  for (const attr of ['goup="subsistence"', 'shceme="employee"', 'regoin="445100"', 'entry="discharge"', 'lock-region']) {
    it(`<dbbx-ledger region="445100" ${attr}> shows the error and no figures`, async () => {
      const el = await ledger([{ id: 'a', date: '2017-06-01', selfPaid: '50000' }], `region="445100" ${attr}`);
      const name = attr.split('=')[0]!;
      expect(text($(el, '[part="host-error"]'))).to.contain(name);
      expect(payouts(el)).to.deep.equal(['']);
      expect($(el, '[part="total"]')).to.equal(null);
      expect(el.year).to.equal(null);
      expect(text($(el, '.screen'))).to.not.contain('22,000.00').and.not.contain('50,000.00');
      expect($$<HTMLInputElement>(el, 'input[name="slip"]')[0]!.disabled).to.equal(true);
      expect($(el, '.slip')).to.equal(null);
    });
  }

  it('settles once the misspelt attribute is corrected', async () => {
    const el = await ledger([{ id: 'a', date: '2017-06-01', selfPaid: '50000' }], 'region="445100" goup="subsistence"');
    el.removeAttribute('goup');
    el.setAttribute('group', 'subsistence');
    await el.updateComplete;
    await el.updateComplete;
    // 低保对象: (50,000 − 3,000) × 70% = 32,900.00 (粤府办〔2016〕85号 三（三） on 潮府办〔2012〕90号).
    expect(payouts(el)).to.deep.equal(['32,900.00']);
    expect($(el, '[part="host-error"]')).to.equal(null);
  });
});

describe('field 9. a host date the date field cannot show is kept', () => {
  const given = ['2017-03-14T00:00:00', '2017-06-01 00:00:00', '2017/3/5', '2017-6-2'];

  it('shows the given text beside the field and keeps it when the field is focused and left', async () => {
    const el = await ledger(given.map((date, i) => ({ id: `r${i}`, date, selfPaid: '12000' })));
    const sent: LedgerRow[][] = [];
    el.addEventListener('dbbx-ledger-change', (e) => sent.push((e as CustomEvent<{ rows: LedgerRow[] }>).detail.rows));
    given.forEach((date, i) => expect(text(rowsOf(el)[i]!.querySelector('.given-date'))).to.contain(date));
    const first = $<HTMLInputElement>(el, '#date-r0')!;
    first.focus();
    first.blur();
    first.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    const byId = (rows: LedgerRow[]) => given.map((_, i) => rows.find((r) => r.id === `r${i}`)!.date);
    expect(byId(el.rows)).to.deep.equal(given);
    expect(byId(sent.at(-1)!)).to.deep.equal(given);
    expect(notes(el, 0)).to.contain('2017-03-14T00:00:00').and.not.contain('出院日期“”');
    // Picking a date is a change: it replaces the host's text. (12,000 − 10,000) × 50% = 1,000.00 (二（三）).
    first.value = '2017-03-14';
    first.dispatchEvent(new Event('change'));
    first.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(el.rows.find((r) => r.id === 'r0')!.date).to.equal('2017-03-14');
    expect(payouts(el)[0]).to.equal('1,000.00');
    expect(rowsOf(el)[0]!.querySelector('.given-date')).to.equal(null);
  });
});

describe('field 10. duplicate ids from a host', () => {
  it('says so on the row and never gives a row an id the host already has', async () => {
    const el = await ledger([
      { id: 'a', date: '2017-03-14', selfPaid: '8600' },
      { id: 'a', date: '2017-06-02', selfPaid: '23500' },
      { id: 'a~2', date: '2017-09-21', selfPaid: '100' },
    ]);
    expect(notes(el, 1)).to.contain('“a”与第 1 条重复');
    const sent: LedgerRow[][] = [];
    el.addEventListener('dbbx-ledger-change', (e) => sent.push((e as CustomEvent<{ rows: LedgerRow[] }>).detail.rows));
    await typeIn(el, $$<HTMLInputElement>(el, 'input.amount')[2]!, '1000');
    const last = sent.at(-1)!;
    expect(last.map((r) => [r.id, r.selfPaid])).to.deep.equal([['a', '8600'], ['a~3', '23500'], ['a~2', '1000']]);
    // Still said after the edit: the host's two records are still one id.
    expect(notes(el, 1)).to.contain('重复');
    // 8,600 → 0; 32,100 → 10,000 + 2,100 × 60% = 11,260.00; 33,100 → 11,860.00, so 600.00 (二（三）).
    expect(payouts(el)).to.deep.equal(['0.00', '11,260.00', '600.00']);
  });

  it('a row the ledger adds never takes an id the host uses', async () => {
    const el = await ledger([{ id: 'a', date: '2017-03-14', selfPaid: '8600' }]);
    $<HTMLButtonElement>(el, '.add-row')!.click();
    await el.updateComplete;
    const ids = el.rows.map((r) => r.id);
    expect(new Set(ids).size).to.equal(2);
  });
});

describe('field 13. region and dates as hosts write them', () => {
  it('takes a number code and a code with spaces around it', async () => {
    for (const region of [445100, '445100 ', ' 445100']) {
      const el = await ledger([{ id: 'a', date: '2017-06-01', selfPaid: '50000' }], '');
      el.region = region as never;
      await el.updateComplete;
      await el.updateComplete;
      // 10,000 + 20,000 × 60% = 22,000.00 (潮府办〔2012〕90号 二（三）).
      expect(payouts(el), JSON.stringify(region)).to.deep.equal(['22,000.00']);
      expect(text($(el, '.screen'))).to.not.contain('没有地区代码');
    }
  });

  it('says an invalid Date is an invalid date, not null', async () => {
    const el = await ledger([{ id: 'a', date: new Date('x'), selfPaid: '50000' }]);
    expect(notes(el, 0)).to.contain('无效的日期').and.not.contain('收到 null');
  });
});

describe('field 16. discharges on the same date', () => {
  it('warns on both rows that their order decides the split, and which order is used', async () => {
    const el = await ledger([
      { id: 'a', date: '2017-03-14', selfPaid: '8600' },
      { id: 'b', date: '2017-06-02', selfPaid: '23500' },
      { id: 'c', date: '2017-06-02', selfPaid: '61000' },
    ]);
    // Table order: 8,600 → 0; 32,100 → 11,260.00; 93,100 → 10,000 + 63,100 × 60% = 47,860 → 36,600.00 (二（三）).
    expect(payouts(el)).to.deep.equal(['0.00', '11,260.00', '36,600.00']);
    expect(notes(el, 0)).to.not.contain('同日');
    expect(notes(el, 1)).to.contain('与第 3 次同日出院').and.contain('按表中顺序累计（上面的先算）');
    expect(notes(el, 2)).to.contain('与第 2 次同日').and.contain('全年合计不变');
  });
});

describe('field 14. layout at a desk, on a phone and on paper', () => {
  async function xinbeiOpen(): Promise<DbbxLedger> {
    const el = await ledger([{ id: 'a', date: '2022-03-01', selfPaid: '3000', otherSelfPaid: '500',
      excluded: [{ reason: 'new-expensive', amount: '100' }, { reason: 'non-pharmacopoeia', amount: '200' }] }], 'region="320411"');
    $<HTMLButtonElement>(el, 'td button.link')!.click();
    await el.updateComplete;
    return el;
  }

  for (const width of [360, 640]) {
    it(`the excluded-items editor never widens a ${width} px page`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await xinbeiOpen();
        const selects = $$<HTMLSelectElement>(el, '.excluded-editor select');
        expect(selects).to.have.length(2);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        for (const s of selects) expect(s.getBoundingClientRect().right).to.be.at.most(width);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('a 360 px card keeps a row\'s two messages together beside their label', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await ledger([{ id: 'a', date: '2017-03-14T00:00:00', selfPaid: 5 as never, otherSelfPaid: {} as never }]);
      const cell = rowsOf(el)[0]!.querySelector<HTMLElement>('td.notes')!;
      const spans = [...cell.querySelectorAll('span')];
      expect(spans.length).to.be.at.least(2);
      const lefts = new Set(spans.map((s) => Math.round(s.getBoundingClientRect().left)));
      expect([...lefts]).to.have.length(1);
      // The label column (td::before) is to the left of every message.
      expect(spans[0]!.getBoundingClientRect().left).to.be.greaterThan(cell.getBoundingClientRect().left + 50);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const n of [5, 9]) {
    it(`prints a slip with ${n} excluded items on one A4 page, signatures included`, async () => {
      const r = await executeServerCommand<{ pages: number; text: string }, { path: string }>('dbbx-print-pdf',
        { path: `/test/fixtures/slip.html?year=excluded&n=${n}` });
      expect(r!.pages).to.equal(1);
      const t = r!.text.replace(/\s+/g, '');
      // 常开委办〔2021〕143号 三: 23,500 × 100% + 3,000 × 50% = 25,000.00 for this discharge; excluded items pay 0.
      expect(t).to.contain('本次低保对象大病补充保险支付25,000.00元').and.contain('经办人签字').and.contain('患者（家属）签字');
      expect(t).to.contain(`${n}00.00`);
    });
  }
});
