/**
 * The developer metadata a script sees: DeveloperMetadata, DeveloperMetadataLocation,
 * DeveloperMetadataFinder and their two enums, over the document's DeveloperMetadataStore.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * (and -location, -finder on the same site).
 */
import type { GridRange, OpenAxes } from './a1';
import { SERVICE } from './calls';
import type {
  MetadataEntry,
  MetadataLocation,
  MetadataLocationType,
  MetadataVisibility,
} from './developer-metadata';
import type { DocumentModel } from './document';
import { Range } from './range';
import { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';
import { Spreadsheet } from './spreadsheet';

/**
 * An Apps Script enum value. These two enums are objects, not strings like the emulation's
 * others, because addDeveloperMetadata(key, x) reads x as a visibility or as a value by its type.
 */
export class EnumValue<N extends string = string> {
  readonly #name: N;

  constructor(name: N) {
    this.#name = name;
  }
  name(): N {
    return this.#name;
  }
  toString(): N {
    return this.#name;
  }
  toJSON(): N {
    return this.#name;
  }
}

export const VISIBILITY: Readonly<Record<MetadataVisibility, EnumValue<MetadataVisibility>>> =
  Object.freeze({ DOCUMENT: new EnumValue('DOCUMENT'), PROJECT: new EnumValue('PROJECT') });

export const LOCATION_TYPE: Readonly<
  Record<MetadataLocationType, EnumValue<MetadataLocationType>>
> = Object.freeze({
  SPREADSHEET: new EnumValue('SPREADSHEET'),
  SHEET: new EnumValue('SHEET'),
  ROW: new EnumValue('ROW'),
  COLUMN: new EnumValue('COLUMN'),
});

/** Sheets' refusal of Range.addDeveloperMetadata on anything but one whole row or column. */
export const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

function typeName(v: unknown): string {
  if (v instanceof EnumValue) return 'SpreadsheetApp.Enum';
  if (typeof v === 'string') return 'String';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'Object' : typeof v;
}

/** Apps Script's message for arguments of the wrong type or number. */
function mismatch(method: string, args: unknown[]): Error {
  return new Error(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

function enumName<N extends string>(
  values: Readonly<Record<N, EnumValue<N>>>,
  v: unknown,
  method: string,
): N {
  const found = (Object.values(values) as EnumValue<N>[]).find((e) => e === v);
  if (!found) throw mismatch(method, [v]);
  return found.name();
}

function text(v: unknown, method: string): string {
  if (typeof v !== 'string') throw mismatch(method, [v]);
  return v;
}

/** addDeveloperMetadata(key[, value][, visibility]) of Spreadsheet, Sheet and Range. */
export function addMetadata(
  doc: DocumentModel,
  method: string,
  location: MetadataLocation,
  args: unknown[],
): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || args.length > 3) throw mismatch(method, args);
  let value: string | null = null;
  let visibility: MetadataVisibility = 'DOCUMENT';
  if (args.length === 2 && second instanceof EnumValue)
    visibility = enumName(VISIBILITY, second, method);
  else if (args.length >= 2) {
    if (typeof second !== 'string') throw mismatch(method, args);
    value = second;
    if (args.length === 3) visibility = enumName(VISIBILITY, third, method);
  }
  doc.developerMetadata.add(key, value, visibility, location);
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  switch (a.type) {
    case 'SPREADSHEET':
      return b.type === 'SPREADSHEET';
    case 'SHEET':
      return b.type === 'SHEET' && b.sheet === a.sheet;
    default:
      return b.type === a.type && b.sheet === a.sheet && b.index === a.index;
  }
}

/** getDeveloperMetadata(): the metadata on exactly this location, nothing inside it. */
export function metadataAt(doc: DocumentModel, location: MetadataLocation): DeveloperMetadata[] {
  return doc.developerMetadata
    .entries()
    .filter((e) => sameLocation(e.location, location))
    .map((e) => new DeveloperMetadata(doc, e.id));
}

export class DeveloperMetadata {
  readonly [SERVICE] = 'DeveloperMetadata';
  readonly #doc: DocumentModel;
  readonly #id: number;

  constructor(doc: DocumentModel, id: number) {
    this.#doc = doc;
    this.#id = id;
  }

  /** The live entry; one removed (by remove() or with its row, column or sheet) is gone. */
  #entry(): MetadataEntry {
    const entry = this.#doc.developerMetadata.get(this.#id);
    if (!entry) throw new Error(`Developer metadata ${this.#id} does not exist.`);
    return entry;
  }

  getId(): number {
    return this.#id;
  }
  getKey(): string {
    return this.#entry().key;
  }
  getValue(): string | null {
    return this.#entry().value;
  }
  getVisibility(): EnumValue<MetadataVisibility> {
    return VISIBILITY[this.#entry().visibility];
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.#doc, this.#entry().location);
  }
  setKey(key: string): DeveloperMetadata {
    this.#entry().key = text(key, 'DeveloperMetadata.setKey');
    return this;
  }
  setValue(value: string): DeveloperMetadata {
    this.#entry().value = text(value, 'DeveloperMetadata.setValue');
    return this;
  }
  setVisibility(visibility: EnumValue): DeveloperMetadata {
    this.#entry().visibility = enumName(VISIBILITY, visibility, 'DeveloperMetadata.setVisibility');
    return this;
  }
  remove(): void {
    this.#entry();
    this.#doc.developerMetadata.remove(this.#id);
  }
  moveToColumn(column: Range): DeveloperMetadata {
    return this.#moveTo(column, 'COLUMN');
  }
  moveToRow(row: Range): DeveloperMetadata {
    return this.#moveTo(row, 'ROW');
  }
  moveToSheet(sheet: Sheet): DeveloperMetadata {
    this.#entry().location = { type: 'SHEET', sheet: Sheet.model(sheet) };
    return this;
  }
  moveToSpreadsheet(): DeveloperMetadata {
    this.#entry().location = { type: 'SPREADSHEET' };
    return this;
  }

  #moveTo(range: Range, type: 'ROW' | 'COLUMN'): DeveloperMetadata {
    const entry = this.#entry();
    const location = Range.location(range);
    if (location?.type !== type) throw new Error(ARBITRARY_RANGE);
    entry.location = location;
    return this;
  }
}

export class DeveloperMetadataLocation {
  readonly [SERVICE] = 'DeveloperMetadataLocation';
  readonly #doc: DocumentModel;
  readonly #location: MetadataLocation;

  constructor(doc: DocumentModel, location: MetadataLocation) {
    this.#doc = doc;
    this.#location = location;
  }

  getLocationType(): EnumValue<MetadataLocationType> {
    return LOCATION_TYPE[this.#location.type];
  }
  /** As documented, null unless the type is SPREADSHEET (likewise getSheet, getRow, getColumn). */
  getSpreadsheet(): Spreadsheet | null {
    return this.#location.type === 'SPREADSHEET' ? new Spreadsheet(this.#doc) : null;
  }
  getSheet(): Sheet | null {
    const at = this.#location;
    return at.type === 'SHEET' ? new Sheet(this.#doc, at.sheet) : null;
  }
  getRow(): Range | null {
    const at = this.#location;
    return at.type === 'ROW' ? Range.whole(this.#doc, at.sheet, 'ROW', at.index) : null;
  }
  getColumn(): Range | null {
    const at = this.#location;
    return at.type === 'COLUMN' ? Range.whole(this.#doc, at.sheet, 'COLUMN', at.index) : null;
  }
}

export type FinderScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheet: SheetModel }
  | { kind: 'range'; sheet: SheetModel; grid: GridRange; open: OpenAxes };

/** Whether metadata is in a finder's scope (the createDeveloperMetadataFinder pages). */
function inScope(at: MetadataLocation, scope: FinderScope, intersecting: boolean): boolean {
  if (scope.kind === 'spreadsheet') return true;
  if (at.type === 'SPREADSHEET') return intersecting;
  if (at.sheet !== scope.sheet) return false;
  // A sheet's scope holds the sheet's own metadata and its rows' and columns'.
  if (scope.kind === 'sheet') return true;
  if (at.type === 'SHEET') return intersecting;
  // A range's holds a row or column only when the range spans all of it ("1:5" holds row 3,
  // "A1:D5" does not); onIntersectingLocations() adds those it crosses.
  const { grid, open } = scope;
  const [start, length, spansWhole] =
    at.type === 'ROW'
      ? [grid.row, grid.numRows, open.columns]
      : [grid.column, grid.numColumns, open.rows];
  return at.index >= start && at.index < start + length && (intersecting || spansWhole);
}

export class DeveloperMetadataFinder {
  readonly [SERVICE] = 'DeveloperMetadataFinder';
  readonly #doc: DocumentModel;
  readonly #scope: FinderScope;
  #intersecting = false;
  #id: number | undefined;
  #key: string | undefined;
  #value: string | undefined;
  #type: MetadataLocationType | undefined;
  #visibility: MetadataVisibility | undefined;

  constructor(doc: DocumentModel, scope: FinderScope) {
    this.#doc = doc;
    this.#scope = scope;
  }

  withId(id: number): DeveloperMetadataFinder {
    if (typeof id !== 'number') throw mismatch('DeveloperMetadataFinder.withId', [id]);
    this.#id = id;
    return this;
  }
  withKey(key: string): DeveloperMetadataFinder {
    this.#key = text(key, 'DeveloperMetadataFinder.withKey');
    return this;
  }
  withValue(value: string): DeveloperMetadataFinder {
    this.#value = text(value, 'DeveloperMetadataFinder.withValue');
    return this;
  }
  withLocationType(locationType: EnumValue): DeveloperMetadataFinder {
    this.#type = enumName(LOCATION_TYPE, locationType, 'DeveloperMetadataFinder.withLocationType');
    return this;
  }
  withVisibility(visibility: EnumValue): DeveloperMetadataFinder {
    this.#visibility = enumName(VISIBILITY, visibility, 'DeveloperMetadataFinder.withVisibility');
    return this;
  }
  /** "This option is only valid for range-scoped searches": elsewhere the emulation refuses it. */
  onIntersectingLocations(): DeveloperMetadataFinder {
    if (this.#scope.kind !== 'range')
      throw new Error('onIntersectingLocations() is only valid for range-scoped searches.');
    this.#intersecting = true;
    return this;
  }
  find(): DeveloperMetadata[] {
    return this.#doc.developerMetadata
      .entries()
      .filter(
        (e) =>
          (this.#id === undefined || e.id === this.#id) &&
          (this.#key === undefined || e.key === this.#key) &&
          (this.#value === undefined || e.value === this.#value) &&
          (this.#type === undefined || e.location.type === this.#type) &&
          (this.#visibility === undefined || e.visibility === this.#visibility) &&
          inScope(e.location, this.#scope, this.#intersecting),
      )
      .map((e) => new DeveloperMetadata(this.#doc, e.id));
  }
}
