/** The sheet tabs along the bottom; choosing one makes its sheet the active one. */
import type { TabView } from '../view';

export function renderTabs(
  list: HTMLElement,
  tabs: readonly TabView[],
  active: string,
  choose: (name: string) => void,
): void {
  list.replaceChildren(
    ...tabs.map((tab) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.className = 'tab';
      button.textContent = tab.name;
      button.setAttribute('aria-selected', String(tab.name === active));
      button.tabIndex = tab.name === active ? 0 : -1;
      if (tab.color) button.style.borderBottomColor = tab.color;
      button.addEventListener('click', () => {
        if (tab.name !== active) choose(tab.name);
      });
      return button;
    }),
  );
}
