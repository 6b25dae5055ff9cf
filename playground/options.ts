/**
 * The playground's command line: `npm start -- --lang fr` (or `--lang=fr_FR`, LANG-style values
 * such as `fr_FR.UTF-8` too) picks the emulated document's locale; `--blank` opens an empty
 * spreadsheet instead of the demo workbook; PORT picks the port.
 */

export interface PlaygroundOptions {
  /** 0 asks the system for a free port. */
  readonly port: number;
  /** A language ("fr") or a LANG-style locale ("fr_FR", "fr_FR.UTF-8"). */
  readonly lang: string;
  readonly blank: boolean;
}

export const DEFAULT_PORT = 8080;

/** The spreadsheet locale each short language stands for. */
const LOCALE_OF_LANGUAGE: Readonly<Record<string, string>> = { en: 'en_US', fr: 'fr_FR' };

export interface Locales {
  /** The spreadsheet's locale ("fr_FR"). */
  readonly locale: string;
  /** The user's language, as Session.getActiveUserLocale() gives it ("fr"). */
  readonly userLocale: string;
}

export function localesOf(lang: string): Locales {
  const [code = ''] = lang.split(/[.@]/);
  const [language = 'en', region] = code.replace('-', '_').split('_');
  const userLocale = language.toLowerCase() || 'en';
  const locale = region
    ? `${userLocale}_${region.toUpperCase()}`
    : (LOCALE_OF_LANGUAGE[userLocale] ?? 'en_US');
  return { locale, userLocale };
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): PlaygroundOptions {
  let lang = 'en';
  let blank = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--blank') blank = true;
    else if (arg === '--lang') {
      lang = argv[i + 1] ?? lang;
      i++;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else
      throw new Error(
        `Unknown option ${arg}: the playground takes --lang <en|fr|xx_YY> and --blank`,
      );
  }
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return { port, lang, blank };
}
