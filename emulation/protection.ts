/** Protected ranges and sheets. The emulation records them; it does not enforce them on scripts. */
import type { GridRange } from './a1';
import { SERVICE } from './calls';
import type { DocumentModel } from './document';
import { Range } from './range';
import type { ProtectionModel, SheetModel } from './sheet-model';

let nextProtectionId = 1;

export class Protection {
  readonly [SERVICE] = 'Protection';
  readonly #doc: DocumentModel;
  readonly #sheet: SheetModel;
  readonly #model: ProtectionModel;

  constructor(doc: DocumentModel, sheet: SheetModel, model: ProtectionModel) {
    this.#doc = doc;
    this.#sheet = sheet;
    this.#model = model;
  }

  static create(
    doc: DocumentModel,
    sheet: SheetModel,
    kind: 'RANGE' | 'SHEET',
    range: GridRange,
  ): Protection {
    const model: ProtectionModel = {
      id: nextProtectionId++,
      kind,
      range,
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: true,
      unprotected: [],
    };
    sheet.protections.push(model);
    return new Protection(doc, sheet, model);
  }

  getProtectionType(): string {
    return this.#model.kind;
  }
  getRange(): Range {
    return new Range(this.#doc, this.#sheet, this.#model.range);
  }
  setRange(range: Range): Protection {
    this.#model.range = { ...Range.model(range).grid };
    return this;
  }
  getDescription(): string {
    return this.#model.description;
  }
  setDescription(description: string): Protection {
    this.#model.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.#model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.#model.warningOnly = warningOnly;
    return this;
  }
  getEditors(): never[] {
    return [];
  }
  addEditor(email: string): Protection {
    this.#model.editors.push(String(email));
    return this;
  }
  addEditors(emails: string[]): Protection {
    this.#model.editors.push(...emails.map(String));
    return this;
  }
  removeEditor(email: string): Protection {
    this.#model.editors = this.#model.editors.filter((e) => e !== String(email));
    return this;
  }
  removeEditors(emails: string[]): Protection {
    this.#model.editors = this.#model.editors.filter((e) => !emails.map(String).includes(e));
    return this;
  }
  canDomainEdit(): boolean {
    return this.#model.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this.#model.domainEdit = editable;
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    this.#model.unprotected = ranges.map((r) => ({ ...Range.model(r).grid }));
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this.#model.unprotected.map((g) => new Range(this.#doc, this.#sheet, g));
  }
  remove(): void {
    const list = this.#sheet.protections;
    const i = list.indexOf(this.#model);
    if (i >= 0) list.splice(i, 1);
  }
}
