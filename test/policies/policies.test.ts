import { expect } from '@open-wc/testing';
import {
  BUILT_IN_POLICIES, registerPolicy, resetPolicies, calculate, listPolicies, resolvePolicy, DbbxPolicyError,
  type PolicyInput,
} from '../../src/engine/index.js';

const SOURCES: Record<string, string> = {
  '甬政办发〔2013〕268号': '000_c6c496840cc25170.txt',
  '江阴市城乡居民大病保险制度': '001_b3c45ad304b27e32.txt',
  '粤府办〔2016〕85号': '002_c144ada7e54e85c0.txt',
  '常开委办〔2021〕143号': '003_e35332ce8f548eb1.txt',
  '潮府办〔2012〕90号': '004_b192086354abfe7e.txt',
};

interface Cite { document: string; clause: string; quote: string }
function citations(v: unknown, out: Cite[] = []): Cite[] {
  if (Array.isArray(v)) v.forEach((x) => citations(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.document === 'string' && typeof o.quote === 'string') out.push(o as unknown as Cite);
    else Object.values(o).forEach((x) => citations(x, out));
  }
  return out;
}
const squash = (s: string) => s.replace(/\s+/g, '');

function policyError(data: unknown): DbbxPolicyError {
  try { registerPolicy(data); } catch (e) {
    expect(e).to.be.instanceOf(DbbxPolicyError);
    return e as DbbxPolicyError;
  }
  expect.fail('registerPolicy should have refused this data');
  return null!;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const ningbo = () => clone(BUILT_IN_POLICIES[0]) as PolicyInput & { kind: 'city' };

describe('policy data', () => {
  afterEach(() => resetPolicies());

  it('quotes every cited figure verbatim from its source document', async () => {
    const all = BUILT_IN_POLICIES.flatMap((p) => citations(p));
    expect(all.length).to.be.greaterThan(60);
    const texts: Record<string, string> = {};
    for (const [doc, file] of Object.entries(SOURCES)) {
      const res = await fetch(`/docs/sources/${file}`);
      expect(res.ok, file).to.equal(true);
      texts[doc] = squash(await res.text());
    }
    const missing = all.filter((c) => !texts[c.document]?.includes(squash(c.quote)));
    expect(missing.map((c) => `${c.document} ${c.clause}: ${c.quote}`)).to.deep.equal([]);
  });

  it('lists the four cities and the Guangdong overlay for pickers', () => {
    const list = listPolicies();
    expect(list.map((p) => [p.kind, p.region, p.name.zh])).to.deep.equal([
      ['city', '320281', '江阴市'],
      ['city', '320411', '常州市新北区'],
      ['city', '330200', '宁波市（市区）'],
      ['city', '445100', '潮州市'],
      ['overlay', '440000', '广东省'],
    ]);
    const chaozhou = list.find((p) => p.region === '445100')!;
    expect(chaozhou.province).to.deep.equal({ code: '440000', zh: '广东省', en: 'Guangdong' });
    expect(chaozhou.versions[0]).to.deep.include({ documentNo: '潮府办〔2012〕90号', effectiveFrom: '2013-01-01', effectiveTo: null });
    expect(chaozhou.versions[0]!.schemes).to.deep.equal(['resident', 'employee']);
    expect(list.find((p) => p.region === '320411')!.versions[0]!.usesOtherSelfPaid).to.equal(true);
  });

  it('resolves the groups a picker should offer, overlays included, on the date', () => {
    expect(resolvePolicy('445100', '2015-06-01', 'resident').groups.map((g) => g.group)).to.deep.equal(['general']);
    const r = resolvePolicy('445100', '2017-06-01', 'resident');
    expect(r.groups.map((g) => [g.group, g.threshold])).to.deep.equal([
      ['general', '10000.00'], ['extreme-poverty', '2000.00'], ['registered-poor', '3000.00'], ['subsistence', '3000.00'],
    ]);
    expect(r.overlays.map((o) => o.id)).to.deep.equal(['guangdong-2016-85']);
    expect(resolvePolicy('445100', '2017-06-01', 'employee').groups.map((g) => g.group)).to.deep.equal(['general']);
    const x = resolvePolicy('320411', '2022-01-01');
    expect(x.scheme).to.equal('resident');
    expect(x.eligibleGroups).to.deep.equal(['subsistence']);
    expect(x.otherSelfPaid).to.deep.include({ ratio: '0.5', limit: null });
    expect(x.exclusions.map((e) => e.item)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('lets an operator register a newer version, which wins from its date on', () => {
    const v = ningbo();
    v.id = 'ningbo-operator-2020';
    v.effectiveFrom = { date: '2020-01-01', citation: { document: '运营方测试数据', clause: '1', quote: '测试' } };
    v.schemes.resident!.threshold.amount = '25000';
    v.schemes.resident!.tiers[0]!.from = '25000';
    registerPolicy(v);
    const req = { region: '330200', scheme: 'resident' as const, selfPaid: '50000' };
    // 2015 keeps the document: (50,000 − 20,000) × 50% = 15,000.00.
    expect(calculate({ ...req, date: '2015-06-01' }).payout).to.equal('15000.00');
    // 2021 takes the operator's version: (50,000 − 25,000) × 50% = 12,500.00.
    const r = calculate({ ...req, date: '2021-06-01' });
    expect(r.payout).to.equal('12500.00');
    expect(r.policy.id).to.equal('ningbo-operator-2020');
    expect(listPolicies().find((p) => p.region === '330200')!.versions.map((x) => x.id)).to.deep.equal(['ningbo-2013-268', 'ningbo-operator-2020']);
    // A date before both versions lists each, apart.
    try { calculate({ ...req, date: '2013-01-01' }); expect.fail('should refuse'); } catch (e) {
      expect((e as { issues: { zh: string }[] }).issues[0]!.zh).to.contain('2014-09-01 起；甬政办发〔2013〕268号 2020-01-01 起。');
    }
  });

  it('applies the Guangdong overlay to an operator\'s Guangdong city too', () => {
    const v = clone(BUILT_IN_POLICIES[4]) as PolicyInput & { kind: 'city' };
    v.id = 'operator-test-city';
    v.region = { code: '445199', zh: '测试市', en: 'Test city' };
    registerPolicy(v);
    // Same figures as Chaozhou, so 低保 in 2017: (30,000 − 3,000) × 70% = 18,900.00.
    expect(calculate({ region: '445199', date: '2017-06-01', scheme: 'resident', group: 'subsistence', selfPaid: '30000' }).payout).to.equal('18900.00');
  });

  it('refuses bad data, naming each bad path in Chinese and English', () => {
    // Deliberately malformed data reaches into any path: the schema, not the type system, must catch it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const v = ningbo() as unknown as Record<string, any>;
    v.schemes.resident.thresold = v.schemes.resident.threshold;
    v.schemes.resident.tiers[1].ratio = '55%';
    delete v.document.title;
    const e = policyError(v);
    const byPath = Object.fromEntries(e.problems.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).to.deep.equal(['document.title', 'schemes.resident', 'schemes.resident.tiers[1].ratio']);
    expect(byPath['document.title']).to.deep.include({ zh: '缺少此项。', en: 'is missing.' });
    expect(byPath['schemes.resident']!.en).to.contain('unknown keys: thresold');
    expect(byPath['schemes.resident.tiers[1].ratio']!.zh).to.contain('十进制');
    expect(e.message).to.contain('schemes.resident.tiers[1].ratio').and.contain('Invalid policy data');
  });

  it('refuses tiers that do not join up, ratios above 100% and impossible dates', () => {
    const v = ningbo();
    v.schemes.resident!.tiers[1]!.from = '60000';
    v.schemes.resident!.tiers[2]!.ratio = '1.2';
    v.effectiveFrom.date = '2014-02-30';
    const e = policyError(v);
    expect(e.problems.map((p) => p.path)).to.deep.equal([
      'effectiveFrom.date', 'schemes.resident.tiers[1].from', 'schemes.resident.tiers[2].ratio',
    ]);
    expect(e.problems[1]!.en).to.contain('contiguous');
  });

  it('refuses a policy kind it does not know', () => {
    expect(policyError({ kind: 'county' }).problems[0]!.path).to.equal('kind');
  });
});
