// eslint for dbbx (npm run lint, part of npm test). Shoelace's set for web components: eslint-plugin-wc,
// eslint-plugin-lit and eslint-plugin-lit-a11y, with typescript-eslint's recommended rules (syntax only, so the
// lint stays fast on 2 cores; tsc does the type checking).
import tseslint from 'typescript-eslint';
import wc from 'eslint-plugin-wc';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'test/consumers/**', 'custom-elements.json', 'docs/**'] },
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
      // Lines over 140 columns are reported, not yet failed: the long lines left in src/ are reformatted in one
      // commit by the lead (CONTRIBUTING.md), then this becomes an error.
      'max-len': ['warn', { code: 140, ignoreUrls: true, ignoreStrings: false, ignoreTemplateLiterals: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests and declaration merging use these deliberately.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Found by the first lint run in files others are editing (issue 13 report): an unused import and variable in
    // the fund element, an `any` in a test. Reported, not failed, until their owners fix them; then drop this.
    files: ['src/elements/fund/fund.ts', 'test/policies/policies.test.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'warn', '@typescript-eslint/no-explicit-any': 'warn' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
