// Prints the gzip size of the shipped entries (with the chunks they import) and fails past the budget in
// package.json ("sizeBudget", bytes of gzip).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The entry and every relative module it imports statically, joined as the browser would fetch them. */
function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(join(root, file), 'utf8');
  const deps = [...text.matchAll(/(?:^|[;\s}])(?:import|export)[^'";]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g)]
    .map((m) => join(dirname(file), m[1] ?? m[2]));
  return text + deps.map((d) => withChunks(d, seen)).join('');
}

let over = false;
for (const [file, budget] of Object.entries(pkg.sizeBudget)) {
  const raw = Buffer.from(withChunks(file));
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(1)} KB)`);
}
process.exit(over ? 1 : 0);
