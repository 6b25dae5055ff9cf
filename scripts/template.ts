/**
 * npm run template -- [--lang en|fr] [--out okr-template.xlsx] [--examples]
 * Writes the OKR template as an .xlsx file for people outside Sheets.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { templateWorkbook } from '../export/xlsx';
import { parseLang } from '../src/core/lang';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    out: { type: 'string', default: 'okr-template.xlsx' },
    examples: { type: 'boolean', default: false },
  },
});

const lang = parseLang(values.lang);
if (lang === null) {
  console.error(`Unknown language "${values.lang}": use en or fr.`);
  process.exit(2);
}
const template = templateWorkbook({ lang, examples: values.examples });
const out = resolve(values.out);
writeFileSync(out, Buffer.from(await template.workbook.xlsx.writeBuffer()));
console.log(`Wrote ${out} (${lang}): ${template.sheets.join(', ')}`);
if (values.examples) console.log(`Pre-filled ${template.exampleRows} example OKR rows.`);
