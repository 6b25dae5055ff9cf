import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The pushed files exactly as Apps Script loads them: every .js file of dist/ evaluated in one
 * bare global scope. Run `npm run build` first (npm test does).
 */
const dist = join(import.meta.dirname, '../../dist');
const scripts = () =>
  readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => ({ name: f, code: readFileSync(join(dist, f), 'utf8') }));

const SERVICES = [
  'SpreadsheetApp',
  'ScriptApp',
  'Session',
  'LockService',
  'PropertiesService',
  'HtmlService',
  'Utilities',
  'CacheService',
  'UrlFetchApp',
  'DriveApp',
  'Logger',
];

/** A context whose services record every touch: loading must touch none of them. */
function recordingContext(): { context: vm.Context; touched: string[] } {
  const touched: string[] = [];
  const globals: Record<string, unknown> = {};
  for (const name of SERVICES)
    globals[name] = new Proxy(
      {},
      {
        get: (_t, key) => {
          touched.push(`${name}.${String(key)}`);
          return () => undefined;
        },
      },
    );
  return { context: vm.createContext(globals), touched };
}

function load(context: vm.Context, order: 'forward' | 'reverse' = 'forward'): void {
  const files = scripts();
  if (order === 'reverse') files.reverse();
  for (const f of files) vm.runInContext(f.code, context, { filename: f.name });
}

describe('the pushed bundle', () => {
  beforeAll(() => {
    expect(scripts().map((s) => s.name)).toContain('main.js');
  });

  it('touches no service at load, whatever the file order', () => {
    for (const order of ['forward', 'reverse'] as const) {
      const { context, touched } = recordingContext();
      load(context, order);
      expect(touched).toEqual([]);
    }
  });

  it('declares every entry point as a top-level function', () => {
    const { context } = recordingContext();
    load(context);
    for (const name of [
      'onOpen',
      'onInstall',
      'KR_PROGRESS',
      'OKR_SCORE',
      'KPI_STATUS',
      'PERIOD_ELAPSED',
      'okapiCreateTemplate',
      'okapiOpenSidebar',
      'okapiRefresh',
      'okapiHelp',
    ])
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('function');
  });

  it('puts each custom function’s JSDoc directly above it, @param names matching the parameters', () => {
    const code = readFileSync(join(dist, 'main.js'), 'utf8');
    const found = [
      ...code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nfunction (\w+)\(([^)]*)\)/g),
    ];
    const custom = found.filter((m) => m[1]?.includes('@customfunction'));
    expect(custom.map((m) => m[2]).sort()).toEqual([
      'KPI_STATUS',
      'KR_PROGRESS',
      'OKR_SCORE',
      'PERIOD_ELAPSED',
    ]);
    for (const [, doc = '', name, params = ''] of custom) {
      const documented = [...doc.matchAll(/@param\s+\{[^}]*\}\s+(\w+)/g)].map((m) => m[1]);
      expect(documented, name).toEqual(params.split(',').map((p) => p.trim()));
      expect(doc, name).toMatch(/@return /);
      expect(
        doc.split('\n')[1]?.trim().replace(/^\* ?/, '').length,
        `${name} summary`,
      ).toBeGreaterThan(10);
    }
  });
});

describe('worked cases of the method, through the bundle', () => {
  /** Custom functions may read the spreadsheet locale, nothing else. */
  function withLocale(locale: string): { context: vm.Context; calls: string[] } {
    const calls: string[] = [];
    const spreadsheet = {
      getSpreadsheetLocale: () => {
        calls.push('Spreadsheet.getSpreadsheetLocale');
        return locale;
      },
    };
    const context = vm.createContext({
      SpreadsheetApp: {
        getActiveSpreadsheet: () => {
          calls.push('SpreadsheetApp.getActiveSpreadsheet');
          return spreadsheet;
        },
      },
    });
    load(context);
    return { context, calls };
  }
  const call = (c: vm.Context, fn: string, ...args: unknown[]) =>
    (c[fn] as (...a: unknown[]) => unknown)(...args);
  const col = (...xs: unknown[]) => xs.map((x) => [x]);

  it('scores the KR shapes of the method', () => {
    const { context, calls } = withLocale('en_US');
    expect(call(context, 'KR_PROGRESS', 0.18, 0.2, 0.15)).toBe(0.6);
    expect(call(context, 'KR_PROGRESS', 45, 37.5, 50)).toBe(0.4);
    expect(call(context, 'KR_PROGRESS', true, 1, 0, 'milestone')).toBe(1);
    expect(
      call(
        context,
        'OKR_SCORE',
        col(0.18, 45, true),
        col(0.2, 37.5, 1),
        col(0.15, 50, 0),
        col(1, 1, 2),
        col('', '', 'milestone'),
      ),
    ).toBe(0.75);
    expect(calls).toEqual([]);
  });

  it('gives KPI statuses in English and French, reading the locale once', () => {
    const en = withLocale('en_US');
    expect(call(en.context, 'KPI_STATUS', col(1000, 950, 800, ''), 1000)).toEqual(
      col('On track', 'At risk', 'Off track', 'No data'),
    );
    expect(call(en.context, 'KPI_STATUS', 40, 37.5, 'lower')).toBe('At risk');
    expect(call(en.context, 'KPI_STATUS', 6000, 10000, 'lower', '', 0.5)).toBe('Off track');
    const fr = withLocale('fr_FR');
    expect(call(fr.context, 'KPI_STATUS', col(30, 41, 50), 37.5, 'baisse')).toEqual(
      col('En bonne voie', 'À risque', 'En retard'),
    );
    expect(fr.calls).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSpreadsheetLocale',
    ]);
  });

  it('throws errors that name the argument, never a TypeError', () => {
    const { context } = withLocale('en_US');
    expect(() => call(context, 'KR_PROGRESS', 'lots', 10)).toThrow(
      'KR_PROGRESS: current must be a number, not "lots".',
    );
    expect(() => call(context, 'KR_PROGRESS')).not.toThrow();
    expect(call(context, 'KR_PROGRESS')).toBe('');
  });
});
