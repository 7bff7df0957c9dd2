// dbbx lint policy.json… — checks operator policy files before they are published: each file on its own, then
// the files with the built-in documents as one set (in the order given, as registerPolicy would take them).
// Every problem at once, each with its file, JSON path and a plain message in Chinese and English.
// Exit code 0: every file is sound; 1: problems (or a file that cannot be read); 2: usage.
import { readFileSync } from 'node:fs';
import { lintPolicies, BUILT_IN_POLICIES, type PolicyProblem } from '../engine/index.js';

export const LINT_HELP = `  dbbx lint FILE.json… [--json]
      Checks policy data files (one policy, or a list of them, per file; see dbbx-policy.schema.json) alone and
      together with the built-in documents. Lists every problem with its file and JSON path, in Chinese and
      English. Exit code 0: all sound; 1: problems found.
`;

interface Found { file: string; path: string; zh: string; en: string }

const jsonPath = (path: string) => (path ? `$${path.startsWith('[') ? '' : '.'}${path}` : '$');

export function lint(args: string[], flags: Record<string, string | true>): number {
  // `--json a.json` reads as a flag with a value: the value is a file.
  const files = typeof flags.json === 'string' ? [flags.json, ...args] : args;
  if (!files.length) {
    process.stderr.write(`dbbx: lint needs at least one policy file\n\n${LINT_HELP}`);
    return 2;
  }
  const found: Found[] = [];
  const entries: { file: string; index: number | null; data: unknown }[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      const why = e instanceof SyntaxError ? e.message : (e as NodeJS.ErrnoException).code ?? String(e);
      found.push({ file, path: '$', zh: `无法读取为 JSON：${why}`, en: `cannot be read as JSON: ${why}` });
      continue;
    }
    if (Array.isArray(data)) data.forEach((d, i) => entries.push({ file, index: i, data: d }));
    else entries.push({ file, index: null, data });
  }
  const results = lintPolicies(entries.map((e) => e.data), BUILT_IN_POLICIES);
  results.forEach((r, i) => {
    const e = entries[i]!;
    for (const p of r.problems as PolicyProblem[]) {
      const path = e.index === null ? p.path : `[${e.index}]${p.path ? (p.path.startsWith('[') ? '' : '.') + p.path : ''}`;
      found.push({ file: e.file, path: jsonPath(path), zh: p.zh, en: p.en });
    }
  });

  if (flags.json) {
    const policies = results.filter((r) => r.policy).map((r) => r.id);
    process.stdout.write(`${JSON.stringify({ ok: found.length === 0, policies, problems: found }, null, 2)}\n`);
    return found.length ? 1 : 0;
  }
  for (const f of found) process.stdout.write(`${f.file}: ${f.path}\n  ${f.zh}\n  ${f.en}\n`);
  const ok = results.filter((r) => r.policy).length;
  process.stderr.write(found.length
    ? `dbbx lint：发现 ${found.length} 个问题 / ${found.length} problem(s) found\n`
    : `dbbx lint：${ok} 个政策版本无误 / ${ok} policy version(s) sound\n`);
  return found.length ? 1 : 0;
}
