#!/usr/bin/env node
// dbbx batch | dbbx settle: see dist/cli.js (built from src/cli/dbbx.ts by npm run build).
import '../dist/cli.js';
