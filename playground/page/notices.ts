/**
 * What a script said to the user: toasts in the bottom-right corner (gone after their
 * timeout, as in Sheets), alerts as modal dialogs answered with OK (one at a time, in order),
 * script errors, and the "Running script" notice while an execution is under way.
 */
import type { AlertRecord, ToastRecord } from '../view';
import type { Labels } from './labels';

/** Sheets' default when a script passes none; a negative timeout stays until closed. */
const DEFAULT_TOAST_SECONDS = 5;

export class Notices {
  readonly #labels: Labels;
  readonly #toasts: HTMLElement;
  readonly #running: HTMLElement;
  readonly #modalRoot: HTMLElement;
  readonly #queue: (() => HTMLElement)[] = [];

  constructor(labels: Labels, toasts: HTMLElement, running: HTMLElement, modalRoot: HTMLElement) {
    this.#labels = labels;
    this.#toasts = toasts;
    this.#running = running;
    this.#modalRoot = modalRoot;
  }

  toast(record: ToastRecord): void {
    const box = this.#toastBox(record.title, record.message, 'toast');
    const seconds = record.timeoutSeconds || DEFAULT_TOAST_SECONDS;
    if (seconds > 0) setTimeout(() => box.remove(), seconds * 1000);
  }

  /** A script's failure, shown until dismissed: the message is what matters while testing. */
  error(message: string): void {
    this.#toastBox(this.#labels.failed, message, 'toast toast-error').setAttribute('role', 'alert');
  }

  alert(record: AlertRecord): void {
    this.#queue.push(() => this.#alertBox(record));
    if (this.#queue.length === 1) this.#showNext();
  }

  /** Shows "Running script" until the returned function is called. */
  running(caption: string): () => void {
    this.#running.textContent = `${this.#labels.running}: ${caption}`;
    this.#running.hidden = false;
    return () => {
      this.#running.hidden = true;
    };
  }

  #toastBox(title: string, message: string, className: string): HTMLElement {
    const box = this.#toasts.appendChild(document.createElement('div'));
    box.className = className;
    if (title !== '') box.appendChild(document.createElement('strong')).textContent = title;
    box.appendChild(document.createElement('p')).textContent = message;
    const close = box.appendChild(document.createElement('button'));
    close.type = 'button';
    close.className = 'toast-close';
    close.setAttribute('aria-label', this.#labels.close);
    close.textContent = '×';
    close.addEventListener('click', () => box.remove());
    return box;
  }

  #showNext(): void {
    const next = this.#queue[0];
    if (next) this.#modalRoot.replaceChildren(next());
  }

  /**
   * Asks before going on, as Sheets asks before an edit of a warning-only protected range:
   * resolves true on OK, false on Cancel or Escape.
   */
  confirm(title: string, message: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.#queue.push(() =>
        this.#box(title, message, undefined, (ok) => resolve(ok), this.#labels.cancel),
      );
      if (this.#queue.length === 1) this.#showNext();
    });
  }

  #alertBox(record: AlertRecord): HTMLElement {
    // The emulation answers at once (its first button unless told otherwise): say which.
    const answered =
      record.buttons !== 'OK' || record.kind === 'prompt'
        ? `${this.#labels.answered} ${record.response}`
        : undefined;
    return this.#box(record.title || document.title, record.prompt, answered, () => undefined);
  }

  /** A modal box with OK (and Cancel when `cancel` names it); `done` hears which closed it. */
  #box(
    titleText: string,
    prompt: string,
    answered: string | undefined,
    done: (ok: boolean) => void,
    cancel?: string,
  ): HTMLElement {
    const backdrop = document.createElement('div');
    backdrop.className = 'backdrop';
    const dialog = backdrop.appendChild(document.createElement('div'));
    dialog.className = 'alert';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    const id = `alert-${Date.now()}`;
    dialog.setAttribute('aria-labelledby', `${id}-title`);
    dialog.setAttribute('aria-describedby', `${id}-body`);
    const title = dialog.appendChild(document.createElement('h2'));
    title.id = `${id}-title`;
    title.textContent = titleText;
    const body = dialog.appendChild(document.createElement('p'));
    body.id = `${id}-body`;
    body.textContent = prompt;
    if (answered !== undefined) {
      const answer = dialog.appendChild(document.createElement('p'));
      answer.className = 'alert-answer';
      answer.textContent = answered;
    }
    const buttons = dialog.appendChild(document.createElement('div'));
    buttons.className = 'alert-buttons';
    const close = (ok: boolean) => {
      this.#queue.shift();
      backdrop.remove();
      done(ok);
      this.#showNext();
    };
    if (cancel !== undefined) {
      const no = buttons.appendChild(document.createElement('button'));
      no.type = 'button';
      no.className = 'button-secondary';
      no.textContent = cancel;
      no.addEventListener('click', () => close(false));
    }
    const ok = buttons.appendChild(document.createElement('button'));
    ok.type = 'button';
    ok.className = 'button-primary';
    ok.textContent = this.#labels.ok;
    ok.addEventListener('click', () => close(true));
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') close(cancel === undefined);
    });
    queueMicrotask(() => ok.focus());
    return backdrop;
  }
}
