/**
 * The changes the server sends after a typed value (playground/sheet-changes.ts) bring the
 * page's view of the sheet to the sheet as it now is, and name only the cells that changed.
 * Runs the demo workbook on the built bundle: `npm run build` comes first.
 */
import { describe, expect, it } from 'vitest';
import { localesOf } from '../../playground/options';
import { PlaygroundSession } from '../../playground/session';
import { applyChanges } from '../../playground/sheet-changes';
import { sheetView } from '../../playground/sheet-view';
import type { PlaygroundView, SheetView } from '../../playground/view';

/** The whole sheet of a view, which a page that shows no revision yet receives. */
function whole(view: PlaygroundView): SheetView {
  if ('changed' in view.sheet) throw new Error('Expected the whole sheet');
  return view.sheet;
}

describe('the view of a sheet after a typed value', () => {
  // Mid-quarter, so that the demo's weeks of check-ins fit in it whatever the day the test runs.
  const session = new PlaygroundSession(localesOf('en'), { today: new Date(2026, 10, 20, 9) });
  const sheet = session.handle.emulation.doc.active.name;

  it('is the cells that changed, which applied to the page’s view give the sheet as it is', () => {
    const first = session.view();
    session.type(sheet, 'J6', '3%');
    const next = session.view(first.revision);
    if (!('changed' in next.sheet)) throw new Error('Expected the changes only');
    expect(next.sheet.base).toBe(first.revision);
    expect(Object.keys(next.sheet.changed)).toContain('J6');
    // The typed cell, its key result's computed cells and its objective's: a handful of hundreds.
    expect(Object.keys(next.sheet.changed).length).toBeLessThan(20);
    expect(applyChanges(whole(first), next.sheet)).toEqual(sheetView(session.handle, sheet));
  }, 60_000);

  it('is the whole sheet for a page showing another revision, or after a tab change', () => {
    const shown = session.view();
    session.type(sheet, 'J6', '4%');
    expect('changed' in session.view(shown.revision - 1).sheet).toBe(false);
    const latest = session.view();
    session.activate('Dashboard');
    expect(whole(session.view(latest.revision)).name).toBe('Dashboard');
  });
});
