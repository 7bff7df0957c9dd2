// An esbuild plugin for the one-file bundles: minifies the text of Lit's html`…`, svg`…` and css`…` templates
// (issue 13: their indentation and comments were several KB of every page's first load). Only the static text
// between bindings is touched, never a ${…}, so Lit's bindings and their order are exactly as written.
//  - html / svg: a run of whitespace that holds a line break becomes one space. HTML renders both alike (no
//    element of ours keeps white space: no <pre>, <textarea> or white-space: pre), and single spaces are kept.
//  - css: comments go, white space collapses, and the spaces around { } ; , and after : go (never inside a
//    quoted string).
// The source is read with the TypeScript compiler (a dev dependency already), so a backtick inside a string
// or a nested template is never mistaken for the end of one.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const HTML_TAGS = new Set(['html', 'svg']);

export function minifyHtmlText(raw) {
  return raw.replace(/\s*\n\s*/g, ' ');
}

export function minifyCssText(raw) {
  // Comments go and white space is squeezed outside quoted strings only ('PingFang SC', '：', quotes: '“' '”').
  const parts = [];
  let plain = '';
  for (let i = 0; i < raw.length;) {
    if (raw.startsWith('/*', i)) {
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? raw.length : end + 2;
      plain += ' ';
    } else if (raw[i] === "'" || raw[i] === '"') {
      let j = i + 1;
      while (j < raw.length && raw[j] !== raw[i]) j += raw[j] === '\\' ? 2 : 1;
      parts.push(squeezeCss(plain), raw.slice(i, j + 1));
      plain = '';
      i = j + 1;
    } else plain += raw[i++];
  }
  parts.push(squeezeCss(plain));
  return parts.join('');
}

function squeezeCss(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** The source with every tagged template's static text minified. */
export function minifyTemplates(source, fileName = 'x.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const piece = (node, minify) => {
    // The raw text of a template piece sits between its opening (` or }) and its closing (` or ${).
    const start = node.getStart(file) + 1;
    const closing = ts.isNoSubstitutionTemplateLiteral(node) || node.kind === ts.SyntaxKind.TemplateTail ? 1 : 2;
    const end = node.end - closing;
    const raw = source.slice(start, end);
    const out = minify(raw);
    if (out !== raw) edits.push([start, end, out]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const kind = HTML_TAGS.has(node.tag.text) ? minifyHtmlText : node.tag.text === 'css' ? minifyCssText : null;
      if (kind) {
        const t = node.template;
        if (ts.isNoSubstitutionTemplateLiteral(t)) piece(t, kind);
        else {
          piece(t.head, kind);
          for (const span of t.templateSpans) piece(span.literal, kind);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export const minifyTemplatesPlugin = {
  name: 'dbbx-minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
