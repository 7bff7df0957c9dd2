// Writes dbbx-policy.schema.json (shipped in the package) from the zod schema in src/policies/schema.ts, so an
// editor validates and completes an operator's policy file. test/policies/json-schema.test.ts fails when the
// file is out of date: run `node scripts/policy-schema.mjs` after changing the schema.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'dbbx-schema-'));
try {
  const out = join(dir, 'schema.mjs');
  await build({ entryPoints: ['src/policies/json-schema.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { policyJsonSchema } = await import(pathToFileURL(out).href);
  writeFileSync('dbbx-policy.schema.json', `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
  console.log('wrote dbbx-policy.schema.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
