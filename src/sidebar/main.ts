import type { SaveBatch, SaveResult, SidebarState } from '../contract/sidebar';
import { langOfLocale } from '../core/lang';
import { numberLocale } from './amount';
import { CATALOGUES, type Catalogue } from './catalogue';
import { type CheckInPanel, checkInPanel, type Edits } from './check-in';
import { fill, h } from './dom';
import { objectiveForm } from './objective-form';
import { overview } from './overview';
import { askedView, type LoadedView, loadView, type PeriodView, periodPanel } from './period';
import { callServer } from './server';
import { tabList } from './tabs';

/**
 * The sidebar's start: one round trip loads everything, then the page is built from that
 * state and is interactive at once. Each save or refresh is one more round trip whose answer
 * is the new state, so the page never asks twice. Opened by the menu on a view of the Period
 * tab, the page loads that view alongside, in a second call made at the same time.
 */

const app = byId('app');
const statusLine = byId('status');
const errorBox = byId('error');

function byId(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the sidebar shell has no #${id}`);
  return e;
}

function announce(message: string): void {
  statusLine.textContent = message;
}

function showFailure(t: Catalogue, error: unknown, retry?: () => void): void {
  const message = error instanceof Error ? error.message : String(error);
  fill(errorBox, h('span', {}, t.failed(message)));
  if (retry) {
    const button = h('button', { type: 'button', class: 'secondary' }, t.retry);
    button.addEventListener('click', retry);
    errorBox.append(' ', button);
  }
  errorBox.hidden = false;
  announce('');
}

function clearFailure(): void {
  errorBox.hidden = true;
  errorBox.replaceChildren();
}

/** The menu's meta comes after the page's end: it can be read once the DOM is loaded. */
const asked = new Promise<PeriodView | null>((resolve) => {
  if (document.readyState !== 'loading') resolve(askedView());
  else document.addEventListener('DOMContentLoaded', () => resolve(askedView()), { once: true });
});

function load(): void {
  // The sheet's language is not known before the state arrives: speak the browser's.
  const t = CATALOGUES[langOfLocale(navigator.language)];
  clearFailure();
  app.setAttribute('aria-busy', 'true');
  announce(t.loading);
  // The view's failure is the view's: the rest of the sidebar opens all the same.
  const view = asked.then(
    (wanted) => wanted && loadView(wanted).catch((error: unknown) => ({ view: wanted, error })),
  );
  Promise.all([callServer('okapiSidebarLoad'), view]).then(
    ([first, opened]) => start(first, opened),
    (error: unknown) => {
      app.setAttribute('aria-busy', 'false');
      showFailure(t, error, load);
    },
  );
}

function start(
  first: SidebarState,
  view: LoadedView | { readonly view: PeriodView; readonly error: unknown } | null,
): void {
  const t = CATALOGUES[first.lang];
  const loc = numberLocale(first.locale);
  document.documentElement.lang = first.lang;
  let busy = false;

  /** One server call at a time; buttons stay focusable (aria-disabled) so focus is not lost. */
  const run = <R>(busyText: string, call: () => Promise<R>, done: (result: R) => string): void => {
    if (busy) return;
    busy = true;
    setBusy(true);
    clearFailure();
    announce(busyText);
    call()
      .then(
        (result) => announce(done(result)),
        (error: unknown) => showFailure(t, error),
      )
      .finally(() => {
        busy = false;
        setBusy(false);
      });
  };
  /** A call answered with the workbook's new state: the objectives' tabs redraw from it. */
  const runSidebar = (
    busyText: string,
    call: () => Promise<SaveResult>,
    done: (r: SaveResult) => string,
    after?: () => void,
    /** Whether the check-in fields' unsaved edits are dropped (they were what was saved). */
    savesCheckIns = false,
  ): void =>
    run(busyText, call, (result) => {
      render(result.state, savesCheckIns ? undefined : checkIn?.edits());
      after?.();
      return done(result);
    });
  const save = (batch: SaveBatch, done: (r: SaveResult) => string, after?: () => void): void =>
    runSidebar(
      t.saving,
      () => callServer('okapiSidebarSave', batch),
      done,
      after,
      batch.checkIns.length > 0 || batch.kpiCheckIns !== undefined,
    );

  const setBusy = (on: boolean): void => {
    app.setAttribute('aria-busy', String(on));
    for (const b of app.querySelectorAll('button.action'))
      b.setAttribute('aria-disabled', String(on));
  };

  /** A button that runs a refresh on the server and says how many points it found. */
  const refreshing = (
    label: string,
    busyText: string,
    name: 'okapiSidebarRefresh' | 'okapiSidebarRestore',
    done: (findings: number) => string,
  ): HTMLElement => {
    const button = h('button', { type: 'button', class: 'action' }, label);
    button.addEventListener('click', () =>
      runSidebar(
        busyText,
        () => callServer(name),
        (r) => done(r.state.findings.length),
      ),
    );
    return button;
  };
  const refreshButton = refreshing(t.refresh, t.refreshing, 'okapiSidebarRefresh', t.refreshed);
  // Shown only when the refresh found computed cells typed over: putting their formulas back
  // replaces what a person typed, so it waits for this explicit click.
  const restoreButton = refreshing(t.restore, t.restoring, 'okapiSidebarRestore', t.restored);
  const overviewBody = h('div', {});
  const overviewPanel = h(
    'section',
    { id: 'panel-overview' },
    h('div', { class: 'buttons' }, refreshButton, restoreButton),
    overviewBody,
  );

  const form = objectiveForm({
    lang: first.lang,
    t,
    loc,
    announce,
    submit: (objective) =>
      save({ objectives: [objective], checkIns: [] }, () => t.created(objective.title), form.reset),
  });
  const createPanel = h('section', { id: 'panel-create' }, form.element);

  let checkIn: CheckInPanel | undefined;
  const checkInBody = h('div', {});
  const saveCheckIn = h('button', { type: 'button', class: 'action' }, t.saveCheckIn);
  saveCheckIn.addEventListener('click', () => {
    const collected = checkIn?.collect();
    if (collected === undefined) return;
    if (collected === null) return announce(t.fixFields);
    const { checkIns, kpiCheckIns } = collected;
    const kpis = kpiCheckIns.length;
    if (checkIns.length === 0 && kpis === 0) return announce(t.nothingChanged);
    // KPIs only when some changed: the batch of a sidebar that checks in none leaves them out.
    const batch: SaveBatch =
      kpis === 0 ? { objectives: [], checkIns } : { objectives: [], checkIns, kpiCheckIns };
    // The server counts key results and KPIs together, having checked in every one sent.
    save(batch, (r) => t.checkedIn(r.checkedIn - kpis, kpis));
  });
  const checkInSection = h(
    'section',
    { id: 'panel-check-in' },
    checkInBody,
    h('div', { class: 'buttons bottom' }, saveCheckIn),
  );

  const render = (state: SidebarState, kept?: Edits): void => {
    fill(overviewBody, ...overview(state, t, loc));
    restoreButton.hidden = !state.findings.some((f) => f.code === 'typed_over');
    checkIn = checkInPanel(state, t, loc, kept);
    fill(checkInBody, ...checkIn.nodes);
    saveCheckIn.hidden = checkIn.empty;
    form.suggest(state);
  };

  const period = periodPanel({ t, loc, announce, run });
  if (view && 'state' in view) period.show(view);

  const tabs = tabList(
    t.sections,
    [
      { key: 'overview', label: t.tabOverview, panel: overviewPanel },
      { key: 'create', label: t.tabCreate, panel: createPanel },
      { key: 'check-in', label: t.tabCheckIn, panel: checkInSection },
      { key: 'period', label: t.tabPeriod, panel: period.element },
    ],
    view ? 'period' : undefined,
  );
  render(first);
  fill(app, tabs, overviewPanel, createPanel, checkInSection, period.element);
  app.setAttribute('aria-busy', 'false');
  announce('');
  if (view && 'error' in view) showFailure(t, view.error);
  // The bench and the tests read this mark: the moment the page answers a person.
  performance.mark('okapi-ready');
}

load();
