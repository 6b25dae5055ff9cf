import { describe, expect, it } from 'vitest';
import { chromiumPath, type System, sofficePath } from '../support/programs';

/** A Linux machine with no environment whose only executables are `files`. */
function machine(files: readonly string[], overrides: Partial<System> = {}): System {
  return {
    env: {},
    platform: 'linux',
    isExecutable: (path) => files.includes(path),
    readdir: () => [],
    ...overrides,
  };
}

describe('finding the programs the tests drive', () => {
  it('takes the program named by its environment variable first', () => {
    const system = machine(['/usr/bin/chromium', '/home/me/chrome'], {
      env: { CHROMIUM: '/home/me/chrome' },
    });
    expect(chromiumPath(system)).toBe('/home/me/chrome');
  });

  it('refuses a variable that names no executable file, saying so', () => {
    const system = machine(['/usr/bin/soffice'], { env: { SOFFICE: '/nowhere/soffice' } });
    expect(() => sofficePath(system)).toThrow('SOFFICE=/nowhere/soffice is not an executable file');
  });

  it('finds Chromium at the usual Linux locations, in order', () => {
    expect(chromiumPath(machine(['/snap/bin/chromium', '/usr/bin/google-chrome']))).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('finds LibreOffice under /opt/libreoffice*, the newest first', () => {
    const system = machine(
      ['/opt/libreoffice7.6/program/soffice', '/opt/libreoffice24.8/program/soffice'],
      { readdir: (dir) => (dir === '/opt' ? ['google', 'libreoffice7.6', 'libreoffice24.8'] : []) },
    );
    expect(sofficePath(system)).toBe('/opt/libreoffice24.8/program/soffice');
  });

  it('searches each PATH entry for the program names', () => {
    const system = machine(['/home/me/bin/libreoffice'], {
      env: { PATH: '/usr/local/bin::/home/me/bin' },
    });
    expect(sofficePath(system)).toBe('/home/me/bin/libreoffice');
  });

  it('searches the Windows PATH for .exe names', () => {
    const system = machine(['C:\\Tools\\chromium.exe'], {
      platform: 'win32',
      env: { PATH: 'C:\\Windows;C:\\Tools' },
    });
    expect(chromiumPath(system)).toBe('C:\\Tools\\chromium.exe');
  });

  it('finds the Windows installs under Program Files', () => {
    const soffice = 'D:\\Apps\\LibreOffice\\program\\soffice.exe';
    const system = machine([soffice], { platform: 'win32', env: { ProgramFiles: 'D:\\Apps' } });
    expect(sofficePath(system)).toBe(soffice);
  });

  it('finds the macOS application bundles', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const soffice = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    const system = machine([chrome, soffice, '/usr/bin/chromium'], { platform: 'darwin' });
    expect(chromiumPath(system)).toBe(chrome);
    expect(sofficePath(system)).toBe(soffice);
  });

  it('says what to install when a program is missing', () => {
    const system = machine([], { env: { PATH: '/usr/bin:/bin' } });
    expect(() => chromiumPath(system)).toThrow(/sudo apt-get install chromium\n/);
    expect(() => chromiumPath(system)).toThrow('brew install --cask chromium');
    expect(() => chromiumPath(system)).toThrow('set CHROMIUM=/path/to/it');
    expect(() => sofficePath(system)).toThrow(
      'sudo apt-get install --no-install-recommends libreoffice-calc-nogui',
    );
    expect(() => sofficePath(system)).toThrow('brew install --cask libreoffice');
    expect(() => sofficePath(system)).toThrow('set SOFFICE=/path/to/it');
  });
});
