// A Vue 2.7 desk app (Element UI era): Vue 2 binds objects as attributes unless told `.prop`, and makes the
// rows reactive with its own getters and an __ob__ property on every array and row.
import 'dbbx';
import Vue from 'vue';
import { PATIENT_A, PATIENT_B } from './patients.js';

Vue.config.ignoredElements = [/^dbbx-/];
new Vue({
  el: '#app',
  data: () => ({ rows: PATIENT_A, payout: '', cleared: 0 }),
  mounted() { window.host = { next: () => { this.rows = PATIENT_B; } }; },
  template: `<div>
    <dbbx-calculator region="330200" date="2015-06-01" context="desk"
      @dbbx-result="payout = $event.detail.payout" @dbbx-cleared="payout = ''; cleared++"></dbbx-calculator>
    <dbbx-ledger region="330200" :rows.prop="rows"
      @dbbx-ledger-change="rows = $event.detail.rows" @dbbx-cleared="cleared++"></dbbx-ledger>
    <output id="payout">{{ payout }}</output>
    <output id="rows">{{ rows.length }}</output>
    <output id="cleared">{{ cleared }}</output></div>`,
});
