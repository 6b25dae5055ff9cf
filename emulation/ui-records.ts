/** Everything a document's UI received, kept as plain data for tests and the playground. */

export interface MenuItemRecord {
  caption: string;
  functionName?: string;
  separator?: true;
  submenu?: MenuRecord;
}

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number | undefined;
  height: number | undefined;
}

export class UiRecords {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** Buttons (and prompt texts) the "user" will answer with next, oldest first. */
  readonly responses: { button: string; text?: string }[] = [];

  /** Queues the user's answer to the next alert or prompt (default: the first button, OK/YES). */
  respond(button: string, text?: string): void {
    this.responses.push({ button, ...(text === undefined ? {} : { text }) });
  }

  get sidebars(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }
}
