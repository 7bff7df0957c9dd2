// Must NOT type-check: a typo'd detail field is caught (the event map is real, not `any`).
import 'dbbx';
document.createElement('dbbx-calculator').addEventListener('dbbx-result', (e) => e.detail.payuot);
