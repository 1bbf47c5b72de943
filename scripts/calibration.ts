/**
 * `npm run calibration`: writes docs/calibration.md from the catalogue.
 * `npm run calibration -- --check`: exits 1 when the file differs (the unit test does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { renderCalibration } from './calibration/render';

const path = new URL('../docs/calibration.md', import.meta.url);
const text = renderCalibration(CATALOGUE);
if (process.argv.includes('--check')) {
  const current = readFileSync(path, 'utf8');
  if (current !== text) {
    console.error('docs/calibration.md is out of date: run `npm run calibration`.');
    process.exit(1);
  }
} else {
  writeFileSync(path, text);
  console.log(`wrote docs/calibration.md (${text.length} characters)`);
}
