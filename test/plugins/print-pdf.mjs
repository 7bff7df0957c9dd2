// Test-runner command 'dbbx-print-pdf' { path } → { pages, text } of that page printed by real Chromium.
import { printToPdf, printedPixels } from '../../scripts/print-pdf.mjs';

export function printPdfPlugin() {
  let origin = '';
  return {
    name: 'dbbx-print-pdf',
    serverStart({ config }) {
      origin = `http://${config.hostname || 'localhost'}:${config.port}`;
    },
    executeCommand({ command, payload }) {
      if (command === 'dbbx-print-pixels') return printedPixels(`${origin}${payload.path}`, payload.rgb);
      if (command !== 'dbbx-print-pdf') return undefined;
      return printToPdf(`${origin}${payload.path}`);
    },
  };
}
