// eslint for dbbx (npm run lint, part of npm test). Shoelace's set for web components: eslint-plugin-wc,
// eslint-plugin-lit and eslint-plugin-lit-a11y, with typescript-eslint's recommended rules (syntax only, so the
// lint stays fast on 2 cores; tsc does the type checking).
import tseslint from 'typescript-eslint';
import wc from 'eslint-plugin-wc';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'test/consumers/**', 'test/hosts/**', 'custom-elements.json', 'docs/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/elements/**/*.ts', 'src/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  lit.configs['flat/recommended'],
  {
    files: ['src/elements/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    rules: {
      // Code, templates and types within 140 columns. A string on its own is exempt: catalogue sentences and the
      // documents' verbatim quotes stay whole, so a line can be found by searching for the text it shows or cites.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: false, ignoreRegExpLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests and declaration merging use these deliberately.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
