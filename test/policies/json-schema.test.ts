// dbbx-policy.schema.json ships in the package so an editor validates and completes an operator's file. It is
// generated from the zod schema (node scripts/policy-schema.mjs); this test fails when it is out of date.
import { expect } from '@open-wc/testing';
import { policyJsonSchema } from '../../src/policies/json-schema.js';

describe('dbbx-policy.schema.json', () => {
  it('is the JSON Schema generated from the zod schema, up to date', async () => {
    const res = await fetch('/dbbx-policy.schema.json');
    expect(res.ok).to.equal(true);
    const shipped = await res.json() as Record<string, unknown>;
    expect(shipped, 'run: node scripts/policy-schema.mjs').to.deep.equal(policyJsonSchema());
  });

  it('says in the schema what an editor needs: money to the 分, ratios to 4 decimals, no unknown keys', async () => {
    const s = policyJsonSchema() as { $defs: Record<string, { pattern?: string }>; oneOf: { additionalProperties?: boolean }[] };
    expect(s.$defs.money!.pattern).to.equal('^\\d+(\\.\\d{1,2})?$');
    expect(s.$defs.ratio!.pattern).to.equal('^\\d+(\\.\\d{1,4})?$');
    expect(s.oneOf.map((o) => o.additionalProperties)).to.deep.equal([false, false]);
    const pkg = await (await fetch('/package.json')).json() as { files: string[] };
    expect(pkg.files).to.include('dbbx-policy.schema.json');
  });
});
