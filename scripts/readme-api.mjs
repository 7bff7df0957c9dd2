// npm run docs: rewrites the README's element reference from custom-elements.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { withApi } from './api-tables.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
writeFileSync('README.md', withApi(readFileSync('README.md', 'utf8'), manifest));
console.log('README.md: element reference regenerated from custom-elements.json');
