/**
 * npm run bench: measures Okapi against its bars, prints a table and writes
 * bench-results.json. Timings live here, never in pass/fail tests.
 */
import { writeFileSync } from 'node:fs';
import { bundleBytes, bundleLoadMs, throughput } from './functions';

type Result = {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  readonly bar: string;
};

const results: Result[] = [];
const add = (key: string, value: number, unit: string, bar: string): void => {
  results.push({ key, value, unit, bar });
};

const t = throughput();
add('kr_progress_rows_per_s', t.kr_progress_rows_per_s, 'rows/s', '≥ 5,000,000');
add('okr_score_rows_per_s', t.okr_score_rows_per_s, 'rows/s', '≥ 5,000,000');
add('kpi_status_rows_per_s', t.kpi_status_rows_per_s, 'rows/s', '≥ 5,000,000');
add('bundle_bytes', bundleBytes(), 'bytes', '< 61,440');
add('bundle_load_ms', Math.round(bundleLoadMs() * 1000) / 1000, 'ms', '< 10');

const width = Math.max(...results.map((r) => r.key.length));
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(14)}  unit     bar`);
for (const r of results)
  console.log(
    `${r.key.padEnd(width)}  ${r.value.toLocaleString('en-US').padStart(14)}  ${r.unit.padEnd(7)}  ${r.bar}`,
  );
writeFileSync(
  'bench-results.json',
  `${JSON.stringify(Object.fromEntries(results.map((r) => [r.key, r.value])), null, 2)}\n`,
);
console.log('\nwrote bench-results.json');
