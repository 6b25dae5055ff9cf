/**
 * Finds the programs the tests drive: Chromium (or Chrome) for the browser tests and
 * LibreOffice's soffice for the .xlsx test. Looks at the environment variable first, then the
 * usual install locations, then the PATH; never downloads anything. A program that is missing
 * is an error saying what to install, so the tests that need it fail clearly instead of
 * skipping (scripts/ensure-system-packages.sh installs both on Debian).
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import process from 'node:process';

/** What the lookup reads from the machine; tests pass their own. */
export interface System {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly isExecutable: (path: string) => boolean;
  /** The names in a directory, or none when it cannot be read. */
  readonly readdir: (dir: string) => readonly string[];
}

const nodeSystem: System = {
  env: process.env,
  platform: process.platform,
  isExecutable: (path) => {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  readdir: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

interface Program {
  readonly variable: string;
  /** What to install, as the error names it. */
  readonly what: string;
  /** Names to look for in each PATH entry (with .exe on Windows). */
  readonly names: readonly string[];
  readonly locations: (system: System) => readonly string[];
  /** How to install it where a package manager can. */
  readonly install: readonly string[];
}

/** The Program Files folders of Windows, for the installers that use them. */
const programFiles = ({ env }: System): string[] => [
  env.ProgramFiles ?? 'C:\\Program Files',
  env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)',
];

const CHROMIUM: Program = {
  variable: 'CHROMIUM',
  what: 'Chromium or Chrome',
  names: ['chromium', 'chromium-browser', 'google-chrome'],
  locations: (system) => {
    if (system.platform === 'darwin')
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ];
    if (system.platform === 'win32') {
      // Chrome installs per user (LOCALAPPDATA) when it has no administrator rights.
      const local = system.env.LOCALAPPDATA;
      return [...programFiles(system), ...(local ? [local] : [])].map((dir) =>
        win32.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      );
    }
    return [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    ];
  },
  install: [
    'Debian: sudo apt-get install chromium',
    // Ubuntu has no chromium deb: its chromium-browser package only installs the snap.
    'Ubuntu: sudo snap install chromium',
    'macOS: brew install --cask chromium',
  ],
};

const SOFFICE: Program = {
  variable: 'SOFFICE',
  what: 'LibreOffice',
  names: ['soffice', 'libreoffice'],
  locations: (system) => {
    if (system.platform === 'darwin')
      return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
    if (system.platform === 'win32')
      return programFiles(system).map((dir) =>
        win32.join(dir, 'LibreOffice', 'program', 'soffice.exe'),
      );
    // The Document Foundation's own packages install to /opt/libreofficeX.Y: newest first.
    const opt = system
      .readdir('/opt')
      .filter((name) => name.startsWith('libreoffice'))
      .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
      .map((name) => `/opt/${name}/program/soffice`);
    return [
      '/usr/bin/soffice',
      '/usr/bin/libreoffice',
      '/usr/lib/libreoffice/program/soffice',
      ...opt,
    ];
  },
  install: [
    'Debian/Ubuntu: sudo apt-get install --no-install-recommends libreoffice-calc-nogui',
    'macOS: brew install --cask libreoffice',
  ],
};

function onPath(program: Program, system: System): string[] {
  const windows = system.platform === 'win32';
  const path = windows ? win32 : posix;
  const suffix = windows ? '.exe' : '';
  return (system.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => program.names.map((name) => path.join(dir, name + suffix)));
}

function find(program: Program, system: System): string {
  const chosen = system.env[program.variable];
  if (chosen) {
    if (system.isExecutable(chosen)) return chosen;
    throw new Error(
      `${program.variable}=${chosen} is not an executable file: ` +
        `point it at ${program.what}, or unset it to use the installed one.`,
    );
  }
  const found = [...program.locations(system), ...onPath(program, system)].find(
    system.isExecutable,
  );
  if (found) return found;
  throw new Error(
    [
      `${program.what} not found (looked at ${program.variable}, the usual install places ` +
        'and the PATH). Install it:',
      ...program.install.map((line) => `  ${line}`),
      `  elsewhere: install ${program.what} and set ${program.variable}=/path/to/it`,
    ].join('\n'),
  );
}

/** The Chromium (or Chrome) executable the browser tests launch. */
export function chromiumPath(system: System = nodeSystem): string {
  return find(CHROMIUM, system);
}

/** LibreOffice's soffice, which recalculates the exported .xlsx. */
export function sofficePath(system: System = nodeSystem): string {
  return find(SOFFICE, system);
}
