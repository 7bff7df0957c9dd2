// A CommonJS consumer on Node 20.19+ / 22 / 24: require() of dbbx's ES module entry (issue 13:
// ERR_PACKAGE_PATH_NOT_EXPORTED while exports had only "import").
const assert = require('node:assert/strict');
const { calculate, toChineseCapital } = require('dbbx/engine');

// 甬政办发〔2013〕268号 五: 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 72,500.00.
const r = calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '150000' });
assert.equal(r.payout, '72500.00');
assert.equal(toChineseCapital(r.payout), '柒万贰仟伍佰元整');
console.log(`require('dbbx/engine') on Node ${process.version}: ${r.payout}`);
