/**
 * The menu bar: Sheets' own menus for the look (inert here), then Extensions with the add-on's
 * menu as the emulation recorded it (Extensions ▸ Okapi ▸ items), then any menu a script added
 * with createMenu, as Sheets places those after Help. Choosing an item runs its function.
 */
import type { MenuItemRecord, MenuRecord } from '../view';
import type { Labels } from './labels';

export type RunItem = (functionName: string, caption: string) => void;

export function renderMenubar(
  bar: HTMLElement,
  menus: readonly MenuRecord[],
  labels: Labels,
  run: RunItem,
): void {
  const top = (caption: string, items: readonly MenuItemRecord[] | undefined): void => {
    const wrapper = bar.appendChild(document.createElement('div'));
    wrapper.className = 'menu-top';
    const button = wrapper.appendChild(menuButton(caption));
    if (!items) {
      button.setAttribute('aria-disabled', 'true');
      return;
    }
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
    const popup = wrapper.appendChild(menuPopup(caption, items, run));
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      const open = popup.hidden;
      closeMenus(bar);
      if (open) {
        popup.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        popup.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled])')?.focus();
      }
    });
  };

  bar.replaceChildren();
  for (const caption of labels.menus) top(caption, undefined);
  const addons = menus.filter((m) => m.addon);
  top(labels.extensions, [
    { caption: labels.addOns },
    { caption: '', separator: true },
    ...addons.map((m) => ({ caption: m.title, submenu: m })),
    { caption: '', separator: true },
    { caption: labels.appsScript },
  ]);
  top(labels.help, undefined);
  for (const m of menus.filter((m) => !m.addon)) top(m.title, m.items);
}

/** Closes every open menu; clicks elsewhere and Escape call it. */
export function closeMenus(bar: HTMLElement): void {
  for (const popup of bar.querySelectorAll<HTMLElement>('[role="menu"]')) popup.hidden = true;
  for (const button of bar.querySelectorAll('[aria-expanded]'))
    button.setAttribute('aria-expanded', 'false');
}

function menuButton(caption: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'menuitem');
  button.textContent = caption;
  return button;
}

function menuPopup(caption: string, items: readonly MenuItemRecord[], run: RunItem): HTMLElement {
  const popup = document.createElement('div');
  popup.setAttribute('role', 'menu');
  popup.setAttribute('aria-label', caption);
  popup.className = 'menu-popup';
  popup.hidden = true;
  for (const item of items) {
    if (item.separator) {
      popup.appendChild(document.createElement('div')).setAttribute('role', 'separator');
      continue;
    }
    const button = popup.appendChild(menuButton(item.caption));
    button.className = 'menu-item';
    button.tabIndex = -1;
    const { submenu, functionName } = item;
    if (submenu) {
      button.classList.add('has-submenu');
      button.setAttribute('aria-haspopup', 'menu');
      button.setAttribute('aria-expanded', 'false');
      const sub = popup.appendChild(menuPopup(submenu.title, submenu.items, run));
      sub.classList.add('submenu');
      const open = () => {
        for (const other of popup.querySelectorAll<HTMLElement>('.submenu')) other.hidden = true;
        sub.hidden = false;
        sub.style.top = `${button.offsetTop}px`;
        button.setAttribute('aria-expanded', 'true');
      };
      button.addEventListener('mouseenter', open);
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        open();
        sub.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
      });
    } else if (functionName) {
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        const bar = popup.closest<HTMLElement>('[role="menubar"]');
        if (bar) closeMenus(bar);
        run(functionName, item.caption);
      });
    } else button.setAttribute('aria-disabled', 'true');
  }
  return popup;
}
