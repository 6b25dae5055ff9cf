/**
 * Pages a script opened with showSidebar or showModalDialog/showModelessDialog, each in a frame
 * served by the playground (the recorded HTML, with the google.script.run shim first). A
 * sidebar docks on the right, 300 px wide as in Sheets; a newer one replaces it.
 */
import type { DialogView } from '../view';
import type { Labels } from './labels';

const SIDEBAR_WIDTH = 300;

export class Dialogs {
  readonly #labels: Labels;
  readonly #sidebar: HTMLElement;
  readonly #modalRoot: HTMLElement;

  constructor(labels: Labels, sidebar: HTMLElement, modalRoot: HTMLElement) {
    this.#labels = labels;
    this.#sidebar = sidebar;
    this.#modalRoot = modalRoot;
  }

  open(dialog: DialogView): void {
    if (dialog.kind === 'sidebar') this.#openSidebar(dialog);
    else this.#openModal(dialog);
  }

  /** google.script.host.close() from the frame that sent it. */
  closeFrame(source: MessageEventSource | null): void {
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === source) frame.closest<HTMLElement>('[data-dialog]')?.remove();
    if (!this.#sidebar.querySelector('iframe')) this.#sidebar.hidden = true;
  }

  #openSidebar(dialog: DialogView): void {
    const panel = document.createElement('section');
    panel.dataset.dialog = 'sidebar';
    panel.className = 'sidebar-panel';
    panel.style.width = `${SIDEBAR_WIDTH}px`;
    panel.setAttribute('aria-label', dialog.title || 'Sidebar');
    const header = panel.appendChild(document.createElement('header'));
    header.appendChild(document.createElement('h2')).textContent = dialog.title;
    header.appendChild(this.#closeButton(this.#labels.closeSidebar, () => this.#closeSidebar()));
    panel.appendChild(frame(dialog));
    this.#sidebar.replaceChildren(panel);
    this.#sidebar.hidden = false;
  }

  #closeSidebar(): void {
    this.#sidebar.replaceChildren();
    this.#sidebar.hidden = true;
  }

  #openModal(dialog: DialogView): void {
    const backdrop = document.createElement('div');
    backdrop.dataset.dialog = dialog.kind;
    backdrop.className = dialog.kind === 'modal' ? 'backdrop' : 'modeless';
    const box = backdrop.appendChild(document.createElement('div'));
    box.className = 'dialog';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', dialog.title);
    if (dialog.kind === 'modal') box.setAttribute('aria-modal', 'true');
    const header = box.appendChild(document.createElement('header'));
    header.appendChild(document.createElement('h2')).textContent = dialog.title;
    header.appendChild(this.#closeButton(this.#labels.close, () => backdrop.remove()));
    const content = box.appendChild(frame(dialog));
    content.style.width = `${dialog.width ?? 600}px`;
    content.style.height = `${dialog.height ?? 400}px`;
    this.#modalRoot.appendChild(backdrop);
  }

  #closeButton(label: string, close: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'icon-button';
    button.setAttribute('aria-label', label);
    button.textContent = '×';
    button.addEventListener('click', close);
    return button;
  }
}

function frame(dialog: DialogView): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.title = dialog.title || dialog.kind;
  iframe.src = dialog.url;
  return iframe;
}
