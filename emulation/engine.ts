/**
 * Formula evaluation with HyperFormula: one HF sheet per emulated sheet, custom functions
 * dispatched into the loaded script, and the Sheets-only functions Okapi's template relies on.
 */

import { types } from 'node:util';
import {
  ArraySize,
  CellError,
  type CellValue,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  type FunctionMetadata,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type RawCellContent,
  type SimpleCellAddress,
  SimpleRangeValue,
} from 'hyperformula';
import { cellA1 } from './a1';
import { Grid } from './grid';
import { serialFromInstant } from './time';

/** A computed error, as getValues shows it ("#N/A"), with HF's or the script's message. */
export class FormulaError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export type Computed = number | string | boolean | null | FormulaError;

/** The loaded script, as the engine sees it. */
export interface CustomFunctionHost {
  /** Runs a custom function; a throw becomes #ERROR! on the cell. */
  invoke(name: string, args: unknown[]): unknown;
}

export interface EngineOptions {
  now(): number;
  timeZone(): string;
  /** Whether a cell's own number format is a date format (so custom functions get a Date). */
  isDateCell(sheet: number, row: number, column: number): boolean;
  /** Converts a serial to a Date for custom-function arguments. */
  dateOfSerial(serial: number): Date;
}

type Shape = 'scalar' | 'elementwise' | { rows: number; columns: number };

export interface CustomFunctionError {
  cell: string;
  name: string;
  message: string;
}

/** Sheets shows these HF error codes under its own names. */
const SHEETS_ERROR: Record<string, string> = { '#SPILL!': '#REF!', '#CYCLE!': '#REF!' };

/** The minimum an AST node must offer to locate a reference argument. */
interface AddressLike {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}
interface ArgAst {
  type: string;
  reference?: AddressLike;
  start?: AddressLike;
  end?: AddressLike;
}
interface CallAst {
  procedureName: string;
  args: ArgAst[];
}
interface CallState {
  formulaAddress: SimpleCellAddress;
}

function rawNumber(v: unknown): unknown {
  return typeof v === 'object' && v !== null && 'val' in v ? (v as { val: unknown }).val : v;
}

/** A condition's truth as HF reads a BOOLEAN argument (numbers, "TRUE"/"FALSE", blank). */
function truthOf(v: unknown): boolean | CellError {
  if (v instanceof CellError || typeof v === 'boolean') return v;
  if (v === EmptyValue) return false;
  const n = rawNumber(v);
  if (typeof n === 'number') return n !== 0;
  const word = typeof v === 'string' ? v.toUpperCase() : undefined;
  if (word === 'TRUE') return true;
  if (word === 'FALSE' || word === '') return false;
  return new CellError(ErrorType.VALUE);
}

function isDateRich(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || !('getDetailedType' in v)) return false;
  return /DATE|TIME/.test(String((v as { getDetailedType(): string }).getDetailedType()));
}

/** Raw contents as last given to HF, kept so unchanged rewrites and plain reads skip HF. */
interface Mirror {
  cells: Grid<RawCellContent>;
  formulas: number;
  /** Blocks written since the last flush (HF is updated lazily, when a result is needed). */
  pending: { row: number; column: number; rows: number; columns: number }[];
}

/** How a row or column edit moves one sheet's cells (Grid's insertRows, deleteColumns…). */
export interface GridEdit {
  readonly sheet: number;
  readonly move: (cells: Grid<RawCellContent>) => void;
}

/** A value HF computed, as the emulation hands it on: errors as FormulaError, blanks null. */
function computed(v: CellValue | undefined): Computed {
  if (v instanceof DetailedCellError)
    return new FormulaError(SHEETS_ERROR[v.value] ?? v.value, v.message);
  return v === undefined ? null : (v as Computed);
}

function isFormulaContent(v: RawCellContent | undefined): boolean {
  return typeof v === 'string' && v.startsWith('=');
}

export class Engine {
  readonly #hf: HyperFormula;
  readonly #mirrors = new Map<number, Mirror>();
  /** The text HF gave for a formula cell ("sheet:row:column"), with the contents it was read from. */
  readonly #texts = new Map<string, { raw: RawCellContent; text: string }>();
  readonly executions = new Map<string, number>();
  readonly #errors = new Map<string, CustomFunctionError>();
  readonly #shapes = new Map<string, Shape>();
  readonly #reshape = new Map<string, SimpleCellAddress>();
  /** Sheets known to hold (or not) a spilling formula; forgotten on every write. */
  readonly #spilling = new Map<number, boolean>();
  readonly #arrayCells = new Map<string, SimpleCellAddress>();
  #customNames: string[] = [];
  #host: CustomFunctionHost | undefined;
  #settling = false;

  constructor(readonly options: EngineOptions) {
    // HF evaluates only functions its language names: SPARKLINE, which Sheets has and HF lacks,
    // is named here, else every bar would show #NAME? where Sheets draws one.
    HyperFormula.getLanguage('enGB').extendFunctions({ SPARKLINE: 'SPARKLINE' });
    this.#hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      // Sheets tells "é" from "e" in comparisons and lookups (= and MATCH), ignoring case only;
      // HyperFormula ignores accents by default, which would make a formula match a word
      // Sheets would not (emulation/README.md, differences).
      accentSensitive: true,
      maxRows: 10_000_000,
      maxColumns: 18_278,
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), this.#plugin()],
    });
  }

  /** HF, brought up to date first: every direct use of HF goes through here. */
  get hf(): HyperFormula {
    this.flush();
    return this.#hf;
  }

  addSheet(name: string): number {
    this.#hf.addSheet(name);
    const id = this.#hf.getSheetId(name) ?? -1;
    this.#mirrors.set(id, { cells: new Grid(), formulas: 0, pending: [] });
    return id;
  }

  /** Makes the script's functions callable from formulas (after the bundle is loaded). */
  registerCustomFunctions(names: string[], host: CustomFunctionHost): void {
    const builtIn = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
    this.#customNames = names.map((n) => n.toUpperCase()).filter((n) => !builtIn.has(n));
    this.#host = host;
    // HF evaluates only functions its language translates; an identity entry is harmless globally.
    HyperFormula.getLanguage('enGB').extendFunctions(
      Object.fromEntries(this.#customNames.map((n) => [n, n])),
    );
    this.flush();
    this.#hf.updateConfig({
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), this.#plugin()],
    });
  }

  /** The message a custom function threw on a cell ("Sheet!A1"), if it did. */
  customFunctionError(cell: string): CustomFunctionError | undefined {
    return this.#errors.get(cell);
  }

  customFunctionErrors(): CustomFunctionError[] {
    return [...this.#errors.values()];
  }

  /**
   * Structural edits (rows, columns, sheets, names) run on HF directly as one batch; HF rewrites
   * formulas, so the mirrors are rebuilt from it afterwards. A row or column edit of one sheet
   * says how it moves cells (`edit`): that sheet's mirror is moved the same way and only
   * formulas that can have changed are read back from HF (that sheet's, and those naming it
   * elsewhere), instead of serialising every sheet (a refresh grows a 10,000-row history).
   */
  mutate(fn: (hf: HyperFormula) => void, edit?: GridEdit): void {
    this.#spilling.clear();
    this.flush();
    this.#hf.batch(() => fn(this.#hf));
    if (edit === undefined) this.#rebuildMirrors();
    else this.#moveMirrors(edit);
    this.#settle();
  }

  #rebuildMirrors(): void {
    for (const id of this.#mirrors.keys()) {
      if (!this.#hf.doesSheetExist(this.#hf.getSheetName(id) ?? '')) {
        this.#mirrors.delete(id);
        continue;
      }
      const cells = new Grid<RawCellContent>();
      let formulas = 0;
      for (const [i, row] of this.#hf.getSheetSerialized(id).entries()) {
        for (const [j, v] of row.entries()) {
          if (v === null || v === undefined || v === '') continue;
          cells.set(i, j, v);
          if (isFormulaContent(v)) formulas++;
        }
      }
      this.#mirrors.set(id, { cells, formulas, pending: [] });
    }
  }

  #moveMirrors(edit: GridEdit): void {
    const name = this.#hf.getSheetName(edit.sheet) ?? '';
    // A formula names a sheet as typed or quoted ('It''s'); either way its text contains this.
    const mentions = [name, name.replace(/'/g, "''")].map((n) => n.toLowerCase());
    for (const [id, m] of this.#mirrors) {
      if (id === edit.sheet) edit.move(m.cells);
      if (id !== edit.sheet && m.formulas === 0) continue;
      let formulas = 0;
      // Replacing a stored entry in place does not disturb the walk.
      m.cells.forEach((i, j, v) => {
        if (!isFormulaContent(v)) return;
        formulas++;
        const text = String(v).toLowerCase();
        if (id !== edit.sheet && !mentions.some((n) => text.includes(n))) return;
        const current = this.#hf.getCellFormula({ sheet: id, row: i, col: j });
        m.cells.set(i, j, current);
        // HF's own text reads back as itself.
        if (current !== undefined)
          this.#texts.set(`${id}:${i}:${j}`, { raw: current, text: current });
      });
      m.formulas = formulas;
    }
  }

  /** Records new raw contents; only cells that differ from the current ones reach HF. */
  setContents(sheet: number, row: number, column: number, data: RawCellContent[][]): void {
    this.#spilling.clear();
    const m = this.#mirror(sheet);
    let top = Number.POSITIVE_INFINITY;
    let left = Number.POSITIVE_INFINITY;
    let bottom = -1;
    let right = -1;
    for (const [i, cells] of data.entries()) {
      for (const [j, raw] of cells.entries()) {
        const v = raw === null || raw === '' ? undefined : raw;
        const old = m.cells.get(row + i, column + j);
        if (old === v) continue;
        m.formulas += Number(isFormulaContent(v)) - Number(isFormulaContent(old));
        m.cells.set(row + i, column + j, v);
        top = Math.min(top, row + i);
        bottom = Math.max(bottom, row + i);
        left = Math.min(left, column + j);
        right = Math.max(right, column + j);
      }
    }
    if (bottom >= 0)
      m.pending.push({ row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 });
  }

  /** Sends pending writes to HF (which recalculates), then re-enters spills whose shape changed. */
  flush(): void {
    const due = [...this.#mirrors].filter(([, m]) => m.pending.length > 0);
    if (due.length === 0) return;
    this.#hf.batch(() => {
      for (const [sheet, m] of due) {
        for (const b of m.pending.splice(0)) {
          const block = Array.from({ length: b.rows }, (_, i) =>
            Array.from(
              { length: b.columns },
              (_, j) => m.cells.get(b.row + i, b.column + j) ?? null,
            ),
          );
          this.#hf.setCellContents({ sheet, row: b.row, col: b.column }, block);
        }
      }
    });
    this.#settle();
  }

  #mirror(sheet: number): Mirror {
    const m = this.#mirrors.get(sheet);
    if (!m) throw new Error(`No such sheet: ${sheet}`);
    return m;
  }

  isFormula(sheet: number, row: number, column: number): boolean {
    return isFormulaContent(this.#mirror(sheet).cells.get(row, column));
  }

  read(
    sheet: number,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): Computed[][] {
    const m = this.#mirror(sheet);
    if (m.formulas === 0) {
      // Without formulas (hence without spills) the mirror holds every value.
      return Array.from({ length: numRows }, (_, i) =>
        Array.from({ length: numColumns }, (_, j) => {
          const v = m.cells.get(row + i, column + j);
          if (v === undefined || v === null) return null;
          if (typeof v === 'string') return v.startsWith("'") ? v.slice(1) : v;
          return v as number | boolean;
        }),
      );
    }
    this.flush();
    if (!this.#spills(sheet)) {
      // No formula of the sheet spills, so a cell without one holds what was written: the
      // mirror gives it, and HF only the formulas' results (HF's range read builds an address
      // object per cell, the bulk of reading a 10,000-row table).
      const out = new Array<Computed[]>(numRows);
      for (let i = 0; i < numRows; i++) {
        const line = new Array<Computed>(numColumns);
        for (let j = 0; j < numColumns; j++) {
          const v = m.cells.get(row + i, column + j);
          line[j] =
            v === undefined || v === null
              ? null
              : typeof v === 'string'
                ? v.startsWith('=')
                  ? computed(this.#hf.getCellValue({ sheet, row: row + i, col: column + j }))
                  : v.startsWith("'")
                    ? v.slice(1)
                    : v
                : (v as number | boolean);
        }
        out[i] = line;
      }
      return out;
    }
    const values = this.#hf.getRangeValues({
      start: { sheet, row, col: column },
      end: { sheet, row: row + numRows - 1, col: column + numColumns - 1 },
    });
    // HF's arrays are fresh: converted in place, a 10,000-row read copies nothing more.
    const out = values as unknown as Computed[][];
    for (const r of out) for (let j = 0; j < r.length; j++) r[j] = computed(r[j] as CellValue);
    return out;
  }

  /** Whether a formula of the sheet has an array result, as of the last write (cached). */
  #spills(sheet: number): boolean {
    let spills = this.#spilling.get(sheet);
    if (spills === undefined) {
      let found = false;
      this.#mirror(sheet).cells.forEach((row, col, raw) => {
        if (!found && isFormulaContent(raw))
          found = this.#hf.isCellPartOfArray({ sheet, row, col });
      });
      spills = found;
      this.#spilling.set(sheet, spills);
    }
    return spills;
  }

  /**
   * Whether a block holds content: anything written (a formula counts whatever it shows, ""
   * included) or a value spilled into it. The mirror answers for written cells; HF is asked
   * only on a sheet with spills.
   */
  hasContent(
    sheet: number,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): boolean {
    const m = this.#mirror(sheet);
    for (let i = 0; i < numRows; i++)
      for (let j = 0; j < numColumns; j++)
        if (m.cells.get(row + i, column + j) !== undefined) return true;
    if (m.formulas === 0) return false;
    this.flush();
    if (!this.#spills(sheet)) return false;
    return this.read(sheet, row, column, numRows, numColumns).some((line) =>
      line.some((v) => v !== null && v !== ''),
    );
  }

  /** Gives sheet `to` the raw contents of sheet `from` (a duplicated sheet). */
  copyContents(from: number, to: number): void {
    const cells = this.#mirror(from).cells;
    const rows = cells.lastRow() + 1;
    const columns = cells.lastColumn() + 1;
    if (rows === 0) return;
    this.setContents(
      to,
      0,
      0,
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: columns }, (_, j) => cells.get(i, j) ?? null),
      ),
    );
  }

  /** Rows and columns spanned by contents (0-based exclusive ends), spills included. */
  extent(sheet: number): { rows: number; columns: number } {
    const m = this.#mirror(sheet);
    if (m.formulas === 0) return { rows: m.cells.lastRow() + 1, columns: m.cells.lastColumn() + 1 };
    const dims = this.hf.getSheetDimensions(sheet);
    return { rows: dims.height, columns: dims.width };
  }

  /** The formula texts of a block, '' where a cell holds none: one pass over the mirror. */
  formulas(
    sheet: number,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): string[][] {
    const cells = this.#mirror(sheet).cells;
    const out = new Array<string[]>(numRows);
    for (let i = 0; i < numRows; i++) {
      const line = new Array<string>(numColumns).fill('');
      for (let j = 0; j < numColumns; j++)
        if (isFormulaContent(cells.get(row + i, column + j)))
          line[j] = this.formula(sheet, row + i, column + j) ?? '';
      out[i] = line;
    }
    return out;
  }

  formula(sheet: number, row: number, column: number): string | undefined {
    const raw = this.#mirror(sheet).cells.get(row, column);
    if (!isFormulaContent(raw)) return undefined;
    // HF rebuilds the text from its parsed form (~0.2 ms a formula); a cell whose contents did
    // not change since gives the same text again. Structural edits change the contents too.
    const key = `${sheet}:${row}:${column}`;
    const known = this.#texts.get(key);
    if (known !== undefined && known.raw === raw) return known.text;
    const text = this.hf.getCellFormula({ sheet, row, col: column });
    if (text !== undefined) this.#texts.set(key, { raw, text });
    return text;
  }

  /** Whether a formula's number result is a date (TODAY(), DATE(), A1+1 on a date…). */
  isDateResult(sheet: number, row: number, column: number): boolean {
    return /DATE|TIME/.test(this.hf.getCellValueDetailedType({ sheet, row, col: column }));
  }

  /** Called when the clock moves: TODAY() and NOW() are volatile. */
  recalculate(): void {
    this.#spilling.clear();
    this.hf.rebuildAndRecalculate();
  }

  #settle(): void {
    if (this.#settling) return;
    this.#settling = true;
    try {
      for (let pass = 0; pass < 3; pass++) {
        const due = [...this.#reshape.values()];
        for (const addr of this.#arrayCells.values()) {
          const v = this.#hf.getCellValue(addr);
          if (v instanceof DetailedCellError && v.type === ErrorType.SPILL) due.push(addr);
        }
        this.#reshape.clear();
        if (due.length === 0) break;
        this.#hf.batch(() => {
          for (const addr of due) {
            const f = this.#hf.getCellFormula(addr);
            if (f !== undefined) this.#hf.setCellContents(addr, [[f]]);
          }
        });
        if (this.#reshape.size === 0) break;
      }
    } finally {
      this.#settling = false;
    }
  }

  #plugin(): FunctionPluginDefinition {
    const engine = this;
    const implemented: Record<string, FunctionMetadata> = {
      TODAY: { method: 'today', parameters: [], isVolatile: true },
      NOW: { method: 'now', parameters: [], isVolatile: true },
      // HF's own parameters for IF; only the evaluation differs (lazyIf below).
      IF: {
        method: 'lazyIf',
        parameters: [
          { argumentType: FunctionArgumentType.BOOLEAN },
          { argumentType: FunctionArgumentType.SCALAR, passSubtype: true },
          { argumentType: FunctionArgumentType.SCALAR, defaultValue: false, passSubtype: true },
        ],
      },
      SPARKLINE: {
        method: 'sparkline',
        parameters: [{ argumentType: FunctionArgumentType.ANY }],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      },
    };
    for (const name of this.#customNames) {
      implemented[name] = {
        method: 'custom',
        sizeOfResultArrayMethod: 'customSize',
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      };
    }
    class EmulationPlugin extends FunctionPlugin {
      static override implementedFunctions = implemented;

      today(ast: CallAst, state: CallState) {
        return this.#dated(
          ast,
          state,
          Math.floor(serialFromInstant(engine.options.now(), engine.options.timeZone())),
          'NUMBER_DATE',
        );
      }

      now(ast: CallAst, state: CallState) {
        return this.#dated(
          ast,
          state,
          serialFromInstant(engine.options.now(), engine.options.timeZone()),
          'NUMBER_DATETIME',
        );
      }

      /**
       * IF as Sheets evaluates it: the condition, then the one branch it chooses. HF's own IF
       * evaluates both branches first, a cost Sheets does not pay (a guard such as
       * IF(id="","",MAXIFS(…)) scans the history on every empty row), which made the emulation
       * slower than Sheets, never different: the value is the same. A condition that is a
       * range or an array, or a branch that gives one, keeps HF's element-wise IF.
       */
      lazyIf(ast: CallAst, state: CallState) {
        const eager = () =>
          this.runFunction(ast.args as never, state as never, this.metadata('IF'), (c, a, b) =>
            c ? a : b,
          );
        const [test, yes, no] = ast.args;
        if (test === undefined || ast.args.length > 3) return eager();
        const condition = this.evaluateAst(test as never, state as never);
        if (condition instanceof SimpleRangeValue) return eager();
        const truth = truthOf(condition);
        if (truth instanceof CellError) return truth;
        const branch = truth ? yes : no;
        if (branch === undefined) return false;
        const value = this.evaluateAst(branch as never, state as never);
        return value instanceof SimpleRangeValue ? eager() : value;
      }

      /** Stand-in for Sheets' chart-in-a-cell: the bar's value (first argument) or blank. */
      sparkline(ast: CallAst, state: CallState) {
        const first = ast.args[0];
        if (!first) return EmptyValue;
        const v = this.evaluateAst(first as never, state as never);
        const cell = v instanceof SimpleRangeValue ? v.data[0]?.[0] : v;
        const n = rawNumber(cell);
        return typeof n === 'number' ? n : EmptyValue;
      }

      custom(ast: CallAst, state: CallState) {
        return engine.#invoke(ast, state, (a) => this.evaluateAst(a as never, state as never));
      }

      customSize(ast: CallAst, state: CallState): ArraySize {
        const size = engine.#predict(ast, state);
        return size.rows === 1 && size.columns === 1
          ? ArraySize.scalar()
          : new ArraySize(size.columns, size.rows);
      }

      #dated(ast: CallAst, state: CallState, serial: number, type: string) {
        const meta = {
          method: 'today',
          parameters: [],
          returnNumberType: type,
        } as unknown as FunctionMetadata;
        return this.runFunction(ast.args as never, state as never, meta, () => serial);
      }
    }
    return EmulationPlugin as unknown as FunctionPluginDefinition;
  }

  /** Sizes of the range arguments (a custom function is assumed element-wise over them). */
  #elementwise(ast: CallAst, state: CallState): { rows: number; columns: number } {
    let rows = 1;
    let columns = 1;
    for (const arg of ast.args) {
      if (arg.type !== 'CELL_RANGE' || !arg.start || !arg.end) continue;
      const s = arg.start.toSimpleCellAddress(state.formulaAddress);
      const e = arg.end.toSimpleCellAddress(state.formulaAddress);
      rows = Math.max(rows, Math.abs(e.row - s.row) + 1);
      columns = Math.max(columns, Math.abs(e.col - s.col) + 1);
    }
    return { rows, columns };
  }

  /**
   * HF must know a result's size before running the function. Each function starts as scalar;
   * once it returns an array the emulation learns its shape and re-enters the formula.
   */
  #predict(ast: CallAst, state: CallState): { rows: number; columns: number } {
    const shape = this.#shapes.get(ast.procedureName) ?? 'scalar';
    if (shape === 'scalar') return { rows: 1, columns: 1 };
    if (shape === 'elementwise') return this.#elementwise(ast, state);
    return shape;
  }

  #argument(arg: ArgAst, state: CallState, evaluate: (a: ArgAst) => unknown): unknown {
    const value = evaluate(arg);
    const base = state.formulaAddress;
    if (value instanceof SimpleRangeValue) {
      const start =
        arg.type === 'CELL_RANGE' && arg.start ? arg.start.toSimpleCellAddress(base) : undefined;
      return value.data.map((row, i) =>
        row.map((v, j) =>
          this.#scalar(
            v,
            start && this.options.isDateCell(start.sheet, start.row + i, start.col + j),
          ),
        ),
      );
    }
    const at =
      arg.type === 'CELL_REFERENCE' && arg.reference
        ? arg.reference.toSimpleCellAddress(base)
        : undefined;
    return this.#scalar(value, at && this.options.isDateCell(at.sheet, at.row, at.col));
  }

  /** A value as Sheets passes it to a custom function. */
  #scalar(v: unknown, dateCell: boolean | undefined): unknown {
    if (v === EmptyValue || v === undefined || v === null) return '';
    if (v instanceof CellError)
      return v.type === ErrorType.ERROR ? '#ERROR!' : `#${errorName(v.type)}`;
    const n = rawNumber(v);
    if (typeof n === 'number' && (dateCell || isDateRich(v))) return this.options.dateOfSerial(n);
    return n;
  }

  #invoke(ast: CallAst, state: CallState, evaluate: (a: ArgAst) => unknown) {
    const name = ast.procedureName;
    const where = `${this.#hf.getSheetName(state.formulaAddress.sheet)}!${cellA1(state.formulaAddress.row + 1, state.formulaAddress.col + 1)}`;
    const key = `${state.formulaAddress.sheet}:${state.formulaAddress.row}:${state.formulaAddress.col}`;
    this.executions.set(name, (this.executions.get(name) ?? 0) + 1);
    const host = this.#host;
    let result: unknown;
    try {
      if (!host) throw new Error(`Unknown function: ${name}`);
      const args = ast.args.map((a) => this.#argument(a, state, evaluate));
      result = host.invoke(name, args);
      this.#errors.delete(where);
    } catch (e) {
      const message =
        e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
          ? String((e as { message: unknown }).message)
          : String(e);
      this.#errors.set(where, { cell: where, name, message });
      return new CellError(ErrorType.ERROR, message);
    }
    const grid = this.#toGrid(result);
    const predicted = this.#predict(ast, state);
    const rows = grid.length;
    const columns = Math.max(...grid.map((r) => r.length));
    if (rows !== predicted.rows || columns !== predicted.columns) {
      const elementwise = this.#elementwise(ast, state);
      const learned: Shape =
        rows === 1 && columns === 1
          ? 'scalar'
          : rows === elementwise.rows && columns === elementwise.columns
            ? 'elementwise'
            : { rows, columns };
      this.#shapes.set(name, learned);
      this.#reshape.set(key, state.formulaAddress);
    }
    if (predicted.rows === 1 && predicted.columns === 1) return grid[0]?.[0] ?? EmptyValue;
    this.#arrayCells.set(key, state.formulaAddress);
    const fitted = Array.from({ length: predicted.rows }, (_, i) =>
      Array.from({ length: predicted.columns }, (_, j) => grid[i]?.[j] ?? EmptyValue),
    );
    return SimpleRangeValue.onlyValues(fitted as never);
  }

  /** A custom function's result as HF values: arrays to 2-D, Dates to serials, blanks. */
  #toGrid(result: unknown): unknown[][] {
    const cell = (v: unknown): unknown => {
      if (v === null || v === undefined || v === '') return EmptyValue;
      if (types.isDate(v)) return serialFromInstant(v.getTime(), this.options.timeZone());
      if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
      if (typeof v === 'string' || typeof v === 'boolean') return v;
      return String(v);
    };
    if (!Array.isArray(result)) return [[cell(result)]];
    if (result.length === 0) return [[EmptyValue]];
    // A flat array is one row, as in Sheets.
    const rows = result.every((r) => Array.isArray(r)) ? (result as unknown[][]) : [result];
    return rows.map((r) => (r.length === 0 ? [EmptyValue] : r.map(cell)));
  }
}

function errorName(type: ErrorType): string {
  const names: Partial<Record<ErrorType, string>> = {
    [ErrorType.DIV_BY_ZERO]: 'DIV/0!',
    [ErrorType.NA]: 'N/A',
    [ErrorType.NAME]: 'NAME?',
    [ErrorType.NUM]: 'NUM!',
    [ErrorType.REF]: 'REF!',
    [ErrorType.VALUE]: 'VALUE!',
  };
  return names[type] ?? 'ERROR!';
}
