/**
 * npm run deploy: pushes dist/ to the Apps Script project named in .clasp.json. That file is
 * each developer's own (it is not committed): without it, or with a placeholder in it, this
 * says how to make one instead of letting clasp fail with "Project file already exists".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const STEPS = `No Apps Script project is set for this clone (.clasp.json). Once:
  1. Turn on the Apps Script API: https://script.google.com/home/usersettings
  2. npx clasp login
  3. Either create a project bound to a new spreadsheet:
       npx clasp create-script --type sheets --title Okapi --rootDir dist
     or use an existing one: copy .clasp.example.json to .clasp.json and put its script ID in.
Then npm run deploy again, and see the README (Deploy) to try it as an add-on.`;

function scriptId(): string | null {
  if (!existsSync('.clasp.json')) return null;
  try {
    const { scriptId } = JSON.parse(readFileSync('.clasp.json', 'utf8')) as { scriptId?: unknown };
    return typeof scriptId === 'string' && /^[\w-]{20,}$/.test(scriptId) ? scriptId : null;
  } catch {
    return null;
  }
}

if (scriptId() === null) {
  console.error(STEPS);
  process.exit(1);
}
execFileSync('npx', ['clasp', 'push', '--force'], { stdio: 'inherit' });
