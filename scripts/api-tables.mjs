// The README's element reference, made from custom-elements.json (runs in Node and in the browser tests,
// which check that the README says what the manifest says).
const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();

export function apiTables(manifest) {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [];
  for (const d of elements) {
    out.push(`### \`<${d.tagName}>\``, '', esc(d.description), '');
    const attrs = (d.attributes ?? []).filter((a) => !a.name.startsWith('_'));
    if (attrs.length) {
      out.push('| attribute | type | meaning |', '|---|---|---|');
      for (const a of attrs) out.push(`| \`${a.name}\` | ${esc(a.type?.text)} | ${esc(a.description)} |`);
      out.push('');
    }
    const props = (d.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && m.privacy !== 'private' && m.privacy !== 'protected'
      && !m.static && m.description && !(d.attributes ?? []).some((a) => a.fieldName === m.name));
    if (props.length) {
      out.push('| property | type | meaning |', '|---|---|---|');
      for (const m of props) out.push(`| \`${m.name}\` | ${esc(m.type?.text)} | ${esc(m.description)} |`);
      out.push('');
    }
    const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description
      && !['render', 'willUpdate', 'updated', 'connectedCallback', 'disconnectedCallback', 't'].includes(m.name));
    if (methods.length) {
      out.push('| method | what it does |', '|---|---|');
      for (const m of methods) {
        const params = (m.parameters ?? []).map((p) => p.name).join(', ');
        out.push(`| \`${m.name}(${params})\` | ${esc(m.description)} |`);
      }
      out.push('');
    }
    if (d.events?.length) {
      out.push('| event | detail |', '|---|---|');
      for (const e of d.events) out.push(`| \`${e.name}\` | ${esc(e.description)} |`);
      out.push('');
    }
    if (d.cssParts?.length) {
      out.push(`| part (\`${d.tagName}::part(…)\`) | what it is |`, '|---|---|');
      for (const p of d.cssParts) out.push(`| \`${p.name}\` | ${esc(p.description)} |`);
      out.push('');
    }
  }
  const props = new Map();
  for (const d of elements) for (const c of d.cssProperties ?? []) props.set(c.name, c.description);
  if (props.size) {
    out.push('### Theme: CSS custom properties (every element)', '', '| property | what it sets |', '|---|---|');
    for (const [name, desc] of props) out.push(`| \`${name}\` | ${esc(desc)} |`);
    out.push('');
  }
  return out.join('\n').trim();
}

export const START = '<!-- api:start (generated from custom-elements.json by npm run docs) -->';
export const END = '<!-- api:end -->';

/** The README with its generated section replaced. */
export function withApi(readme, manifest) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error('README.md has no api:start / api:end markers');
  return `${readme.slice(0, a + START.length)}\n${apiTables(manifest)}\n${readme.slice(b)}`;
}
