import { h } from './dom';

/**
 * The sidebar's sections as an ARIA tab list: real buttons, arrow keys (and Home/End) move
 * between tabs, Tab moves into the shown panel. Only the selected tab is in the Tab order.
 */
export interface Tab {
  readonly key: string;
  readonly label: string;
  readonly panel: HTMLElement;
}

/** `selected`: the key of the tab shown first (the first tab when none or unknown). */
export function tabList(label: string, tabs: readonly Tab[], selected?: string): HTMLElement {
  const buttons = tabs.map((tab) => {
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${tab.key}` }, tab.label);
    button.setAttribute('aria-controls', tab.panel.id);
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.setAttribute('aria-labelledby', button.id);
    return button;
  });
  const show = (index: number, focus: boolean): void => {
    buttons.forEach((button, i) => {
      const on = i === index;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      const panel = tabs[i]?.panel;
      if (panel) panel.hidden = !on;
    });
    if (focus) buttons[index]?.focus();
  };
  buttons.forEach((button, i) => {
    button.addEventListener('click', () => show(i, false));
    button.addEventListener('keydown', (event) => {
      const last = buttons.length - 1;
      const to =
        event.key === 'ArrowRight'
          ? (i + 1) % buttons.length
          : event.key === 'ArrowLeft'
            ? (i + last) % buttons.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : null;
      if (to === null) return;
      event.preventDefault();
      show(to, true);
    });
  });
  show(
    Math.max(
      0,
      tabs.findIndex((tab) => tab.key === selected),
    ),
    false,
  );
  return h('div', { role: 'tablist', 'aria-label': label, class: 'tabs' }, ...buttons);
}
