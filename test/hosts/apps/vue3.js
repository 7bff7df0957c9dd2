// A Vue 3 desk app (templates compiled in the browser, as Element Plus pages often are): :rows binds the
// property (Vue 3 sets a property the element has), @dbbx-… listens. Vue hands the element its reactive
// proxies of the rows, not plain arrays.
import 'dbbx';
import { createApp } from 'vue';
import { PATIENT_A, PATIENT_B } from './patients.js';

const app = createApp({
  data: () => ({ rows: PATIENT_A, payout: '', cleared: 0 }),
  mounted() { window.host = { next: () => { this.rows = PATIENT_B; } }; },
  template: `
    <dbbx-calculator region="330200" date="2015-06-01" context="desk"
      @dbbx-result="payout = $event.detail.payout" @dbbx-cleared="payout = ''; cleared++"></dbbx-calculator>
    <dbbx-ledger region="330200" :rows="rows"
      @dbbx-ledger-change="rows = $event.detail.rows" @dbbx-cleared="cleared++"></dbbx-ledger>
    <output id="payout">{{ payout }}</output>
    <output id="rows">{{ rows.length }}</output>
    <output id="cleared">{{ cleared }}</output>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('dbbx-');
app.mount('#app');
