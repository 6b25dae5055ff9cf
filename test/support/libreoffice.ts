/**
 * The exported .xlsx as LibreOffice computes it: workbooks filled with ExcelJS, recalculated
 * by headless LibreOffice, read back cell by cell as the spreadsheet shows them, and compared
 * with the core. Never skipped: where LibreOffice is missing the tests fail saying what to
 * install (programs.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Lang } from '../../src/core/lang';
import { isProblem, type Problem } from '../../src/core/problem';
import type { Located } from '../../src/workbook/layout/columns';
import type { TableSheet } from '../../src/workbook/layout/tables';
import { locateTable, SEARCH_ROWS } from '../../src/workbook/sheets/locate';
import { sofficePath } from './programs';

/** What a person types into a cell. */
export type Value = number | string | boolean | null;

/** A cell as the spreadsheet shows it: a formula's result, "" for blank, errors kept. */
export type Shown = Exclude<Value, null> | { readonly error: string };

/**
 * The workbooks, by name, as LibreOffice recalculates them. A private profile sets "recalculate
 * on load: always" for OOXML (its default is "never", which would keep whatever results a file
 * carries), and converting xlsx → xlsx saves every computed value back as the cells' cached
 * results. One LibreOffice run converts them all: its start-up is most of the time.
 */
export async function recalculate<K extends string>(
  books: Readonly<Record<K, ExcelJS.Workbook>>,
): Promise<Record<K, ExcelJS.Workbook>> {
  const work = mkdtempSync(join(tmpdir(), 'okapi-lo-'));
  try {
    const names = Object.keys(books) as K[];
    const file = (dir: string, name: K): string => join(dir, `${name}.xlsx`);
    for (const name of names)
      writeFileSync(file(work, name), Buffer.from(await books[name].xlsx.writeBuffer()));
    const out = join(work, 'out');
    mkdirSync(out);
    convert(
      names.map((name) => file(work, name)),
      out,
      join(work, 'profile'),
    );
    const read = async (name: K): Promise<[K, ExcelJS.Workbook]> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file(out, name));
      return [name, wb];
    };
    return Object.fromEntries(await Promise.all(names.map(read))) as Record<K, ExcelJS.Workbook>;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function convert(files: readonly string[], outDir: string, profile: string): void {
  mkdirSync(join(profile, 'user'), { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item('OOXMLRecalcMode')}${item('ODFRecalcMode')}</oor:items>\n`,
  );
  const result = spawnSync(
    sofficePath(),
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`soffice failed (${result.status}): ${result.error ?? result.stderr}`);
}

/** A table's sheet, by its name in the workbook's language. */
export function sheetOf(workbook: ExcelJS.Workbook, table: TableSheet, lang: Lang) {
  const sheet = workbook.getWorksheet(table.name[lang]);
  if (!sheet) throw new Error(`no sheet ${table.name[lang]}`);
  return sheet;
}

/** The table's columns, found by header as the add-on finds them. */
export function locate(sheet: ExcelJS.Worksheet, table: TableSheet): Located {
  const top: unknown[][] = [];
  for (let r = 1; r <= SEARCH_ROWS; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) row.push(plain(sheet.getCell(r, c)));
    top.push(row);
  }
  const at = locateTable(top, table);
  if (at === null) throw new Error(`table ${table.key} not found`);
  return at;
}

export function columnOf(at: Located, key: string): number {
  const c = at.columns[key];
  if (c === undefined) throw new Error(`column ${key} not found`);
  return c;
}

/** What a cell shows: a formula's cached result, else what was typed. */
export function plain(cell: ExcelJS.Cell): Shown {
  if (cell.type === ExcelJS.ValueType.Formula) {
    // exceljs types the result without its error case ({ error: '#N/A' }), hence unknown.
    const r: unknown = cell.result;
    if (r === undefined || r === null) return '';
    if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean') return r;
    if (r instanceof Date) return r.getTime();
    return { error: String((r as { error?: unknown }).error) };
  }
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'object') return 'error' in v ? { error: String(v.error) } : String(v);
  return v;
}

/** Types a value into a cell, as a person would; undefined, null and "" leave it blank. */
export function typeInto(
  sheet: ExcelJS.Worksheet,
  row: number,
  column: number,
  v: Value | undefined,
): void {
  if (v !== undefined && v !== null && v !== '') sheet.getCell(row, column).value = v;
}

/** What the spreadsheet must show for a core result: the number, blank, or an error. */
export function expectCell(
  actual: Shown,
  expected: number | string | null | Problem,
  where: string,
): void {
  if (expected === null) expect(actual, where).toBe('');
  else if (isProblem(expected)) expect(actual, where).toHaveProperty('error');
  else if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), where).toBeLessThan(1e-9);
  } else expect(actual, where).toBe(expected);
}
