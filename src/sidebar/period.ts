import type { ClosingState, NextPeriodState } from '../contract/cycle';
import type { NumberLocale } from './amount';
import type { Catalogue } from './catalogue';
import { type ClosingForm, closingForm } from './closing';
import { fill, h } from './dom';
import { type NextForm, nextForm } from './next-period';
import { callServer } from './server';

/**
 * The Period tab: the closing view and the next-period view, one at a time under two buttons
 * (one tab for both keeps the tab row readable in a 300 px sidebar). A view loads its state
 * with one round trip when opened, by its button or by the menu (main.ts reads which).
 */

export type PeriodView = 'closing' | 'next';

export type LoadedView =
  | { readonly view: 'closing'; readonly state: ClosingState }
  | { readonly view: 'next'; readonly state: NextPeriodState };

/**
 * The view the menu asked for: "Close period…" and "Start next period…" append
 * <meta name="okapi-view" content="closing|next"> to the page, after its end, so this is read
 * once the DOM is loaded.
 */
export function askedView(): PeriodView | null {
  const content = document.querySelector('meta[name="okapi-view"]')?.getAttribute('content');
  return content === 'closing' || content === 'next' ? content : null;
}

export async function loadView(view: PeriodView): Promise<LoadedView> {
  return view === 'closing'
    ? { view, state: await callServer('okapiClosingLoad') }
    : { view, state: await callServer('okapiNextPeriodLoad') };
}

export interface PeriodContext {
  readonly t: Catalogue;
  readonly loc: NumberLocale;
  readonly announce: (message: string) => void;
  /** Runs one server call at a time across the sidebar, announcing what `done` returns. */
  readonly run: <R>(busyText: string, call: () => Promise<R>, done: (result: R) => string) => void;
}

export interface PeriodPanel {
  readonly element: HTMLElement;
  show(loaded: LoadedView): void;
}

export function periodPanel(ctx: PeriodContext): PeriodPanel {
  const { t, loc } = ctx;
  const switchButton = (label: string): HTMLButtonElement =>
    h('button', { type: 'button', class: 'secondary small', 'aria-pressed': 'false' }, label);
  const switches: Readonly<Record<PeriodView, HTMLButtonElement>> = {
    closing: switchButton(t.closingView),
    next: switchButton(t.nextView),
  };
  const body = h('div', {}, h('p', { class: 'gray small' }, t.periodHint));
  const close = h('button', { type: 'button', class: 'action' }, t.closePeriod);
  const start = h('button', { type: 'button', class: 'action' }, t.startNext);
  close.hidden = true;
  start.hidden = true;
  let closing: ClosingForm | undefined;
  let next: NextForm | undefined;

  const press = (view: PeriodView | null): void => {
    for (const [key, button] of Object.entries(switches))
      button.setAttribute('aria-pressed', String(key === view));
  };
  const show = (loaded: LoadedView): void => {
    press(loaded.view);
    closing = loaded.view === 'closing' ? closingForm(loaded.state, t, loc) : undefined;
    next = loaded.view === 'next' ? nextForm(loaded.state, t, loc) : undefined;
    fill(body, (closing ?? next)?.element ?? '');
    close.hidden = !closing?.closable;
    start.hidden = !next?.startable;
  };

  for (const view of ['closing', 'next'] as const)
    switches[view].addEventListener('click', () =>
      ctx.run(
        t.loading,
        () => loadView(view),
        (loaded) => {
          show(loaded);
          return '';
        },
      ),
    );

  close.addEventListener('click', () => {
    const choices = closing?.collect();
    if (choices === undefined) return;
    if (choices === null) {
      ctx.announce(t.fixFields);
      return;
    }
    ctx.run(
      t.closing,
      () => callServer('okapiClosePeriod', choices),
      (result) => {
        show({ view: 'closing', state: result.state });
        return t.closed(result.review);
      },
    );
  });

  start.addEventListener('click', () => {
    const choices = next?.collect();
    if (choices === undefined) return;
    ctx.run(
      t.starting,
      () => callServer('okapiStartNextPeriod', choices),
      (result) => {
        const text = t.started(result.sheet, result.objectives, result.krs);
        // The view gives way to what was made, so a second press cannot start the period twice;
        // focus moves to that line, as the button it was on is gone.
        next = undefined;
        start.hidden = true;
        press(null);
        const made = h('p', { tabindex: -1 }, text);
        fill(body, made);
        made.focus();
        return text;
      },
    );
  });

  const element = h(
    'section',
    { id: 'panel-period' },
    h('div', { class: 'buttons' }, switches.closing, switches.next),
    body,
    h('div', { class: 'buttons bottom' }, close, start),
  );
  return { element, show };
}
