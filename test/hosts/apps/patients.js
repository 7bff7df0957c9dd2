// Two patients in a row at one Ningbo desk (甬政办发〔2013〕268号 五、保障范围: threshold 20,000; 50% to 50,000,
// 55% to 100,000, 60% above), the same in every host app so each host is checked against the same figures.
export const PATIENT_A = [
  { id: 'a1', date: '2015-03-01', selfPaid: '30000' },
  { id: 'a2', date: '2015-06-01', selfPaid: '120000' },
];
export const PATIENT_B = [{ id: 'b1', date: '2015-09-01', selfPaid: '25000' }];
