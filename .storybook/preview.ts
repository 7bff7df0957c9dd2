/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
// The framework package re-exports @storybook/web-components (the renderer), so this is the renderer's
// setCustomElementsManifest without importing a package that is not a direct dependency.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { manifest } from './manifest.js';
import { manifestControls } from './argtypes.js';
import '../src/index.ts'; // registers every dbbx element (calculator, breakdown, ledger…)

if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('[dbbx] custom-elements.json not found: Controls and autodocs tables are empty. Run `npm run build`.');
}

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [manifestControls],
  parameters: {
    // The --dbbx-color-* custom properties from the manifest get colour pickers; the stories' render
    // functions apply every --dbbx-* arg to the element's style, so those Controls theme the element live.
    controls: { expanded: true, matchers: { color: /^--dbbx-color-/ } },
  },
};

export default preview;
