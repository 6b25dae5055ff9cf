import { describe, expect, it } from 'vitest';
import { createEmulation } from '../../emulation/emulation';
import { hostRealm } from '../../emulation/realm';
import { OKRS } from '../../src/workbook/layout/tables';
import { dataCalls } from '../support/data-calls';
import { typed } from '../support/refresh-calls';
import {
  HISTORY_SHEET,
  NOW,
  OKR_SHEET,
  okrRows,
  typeRows,
  type World,
  world,
} from '../support/refresh-world';

/**
 * Track daily (docs/tracking.md) through the real built bundle (npm run build first), in the
 * emulation: the menu item turns one time-driven trigger on or off, and the days go by with the
 * clock, the trigger firing when it is due (h.fireTimeDriven) with no one pressing Refresh.
 */

const DAY = 86_400_000;
const FIRST_KR_ROW = OKRS.headerRow + 2;

/** The menu's Track daily, answered `answer` (YES turns the state over). */
function trackDaily(w: World, answer: 'YES' | 'NO' = 'YES'): void {
  w.h.ui.respond(answer);
  w.h.run('okapiTrackDaily');
}

function trackingTriggers(w: World) {
  return w.h.emulation.triggers.list().filter((t) => t.handler === 'okapiTrackingRun');
}

/** The history's rows below its header, as records by header. */
function history(w: World): Record<string, unknown>[] {
  const [header = [], ...rows] = w.h.spreadsheet.values(HISTORY_SHEET).slice(2);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** What a person sees in each cell of a sheet: its formula, else its value. */
function contents(w: World, sheet: string): unknown[][] {
  const formulas = w.h.spreadsheet.formulas(sheet);
  return w.h.spreadsheet.values(sheet).map((row, i) => row.map((v, j) => formulas[i]?.[j] || v));
}

/** The document's properties, as a host script would reach them. */
function documentProperties(w: World) {
  return w.h.emulation
    .globals(w.h.emulation.gateway(hostRealm))
    .PropertiesService.getDocumentProperties();
}

/** A workbook with one objective and three KRs, the first fed by a formula from Sheet1!A1. */
function fed(): World {
  const w = world();
  typeRows(w, OKR_SHEET, OKRS.headerRow, okrRows(1, 3));
  w.sheet('Sheet1').getRange('A1').setValue(120);
  w.okr.getRange(FIRST_KR_ROW, w.col(OKR_SHEET, 'Current')).setFormula('=Sheet1!A1');
  w.refresh();
  return w;
}

describe('Track daily', () => {
  it('is a menu item that asks before it installs exactly one trigger, and says the state', () => {
    const w = world();
    trackDaily(w, 'NO');
    expect(trackingTriggers(w)).toEqual([]);
    expect(w.h.ui.alerts.at(-1)?.prompt).toMatch(/^Daily tracking is off\. Turn it on\?/);

    trackDaily(w);
    expect(trackingTriggers(w)).toHaveLength(1);
    expect(w.h.ui.toasts.at(-1)?.message).toBe('Daily tracking is on.');

    // Choosing it again says it is on and offers to turn it off; a NO keeps the one trigger.
    trackDaily(w, 'NO');
    expect(w.h.ui.alerts.at(-1)?.prompt).toBe('Daily tracking is on. Turn it off?');
    expect(trackingTriggers(w)).toHaveLength(1);
  });

  it('keeps one trigger when turned on twice, and removes it when turned off', () => {
    const w = world();
    trackDaily(w);
    const first = trackingTriggers(w)[0]?.uid;
    // The document forgets the state (its properties lost, a copy…): the menu says off, and
    // turning on again replaces this user's trigger rather than adding a second one, which an
    // add-on may not hold in one document.
    documentProperties(w).deleteAllProperties();
    trackDaily(w);
    expect(trackingTriggers(w)).toHaveLength(1);
    expect(trackingTriggers(w)[0]?.uid).not.toBe(first);

    trackDaily(w);
    expect(trackingTriggers(w)).toEqual([]);
    expect(w.h.ui.toasts.at(-1)?.message).toBe('Daily tracking is off.');
  });

  it('speaks French in a French spreadsheet', () => {
    const w = world({ locale: 'fr_FR' });
    trackDaily(w);
    expect(w.h.ui.alerts.at(-1)?.title).toBe('Suivi quotidien');
    expect(w.h.ui.toasts.at(-1)?.message).toBe('Le suivi quotidien est activé.');
  });

  it('records a formula-fed KR each day its value changed, and only then, with no one refreshing', () => {
    const w = fed();
    trackDaily(w);
    const before = history(w).filter((r) => r.ID === 'KR1');
    expect(before).toHaveLength(1);

    const okrBefore = contents(w, OKR_SHEET);
    const alerts = w.h.ui.alerts.length;
    const toasts = w.h.ui.toasts.length;
    // Day by day: the fed value at noon (the person's only edit, in their own sheet), then the
    // next morning. Each night's run is the only refresh.
    const fedValues = [120, 130, 130, 145, 145, 160];
    const ran: number[] = [];
    fedValues.forEach((v, d) => {
      w.h.setNow(NOW.getTime() + d * DAY + 2 * 3_600_000);
      w.sheet('Sheet1').getRange('A1').setValue(v);
      w.h.setNow(NOW.getTime() + (d + 1) * DAY);
      ran.push(w.h.fireTimeDriven());
    });
    expect(ran).toEqual([1, 1, 1, 1, 1, 1]);

    const events = history(w).filter((r) => r.ID === 'KR1');
    expect(events.map((r) => r.Current)).toEqual([120, 130, 145, 160]);
    expect(events.slice(1).map((r) => r.Source)).toEqual(['formula', 'formula', 'formula']);
    // Dated the days they changed (16, 18 and 20 May), recorded that evening.
    const [first = 0, ...later] = events.slice(1).map((r) => (r.Date as Date).getTime());
    expect(later.map((t) => Math.round((t - first) / DAY))).toEqual([2, 4]);

    // The runs touched no person's cell, and showed nothing: no one was there.
    expect(contents(w, OKR_SHEET)).toEqual(okrBefore);
    expect(w.h.spreadsheet.values('Sheet1', 'A1')).toEqual([[160]]);
    expect(w.h.ui.alerts.length).toBe(alerts);
    expect(w.h.ui.toasts.length).toBe(toasts);
  });

  it('stops when turned off, and cleans itself up when no Okapi sheet is left', () => {
    const w = fed();
    trackDaily(w);
    trackDaily(w);
    w.h.setNow(NOW.getTime() + 3 * DAY);
    expect(w.h.fireTimeDriven()).toBe(0);

    trackDaily(w);
    for (const name of [OKR_SHEET, HISTORY_SHEET, 'KPIs', 'KPI history', 'Dashboard'])
      w.ss.deleteSheet(w.sheet(name));
    w.h.setNow(NOW.getTime() + 5 * DAY);
    expect(w.h.fireTimeDriven()).toBe(1);
    expect(trackingTriggers(w)).toEqual([]);
    trackDaily(w, 'NO');
    expect(w.h.ui.alerts.at(-1)?.prompt).toMatch(/^Daily tracking is off\./);
  });

  it('hands over when another editor turns it off: their trigger removes itself', () => {
    const w = fed();
    trackDaily(w);
    const triggers = w.h.emulation.triggers;
    triggers.user = 'colleague';
    trackDaily(w); // on, as the document says: turned off for everyone
    trackDaily(w); // and on again, now with the colleague's trigger
    triggers.user = 'user';
    expect(trackingTriggers(w).map((t) => t.user)).toEqual(['user', 'colleague']);
    w.h.setNow(NOW.getTime() + 2 * DAY);
    w.h.fireTimeDriven();
    expect(trackingTriggers(w).map((t) => t.user)).toEqual(['colleague']);
  });

  it('logs a failure and throws at no one', () => {
    const w = fed();
    trackDaily(w);
    // Another Okapi write holds the document lock all along the run.
    w.h.emulation.doc.documentLock.holder = -1;
    w.h.setNow(NOW.getTime() + DAY);
    expect(() => w.h.fireTimeDriven()).not.toThrow();
    expect(w.h.logs.at(-1)).toMatch(/^Okapi daily tracking: Another Okapi refresh/);
  });
});

/**
 * The calls a refresh makes only for a table longer than a new sheet (1,000 rows): checking that
 * its protection and colours reach its last row (src/workbook/refresh/extend.ts). They depend on
 * that, not on how many rows there are, and 100 key results never make such a table.
 */
const PAST_A_NEW_SHEET =
  /^(Sheet\.(getProtections|getConditionalFormatRules|getMaxRows)|Protection\.|ConditionalFormatRule\.|Range\.getLastRow)/;

function shapeFree(calls: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(calls).filter(([m]) => !PAST_A_NEW_SHEET.test(m)));
}

describe('A daily run’s service calls', () => {
  /**
   * The night after the first refresh of `krs` typed key results, the first fed by a formula
   * whose source changed: the calls of that night's run. The history has room for the day's
   * rows in both sizes (growing it when full is one more call, docs/workbook.md#refresh).
   */
  function dailyRun(krs: number): Record<string, number> {
    const w = typed(krs);
    w.sheet('Sheet1').getRange('A1').setValue(120);
    w.okr.getRange(FIRST_KR_ROW, w.col(OKR_SHEET, 'Current')).setFormula('=Sheet1!A1');
    w.refresh();
    const h = w.sheet(HISTORY_SHEET);
    h.insertRowsAfter(h.getMaxRows(), 10);
    trackDaily(w);
    w.h.setNow(NOW.getTime() + DAY / 2);
    w.sheet('Sheet1').getRange('A1').setValue(130);
    w.h.setNow(NOW.getTime() + DAY);
    w.h.calls.reset();
    expect(w.h.fireTimeDriven()).toBe(1);
    expect(
      history(w)
        .filter((r) => r.ID === 'KR1')
        .map((r) => r.Current),
    ).toEqual([120, 130]);
    return w.h.calls.byMethod();
  }

  it('are the same for 100 and 400 key results', () => {
    const small = dailyRun(100);
    const large = dailyRun(400);
    console.log('daily run (data / all):', dataCalls(small), dataCalls(large), small, large);
    // Seven reads; the history's new rows, values and formats; the dashboard's trend and counts.
    expect(dataCalls(small)).toBe(11);
    expect(dataCalls(large)).toBe(11);
    expect(shapeFree(large)).toEqual(shapeFree(small));
  }, 120_000);
});

describe('The emulated add-on triggers (emulation/README.md, "Triggers")', () => {
  const setup = () => {
    const { emulation, globals } = createEmulation({ now: NOW, timeZone: 'Europe/Paris' });
    const daily = () =>
      globals.ScriptApp.newTrigger('run').timeBased().everyDays(1).atHour(23).create();
    return { emulation, globals, daily };
  };

  it('hold one time-driven trigger per user and document, at most hourly', () => {
    const { emulation, globals, daily } = setup();
    daily();
    expect(daily).toThrow(/already has a CLOCK trigger/);
    expect(() => globals.ScriptApp.newTrigger('run').timeBased().everyMinutes(5)).toThrow(
      /once per hour/,
    );
    emulation.triggers.user = 'colleague';
    expect(globals.ScriptApp.getProjectTriggers()).toEqual([]);
    daily();
    expect(emulation.triggers.list().map((t) => t.user)).toEqual(['user', 'colleague']);
  });

  it('are managed in AuthMode.FULL only, and run with no UI, within their hour, once a night', () => {
    const { emulation, globals, daily } = setup();
    expect(() => emulation.run('LIMITED', daily)).toThrow(
      /permission to call ScriptApp.newTrigger/,
    );
    daily();
    const runs: { at: number; ui: string }[] = [];
    emulation.setNow(NOW.getTime() + 2 * DAY);
    emulation.triggers.fireDue(() => {
      let ui = 'shown';
      try {
        globals.SpreadsheetApp.getUi();
      } catch (e) {
        ui = (e as Error).message;
      }
      runs.push({ at: emulation.doc.now(), ui });
    });
    expect(runs.map((r) => r.ui)).toEqual([
      'Cannot call SpreadsheetApp.getUi() from this context.',
      'Cannot call SpreadsheetApp.getUi() from this context.',
    ]);
    // 23:00–24:00 in Paris (UTC+2 in May), on the 15th and the 16th; the clock is put back.
    for (const [i, r] of runs.entries()) {
      const since = r.at - Date.UTC(2025, 4, 15 + i, 21);
      expect(since >= 0 && since < 3_600_000).toBe(true);
    }
    expect(emulation.doc.now()).toBe(NOW.getTime() + 2 * DAY);
    expect(() => globals.SpreadsheetApp.getUi()).not.toThrow();
  });
});
