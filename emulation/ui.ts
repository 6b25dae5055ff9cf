/** The container UI (SpreadsheetApp.getUi()), menus, and HtmlService. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE } from './calls';
import type { DocumentModel } from './document';
import type { MenuRecord } from './ui-records';

const BUTTON = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
const FIRST_BUTTON: Record<string, string> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export class Menu {
  readonly [SERVICE] = 'Menu';
  readonly #doc: DocumentModel;
  readonly #record: MenuRecord;

  constructor(doc: DocumentModel, record: MenuRecord) {
    this.#doc = doc;
    this.#record = record;
  }

  addItem(caption: string, functionName: string): Menu {
    this.#record.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.#record.items.push({ caption: '', separator: true });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    const sub = menu.#record;
    this.#record.items.push({ caption: sub.title, submenu: sub });
    return this;
  }

  addToUi(): void {
    const menus = this.#doc.ui.menus;
    const same = menus.findIndex(
      (m) => m.addon === this.#record.addon && m.title === this.#record.title,
    );
    // Adding a menu again (onOpen run twice) replaces it, as Sheets does.
    if (same >= 0) menus.splice(same, 1, this.#record);
    else menus.push(this.#record);
  }
}

export class HtmlOutput {
  readonly [SERVICE] = 'HtmlOutput';
  #content: string;
  #title = '';
  #width: number | undefined;
  #height: number | undefined;

  constructor(content: string) {
    this.#content = content;
  }

  getContent(): string {
    return this.#content;
  }
  setContent(content: string): HtmlOutput {
    this.#content = content;
    return this;
  }
  append(html: string): HtmlOutput {
    this.#content += html;
    return this;
  }
  getTitle(): string {
    return this.#title;
  }
  setTitle(title: string): HtmlOutput {
    this.#title = title;
    return this;
  }
  getWidth(): number | undefined {
    return this.#width;
  }
  setWidth(width: number): HtmlOutput {
    this.#width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this.#height;
  }
  setHeight(height: number): HtmlOutput {
    this.#height = height;
    return this;
  }
  setSandboxMode(_mode: string): HtmlOutput {
    return this;
  }
  setXFrameOptionsMode(_mode: string): HtmlOutput {
    return this;
  }
  addMetaTag(_name: string, _content: string): HtmlOutput {
    return this;
  }
  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }
}

export class HtmlService {
  readonly [SERVICE] = 'HtmlService';
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  readonly #htmlDir: string;

  constructor(htmlDir: string) {
    this.#htmlDir = htmlDir;
  }

  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = filename.endsWith('.html') ? filename : `${filename}.html`;
    try {
      return new HtmlOutput(readFileSync(join(this.#htmlDir, name), 'utf8'));
    } catch {
      throw new Error(`No HTML file named ${filename} was found.`);
    }
  }
}

export class PromptResponse {
  readonly [SERVICE] = 'PromptResponse';
  readonly #button: string;
  readonly #text: string;

  constructor(button: string, text: string) {
    this.#button = button;
    this.#text = text;
  }
  getSelectedButton(): string {
    return this.#button;
  }
  getResponseText(): string {
    return this.#text;
  }
}

export class Ui {
  readonly [SERVICE] = 'Ui';
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  readonly #doc: DocumentModel;
  readonly #addonTitle: string;

  constructor(doc: DocumentModel, addonTitle: string) {
    this.#doc = doc;
    this.#addonTitle = addonTitle;
  }

  createAddonMenu(): Menu {
    return new Menu(this.#doc, { title: this.#addonTitle, addon: true, items: [] });
  }

  createMenu(caption: string): Menu {
    return new Menu(this.#doc, { title: caption, addon: false, items: [] });
  }

  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? '', c]
        : b !== undefined && b in BUTTON_SET
          ? ['', a, b]
          : ['', a, 'OK'];
    const response = this.#doc.ui.responses.shift()?.button ?? FIRST_BUTTON[buttons] ?? 'OK';
    this.#doc.ui.alerts.push({ kind: 'alert', title, prompt, buttons, response });
    return response;
  }

  prompt(a: string, b?: string, c?: string): PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? '', c]
        : b !== undefined && b in BUTTON_SET
          ? ['', a, b]
          : ['', a, 'OK'];
    const answer = this.#doc.ui.responses.shift();
    const response = answer?.button ?? FIRST_BUTTON[buttons] ?? 'OK';
    this.#doc.ui.alerts.push({ kind: 'prompt', title, prompt, buttons, response });
    return new PromptResponse(response, answer?.text ?? '');
  }

  showSidebar(output: HtmlOutput): void {
    this.#show('sidebar', output, output.getTitle());
  }

  showModalDialog(output: HtmlOutput, title: string): void {
    this.#show('modal', output, title);
  }

  showModelessDialog(output: HtmlOutput, title: string): void {
    this.#show('modeless', output, title);
  }

  #show(kind: 'sidebar' | 'modal' | 'modeless', output: HtmlOutput, title: string): void {
    if (!(output instanceof HtmlOutput)) throw new Error(`Invalid argument: userInterface`);
    this.#doc.ui.dialogs.push({
      kind,
      title,
      content: output.getContent(),
      width: output.getWidth(),
      height: output.getHeight(),
    });
  }
}
