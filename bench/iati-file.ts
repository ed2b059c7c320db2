/**
 * The benchmark's IATI 2.03 file: programmes of nine projects each, every project with budgets, transactions
 * and results, as large as asked.
 */
import fs from 'node:fs';

function activity(id: string, parent: string | null, children: string[], i: number): string {
  const year = 2018 + (i % 6);
  const transactions = parent
    ? Array.from({ length: 20 }, (_, t) => `<transaction><transaction-type code="${t % 2 ? '4' : '3'}"/><transaction-date iso-date="${year}-${String((t % 12) + 1).padStart(2, '0')}-15"/><value value-date="${year}-01-01" currency="USD">${1000 + t * 17}.25</value><description><narrative>Payment ${t} for training of prosecutors and judges</narrative></description><provider-org ref="XM-DAC-41114"><narrative>UNDP</narrative></provider-org><receiver-org ref="XM-BENCH-NGO-${t % 7}"><narrative>Partner ${t % 7}</narrative></receiver-org></transaction>`).join('')
    : '';
  const budgets = parent ? Array.from({ length: 4 }, (_, b) => `<budget type="1" status="1"><period-start iso-date="${year + b}-01-01"/><period-end iso-date="${year + b}-12-31"/><value value-date="${year + b}-01-01" currency="USD">${50000 + b * 1000}</value></budget>`).join('') : '';
  const results = parent
    ? Array.from({ length: 3 }, (_, r) => `<result type="${r === 0 ? '2' : '1'}"><title><narrative>Result ${r} of ${id}</narrative></title>${Array.from({ length: 2 }, (_, k) => `<indicator measure="1" ascending="1"><title><narrative>Indicator ${k}</narrative></title><baseline year="${year}" value="${k}"/>${Array.from({ length: 3 }, (_, p) => `<period><period-start iso-date="${year + p}-01-01"/><period-end iso-date="${year + p}-12-31"/><target value="${10 + p}"/><actual value="${8 + p}"/></period>`).join('')}</indicator>`).join('')}</result>`).join('')
    : '';
  return `<iati-activity hierarchy="${parent ? 2 : 1}" default-currency="USD"><iati-identifier>${id}</iati-identifier><reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org><title><narrative>Activity ${id}: support to the rule of law</narrative></title><description><narrative>${'Strengthening criminal justice institutions. '.repeat(8)}</narrative></description><participating-org role="2" ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></participating-org><participating-org role="1" ref="XM-DAC-7" type="10"><narrative>Netherlands</narrative></participating-org><activity-status code="2"/><activity-date type="1" iso-date="${year}-01-01"/><activity-date type="3" iso-date="${year + 4}-12-31"/><recipient-country code="BA" percentage="60"/><recipient-country code="EG" percentage="40"/><sector vocabulary="1" code="15130" percentage="100"/>${parent ? `<related-activity ref="${parent}" type="1"/>` : children.map((c) => `<related-activity ref="${c}" type="2"/>`).join('')}${budgets}${transactions}${results}</iati-activity>\n`;
}

/** Writes a file of about `targetMb` MB to `file`, an activity at a time (the text is never held whole). */
export function generateIatiFile(file: string, targetMb: number): { bytes: number; activities: number } {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n');
  let bytes = 0;
  let activities = 0;
  for (let p = 0; bytes < targetMb * 1024 * 1024; p++) {
    const parent = `XM-BENCH-P${p}`;
    const children = Array.from({ length: 9 }, (_, c) => `${parent}-${c}`);
    for (const text of [activity(parent, null, children, p), ...children.map((c, i) => activity(c, parent, [], p + i))]) {
      bytes += fs.writeSync(out, text);
      activities++;
    }
  }
  fs.writeSync(out, '</iati-activities>\n');
  fs.closeSync(out);
  return { bytes: fs.statSync(file).size, activities };
}
