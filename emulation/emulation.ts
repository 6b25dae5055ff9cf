/**
 * One emulated world: a document, the script-side services over it, the call log, executions
 * and locks. `createEmulation` drives the services from host code (unit tests of workbook code);
 * `loadBundle` (load.ts) runs a built bundle against it inside a vm context.
 */
import { resolve } from 'node:path';
import { CallLog, Gateway } from './calls';
import { Charts } from './charts';
import { DocumentModel, type DocumentOptions, LockState } from './document';
import { type AuthMode, Executions, refusal } from './execution';
import { Inspector } from './inspect';
import { hostRealm, type Realm } from './realm';
import { LockService, Logger, PropertiesService, ScriptApp, Session, Utilities } from './services';
import { SpreadsheetApp } from './spreadsheet';
import { Triggers } from './triggers';
import { HtmlService } from './ui';

export interface EmulationOptions extends DocumentOptions {
  /** What Session.getActiveUserLocale() returns: 'en' (default), 'fr', … */
  userLocale?: string;
  /** Title of the add-on menu under Extensions (default 'Okapi'). */
  addonTitle?: string;
  /** Folder HtmlService.createHtmlOutputFromFile reads from (default: the repo's dist/). */
  htmlDir?: string;
}

export const DEFAULT_DIST = resolve(import.meta.dirname, '..', 'dist');

/** The Apps Script globals a script sees. */
export interface ServiceGlobals {
  SpreadsheetApp: SpreadsheetApp;
  ScriptApp: ScriptApp;
  LockService: LockService;
  PropertiesService: PropertiesService;
  Session: Session;
  Utilities: Utilities;
  Logger: Logger;
  HtmlService: HtmlService;
  Charts: Charts;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>;
}

export class Emulation {
  readonly doc: DocumentModel;
  readonly calls = new CallLog();
  readonly executions: Executions;
  readonly inspect: Inspector;
  /** Installable triggers, every user's; `fireDue` runs the time-driven ones that are due. */
  readonly triggers: Triggers;
  /** Lines written with Logger.log and console.*. */
  readonly logs: string[] = [];
  userLocale: string;
  readonly #options: EmulationOptions;
  readonly #userProperties = new Map<string, string>();
  readonly #scriptProperties = new Map<string, string>();
  readonly #scriptLock = new LockState();
  readonly #userLock = new LockState();

  constructor(options: EmulationOptions = {}) {
    this.#options = options;
    this.doc = new DocumentModel(options);
    this.userLocale = options.userLocale ?? 'en';
    this.inspect = new Inspector(this.doc);
    this.triggers = new Triggers({
      now: () => this.doc.now(),
      setNow: (now) => this.doc.setNow(now),
      timeZone: () => this.doc.timeZone,
    });
    this.executions = new Executions((ended) => {
      for (const lock of [this.doc.documentLock, this.#scriptLock, this.#userLock]) {
        if (lock.holder === ended.id) lock.holder = undefined;
      }
    });
  }

  /** A gateway that counts and checks the current execution's permissions. */
  gateway(realm: Realm): Gateway {
    return new Gateway(this.calls, realm, (service, method) => {
      const mode = this.executions.current().authMode;
      return refusal(mode, service, method) ?? this.triggers.refusal(mode, service, method);
    });
  }

  /** The service globals, exposed through a gateway. */
  globals(gateway: Gateway): ServiceGlobals {
    const doc = this.doc;
    const log = (...parts: unknown[]) => {
      this.logs.push(parts.map(String).join(' '));
    };
    return {
      SpreadsheetApp: gateway.expose(new SpreadsheetApp(doc, this.#options.addonTitle ?? 'Okapi')),
      ScriptApp: gateway.expose(new ScriptApp(this.executions, this.triggers)),
      LockService: gateway.expose(
        new LockService(
          { document: doc.documentLock, script: this.#scriptLock, user: this.#userLock },
          this.executions,
        ),
      ),
      PropertiesService: gateway.expose(
        new PropertiesService({
          document: doc.documentProperties,
          user: this.#userProperties,
          script: this.#scriptProperties,
        }),
      ),
      Session: gateway.expose(
        new Session(
          () => this.userLocale,
          () => doc.timeZone,
        ),
      ),
      Utilities: gateway.expose(new Utilities()),
      Logger: gateway.expose(new Logger(this.logs)),
      HtmlService: gateway.expose(new HtmlService(this.#options.htmlDir ?? DEFAULT_DIST)),
      Charts: gateway.expose(new Charts()),
      console: { log, info: log, warn: log, error: log },
    };
  }

  /** Runs host code as one execution in an auth mode (locks it takes are released at the end). */
  run<T>(authMode: AuthMode, fn: () => T): T {
    return this.executions.run(authMode, fn);
  }

  setNow(now: Date | number | undefined): void {
    this.doc.setNow(now);
  }
}

/**
 * Services for host-side tests, without a bundle: returns the globals a script would see
 * (counted, permission-checked, host-realm values) and the emulation to inspect.
 */
export function createEmulation(options: EmulationOptions = {}): {
  emulation: Emulation;
  globals: ServiceGlobals;
} {
  const emulation = new Emulation(options);
  return { emulation, globals: emulation.globals(emulation.gateway(hostRealm)) };
}
