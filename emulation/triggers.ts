/**
 * Installable triggers as an editor add-on has them (README, "Triggers"): ScriptApp's trigger
 * builders and `Trigger`s, the add-on's restrictions, and time-driven runs fired as the clock
 * moves. The emulated script is an add-on, so the add-on rules always apply.
 */
import { SERVICE } from './calls';
import type { AuthMode } from './execution';
import { instantFromSerial, serialFromInstant } from './time';

export const EVENT_TYPE = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
type EventType = keyof typeof EVENT_TYPE;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

interface Installed {
  readonly uid: string;
  readonly handler: string;
  readonly eventType: EventType;
  /** Whose trigger it is: it runs as them, and only they see it. */
  readonly user: string;
  /** The next time-driven run, and the time between runs. */
  next: number;
  readonly period: number;
}

/** What the emulation needs from its world: the clock and the script's time zone. */
export interface TriggerClock {
  now(): number;
  setNow(now: number): void;
  timeZone(): string;
}

/** Calls that manage triggers: they need the script.scriptapp grant, so AuthMode.FULL. */
const MANAGING = new Set([
  'ScriptApp.newTrigger',
  'ScriptApp.getProjectTriggers',
  'ScriptApp.getUserTriggers',
  'ScriptApp.deleteTrigger',
]);
const TRIGGER_SERVICES = new Set(['TriggerBuilder', 'ClockTriggerBuilder', 'Trigger']);

/** The installable triggers of the one document, for every user. */
export class Triggers {
  /** The user running scripts now: tests switch it to play a second editor. */
  user = 'user';
  readonly #installed: Installed[] = [];
  readonly #clock: TriggerClock;
  #nextUid = 1;
  #timeDriven = false;

  constructor(clock: TriggerClock) {
    this.#clock = clock;
  }

  /** The current user's triggers (a given account cannot see another's). */
  own(): Trigger[] {
    return this.#installed.filter((t) => t.user === this.user).map((t) => new Trigger(t));
  }

  /** Every trigger, of every user, as plain data: for tests. */
  list(): readonly { uid: string; handler: string; eventType: string; user: string }[] {
    return this.#installed.map(({ uid, handler, eventType, user }) => ({
      uid,
      handler,
      eventType,
      user,
    }));
  }

  install(handler: string, eventType: EventType, first: number, period: number): Trigger {
    // "Each add-on can only have one trigger of each type, per user, per document."
    if (this.#installed.some((t) => t.user === this.user && t.eventType === eventType))
      throw new Error(
        `This add-on already has a ${eventType} trigger for this user in this document.`,
      );
    const t: Installed = {
      uid: String(this.#nextUid++),
      handler,
      eventType,
      user: this.user,
      next: first,
      period,
    };
    this.#installed.push(t);
    return new Trigger(t);
  }

  delete(trigger: Trigger): void {
    const at = this.#installed.findIndex(
      (t) => t.uid === trigger.getUniqueId() && t.user === this.user,
    );
    if (at >= 0) this.#installed.splice(at, 1);
  }

  /**
   * Runs every time-driven trigger due by now, each run at its own time (the clock is set to it,
   * then put back), oldest first, as their users, with no UI. Returns how many ran.
   */
  fireDue(run: (handler: string, event: Record<string, unknown>) => void): number {
    const end = this.#clock.now();
    const user = this.user;
    let ran = 0;
    try {
      for (;;) {
        const due = this.#installed
          .filter((t) => t.eventType === 'CLOCK' && t.next <= end)
          .sort((a, b) => a.next - b.next)[0];
        if (due === undefined) break;
        this.#clock.setNow(due.next);
        due.next += due.period;
        this.user = due.user;
        this.#timeDriven = true;
        try {
          run(due.handler, { authMode: 'FULL', triggerUid: due.uid });
        } finally {
          this.#timeDriven = false;
        }
        ran++;
      }
    } finally {
      this.#clock.setNow(end);
      this.user = user;
    }
    return ran;
  }

  /** The first run of a clock trigger built with `spec`, created now. */
  firstRun(spec: ClockSpec): number {
    const now = this.#clock.now();
    if (spec.hour === undefined) return now + spec.period;
    // Apps Script picks a minute within the hour and keeps it: a fixed one, from the uid.
    const minute = spec.minute ?? (this.#nextUid * 37) % 60;
    const zone = spec.timeZone ?? this.#clock.timeZone();
    const today = Math.floor(serialFromInstant(now, zone));
    const at = (day: number) =>
      instantFromSerial(day + (spec.hour ?? 0) / 24 + minute / 1440, zone);
    return at(today) > now ? at(today) : at(today + 1);
  }

  /**
   * What the add-on may not do now, beyond execution.ts's policy: manage triggers outside
   * AuthMode.FULL, or reach a UI from a time-driven run, where no one is at the keyboard.
   */
  refusal(authMode: AuthMode, service: string, method: string): string | undefined {
    const name = `${service}.${method}`;
    if ((MANAGING.has(name) || TRIGGER_SERVICES.has(service)) && authMode !== 'FULL')
      return `You do not have permission to call ${name}`;
    if (this.#timeDriven && name === 'SpreadsheetApp.getUi')
      return 'Cannot call SpreadsheetApp.getUi() from this context.';
    return undefined;
  }
}

export interface ClockSpec {
  readonly period: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly timeZone?: string;
}

export class Trigger {
  readonly [SERVICE] = 'Trigger';
  readonly #t: Installed;

  constructor(t: Installed) {
    this.#t = t;
  }
  getHandlerFunction(): string {
    return this.#t.handler;
  }
  getUniqueId(): string {
    return this.#t.uid;
  }
  getEventType(): string {
    return this.#t.eventType;
  }
}

export class TriggerBuilder {
  readonly [SERVICE] = 'TriggerBuilder';
  readonly #triggers: Triggers;
  readonly #handler: string;

  constructor(triggers: Triggers, handler: string) {
    this.#triggers = triggers;
    this.#handler = String(handler);
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.#triggers, this.#handler);
  }
}

export class ClockTriggerBuilder {
  readonly [SERVICE] = 'ClockTriggerBuilder';
  readonly #triggers: Triggers;
  readonly #handler: string;
  #spec: { period?: number; hour?: number; minute?: number; timeZone?: string } = {};

  constructor(triggers: Triggers, handler: string) {
    this.#triggers = triggers;
    this.#handler = handler;
  }
  everyMinutes(_n: number): ClockTriggerBuilder {
    // "Time-driven triggers cannot run more frequently than once per hour" in an add-on.
    throw new Error('Add-ons cannot run time-driven triggers more often than once per hour.');
  }
  everyHours(n: number): ClockTriggerBuilder {
    this.#spec.period = positive(n, 'everyHours') * HOUR_MS;
    return this;
  }
  everyDays(n: number): ClockTriggerBuilder {
    this.#spec.period = positive(n, 'everyDays') * DAY_MS;
    return this;
  }
  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw new Error('The hour must be between 0 and 23.');
    this.#spec.hour = hour;
    return this;
  }
  nearMinute(minute: number): ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw new Error('The minute must be between 0 and 59.');
    this.#spec.minute = minute;
    return this;
  }
  inTimezone(timeZone: string): ClockTriggerBuilder {
    this.#spec.timeZone = String(timeZone);
    return this;
  }
  create(): Trigger {
    const { period, hour } = this.#spec;
    if (period === undefined) throw new Error('A clock trigger needs a recurrence.');
    if (hour !== undefined && period < DAY_MS)
      throw new Error('atHour applies to daily or weekly triggers only.');
    const spec: ClockSpec = { ...this.#spec, period };
    return this.#triggers.install(this.#handler, 'CLOCK', this.#triggers.firstRun(spec), period);
  }
}

function positive(n: number, method: string): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${method} takes a whole number from 1.`);
  return n;
}
