import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../emulation/load';

/** The menu, through the real bundle in the emulation (run `npm run build` first). */
describe('Extensions ▸ Okapi', () => {
  for (const mode of ['NONE', 'LIMITED', 'FULL'] as const)
    it(`onOpen builds the add-on menu in AuthMode.${mode}`, () => {
      const h = loadBundle({ locale: 'fr_FR', userLocale: 'fr' });
      expect(h.loadTimeCalls).toBe(0);
      h.trigger('onOpen', mode);
      expect(h.ui.menus).toHaveLength(1);
      const menu = h.ui.menus[0];
      expect(menu?.addon).toBe(true);
      expect(menu?.items.filter((i) => !i.separator).map((i) => i.functionName)).toEqual([
        'okapiCreateTemplate',
        'okapiOpenSidebar',
        'okapiRefresh',
        'okapiClosePeriodMenu',
        'okapiNextPeriodMenu',
        'okapiTrackDaily',
        'okapiHelp',
      ]);
      // Where the document can be read its language is used; in NONE the user's locale is.
      expect(menu?.items[0]?.caption).toBe('Créer le modèle OKR');
    });

  it('onInstall builds the same menu', () => {
    const h = loadBundle();
    h.trigger('onInstall', 'FULL');
    expect(h.ui.menus[0]?.items.filter((i) => !i.separator).map((i) => i.caption)).toEqual([
      'Create OKR template',
      'Open sidebar',
      'Refresh progress',
      'Close period…',
      'Start next period…',
      'Track daily',
      'Help',
    ]);
  });

  it('Help explains the functions without throwing', () => {
    const h = loadBundle();
    h.run('okapiHelp');
    expect(h.ui.alerts[0]?.prompt).toContain('KR_PROGRESS(current, target, [baseline], [kind])');
  });
});
