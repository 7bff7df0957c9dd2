// Storybook 10 for the dbbx elements. Builds offline: no telemetry, no update or "what's new" look-ups, and
// nothing in the preview fetches from the network (the policies are data inside the engine).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Controls and autodocs come from custom-elements.json, which `npm run build` writes and git ignores. On a
 * fresh clone (`npm ci && npm run build-storybook`) it is missing: write it with the very command `npm run
 * build` ends with (about a second). `--outdir .` keeps package.json's "customElements" field as it is. If
 * that fails, say so and go on: preview.ts loads the manifest optionally, so the stories still render, only
 * without the generated Controls and docs tables.
 */
function ensureManifest(): void {
  if (existsSync(join(root, 'custom-elements.json'))) return;
  try {
    const require = createRequire(import.meta.url);
    const cli = join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
    execFileSync(process.execPath, [cli, 'analyze', '--litelement', '--globs', 'src/elements/**/*.ts', '--outdir', '.', '--quiet'],
      { cwd: root, stdio: 'inherit' });
  } catch (e) {
    console.warn(`[dbbx] custom-elements.json is missing and could not be generated (${(e as Error).message}); ` +
      'run `npm run build` first for Controls and autodocs.');
  }
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // stories/ledger.stories.ts (<dbbx-ledger>) joins through the same glob; test/stories covers any dbbx-* story.
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(vite) {
    ensureManifest();
    return {
      ...vite,
      // `storybook dev`: the renderer imports lit/directive-helpers.js, which Vite would otherwise serve
      // unbundled next to the pre-bundled lit — two copies of lit-html ("Multiple versions of Lit loaded").
      optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
      // Storybook's own preview runtime (docs, a11y/axe, test) is one ~1 MB chunk; that is expected here.
      build: { ...vite.build, chunkSizeWarningLimit: 1500 },
    };
  },
};

export default config;
