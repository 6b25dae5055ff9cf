/**
 * Developer metadata as the document holds it: key/value pairs on the spreadsheet, a sheet, or
 * one whole row or column. Row and column metadata follows its row or column through inserts,
 * deletes and moves, and goes when its row, column or sheet goes
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
 */
import { type DimensionEdit, remap } from './dimension-edit';
import type { SheetModel } from './sheet-model';

export type MetadataLocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export type MetadataLocation =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheet: SheetModel }
  /** `index`: the 1-based row or column. */
  | { readonly type: 'ROW' | 'COLUMN'; readonly sheet: SheetModel; readonly index: number };

export interface MetadataEntry {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  location: MetadataLocation;
}

/** MINSTD: n → n·48271 mod (2³¹−1) is one-to-one on 1…2³¹−2, so ids never repeat. */
const MODULUS = 2_147_483_647;
const MULTIPLIER = 48_271;

export class DeveloperMetadataStore {
  readonly #entries = new Map<number, MetadataEntry>();
  #created = 0;

  /**
   * Sheets assigns random positive ids; these are deterministic but neither small nor in
   * creation order, so a script cannot get away with treating them as counters.
   */
  #nextId(): number {
    this.#created++;
    return (this.#created * MULTIPLIER) % MODULUS;
  }

  add(
    key: string,
    value: string | null,
    visibility: MetadataVisibility,
    location: MetadataLocation,
  ): MetadataEntry {
    const entry = { id: this.#nextId(), key, value, visibility, location };
    this.#entries.set(entry.id, entry);
    return entry;
  }

  get(id: number): MetadataEntry | undefined {
    return this.#entries.get(id);
  }

  remove(id: number): void {
    this.#entries.delete(id);
  }

  /** Every entry, oldest first. */
  entries(): MetadataEntry[] {
    return [...this.#entries.values()];
  }

  /** Moves a sheet's row (or column) metadata with a row (or column) edit; deleted rows take theirs. */
  follow(sheet: SheetModel, axis: 'rows' | 'columns', edit: DimensionEdit): void {
    const type = axis === 'rows' ? 'ROW' : 'COLUMN';
    for (const entry of this.#entries.values()) {
      const at = entry.location;
      if (at.type !== type || at.sheet !== sheet) continue;
      const index = remap(at.index, edit);
      if (index === undefined) this.#entries.delete(entry.id);
      else entry.location = { type, sheet, index };
    }
  }

  /** A deleted sheet's metadata goes with it. */
  dropSheet(sheet: SheetModel): void {
    for (const entry of this.#entries.values())
      if (entry.location.type !== 'SPREADSHEET' && entry.location.sheet === sheet)
        this.#entries.delete(entry.id);
  }

  /** A duplicated sheet gets copies (new ids) of its source's sheet, row and column metadata. */
  copySheet(from: SheetModel, to: SheetModel): void {
    for (const entry of this.entries()) {
      const at = entry.location;
      if (at.type === 'SPREADSHEET' || at.sheet !== from) continue;
      this.add(entry.key, entry.value, entry.visibility, { ...at, sheet: to });
    }
  }
}
