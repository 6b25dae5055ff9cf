/**
 * Counting gateway between a script and the emulated services.
 *
 * Every service object the script can reach is handed out wrapped in a Proxy. The proxy is the
 * single place where a script call is counted ("Class.method"), checked against the current
 * execution's auth mode, converted between the script's vm realm and the host realm, and where
 * an unknown method becomes a clear "Not emulated: Class.method" error. The emulation itself
 * and the inspection API use the unwrapped objects, so their calls are never counted.
 */
import { types } from 'node:util';
import type { Realm } from './realm';

/** Property under which an emulated service object declares its Apps Script class name. */
export const SERVICE: unique symbol = Symbol('okapi.emulation.service');

export interface ServiceObject {
  readonly [SERVICE]: string;
}

export function isServiceObject(value: unknown): value is ServiceObject {
  return typeof value === 'object' && value !== null && SERVICE in value;
}

export type CallHook = (method: string) => void;

/** The per-document tally of script calls. */
export class CallLog {
  #total = 0;
  #counts = new Map<string, number>();
  #hooks: { method: string; hook: CallHook; once: boolean }[] = [];

  get total(): number {
    return this.#total;
  }

  /** Calls per "Class.method", sorted by name so snapshots are stable. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  count(method: string): number {
    return this.#counts.get(method) ?? 0;
  }

  reset(): void {
    this.#total = 0;
    this.#counts.clear();
  }

  /**
   * Runs `hook` right after each completed call of `method` ("Class.method", or "*").
   * This is how a test injects a second execution in the middle of a first one.
   */
  after(method: string, hook: CallHook, options: { once?: boolean } = {}): void {
    this.#hooks.push({ method, hook, once: options.once ?? false });
  }

  record(method: string): void {
    this.#total++;
    this.#counts.set(method, (this.#counts.get(method) ?? 0) + 1);
  }

  completed(method: string): void {
    const due = this.#hooks.filter((h) => h.method === method || h.method === '*');
    this.#hooks = this.#hooks.filter((h) => !(h.once && due.includes(h)));
    for (const h of due) h.hook(method);
  }
}

/** Decides whether the current execution may call a method; returns the refusal message. */
export type PermissionCheck = (service: string, method: string) => string | undefined;

/** Names a Proxy must answer with `undefined` rather than a "Not emulated" stub (probing by runtimes). */
const PROBED = new Set([
  'then',
  'toJSON',
  'constructor',
  'inspect',
  'asymmetricMatch',
  'nodeType',
  '$$typeof',
]);

export class Gateway {
  readonly #proxies = new WeakMap<object, object>();
  readonly #targets = new WeakMap<object, object>();

  constructor(
    readonly calls: CallLog,
    readonly realm: Realm,
    readonly permission: PermissionCheck,
  ) {}

  /** The script-facing proxy of a service object (stable per object). */
  expose<T extends object>(target: T): T {
    const known = this.#proxies.get(target) as T | undefined;
    if (known) return known;
    const service = (target as Partial<ServiceObject>)[SERVICE] ?? 'Object';
    const proxy = new Proxy<T>(target, this.#handler(service) as ProxyHandler<T>);
    this.#proxies.set(target, proxy);
    this.#targets.set(proxy, target);
    return proxy;
  }

  /** Host value of something the script passed in: proxies unwrapped, arrays copied. */
  unwrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const target = this.#targets.get(value);
    if (target) return target;
    if (Array.isArray(value)) {
      // A plain loop, not .map (a vm-realm array's map would build another vm-realm array),
      // and primitives copied inline: setValues hands over 10,000 × 20 cells.
      const items = value as unknown[];
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) {
        const v = items[i];
        out[i] = typeof v === 'object' && v !== null ? this.unwrap(v) : v;
      }
      return out;
    }
    // An options object ({ template: sheet }) may carry service objects: unwrap its values.
    // Its prototype is its own realm's Object.prototype, whose prototype is null.
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null || Object.getPrototypeOf(proto) === null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.unwrap(v)]));
    }
    return value;
  }

  /** Script-realm value of something a service returns. */
  wrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (isServiceObject(value)) return this.expose(value);
    if (Array.isArray(value)) {
      // A grid (getValues) crosses into the script's realm in one call, not one per row.
      // Rows of primitives cross as they are (the realm copies them); others get wrapped.
      if (value.length > 0 && value.every((row) => Array.isArray(row))) {
        const rows = value as unknown[][];
        const prepared = new Array<unknown[]>(rows.length);
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i] ?? [];
          let plain = true;
          for (let j = 0; plain && j < row.length; j++) {
            const v = row[j];
            plain = typeof v !== 'object' || v === null;
          }
          prepared[i] = plain ? row : this.#wrapItems(row);
        }
        return this.realm.arrays(prepared);
      }
      return this.realm.array(this.#wrapItems(value));
    }
    if (types.isDate(value)) return this.realm.date(value.getTime());
    if (Object.getPrototypeOf(value) === Object.prototype) {
      const entries = Object.entries(value).map(([k, v]) => [k, this.wrap(v)] as const);
      return this.realm.object(Object.fromEntries(entries));
    }
    return value;
  }

  /** Host array of the script-realm values of `items`; primitives are copied inline. */
  #wrapItems(items: readonly unknown[]): unknown[] {
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      out[i] = typeof v === 'object' && v !== null ? this.wrap(v) : v;
    }
    return out;
  }

  #handler(service: string): ProxyHandler<object> {
    const methods = new Map<PropertyKey, (...args: unknown[]) => unknown>();
    return {
      get: (target, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(target, prop);
        const value: unknown = Reflect.get(target, prop);
        if (typeof value !== 'function') {
          if (value !== undefined || PROBED.has(prop))
            return value === undefined ? undefined : this.wrap(value);
          return this.#notEmulated(`${service}.${prop}`);
        }
        let method = methods.get(prop);
        if (!method) {
          method = this.#method(target, service, prop, value as (...a: unknown[]) => unknown);
          methods.set(prop, method);
        }
        return method;
      },
      set: () => false,
    };
  }

  #method(target: object, service: string, name: string, fn: (...args: unknown[]) => unknown) {
    const qualified = `${service}.${name}`;
    return (...args: unknown[]): unknown => {
      this.calls.record(qualified);
      const refusal = this.permission(service, name);
      if (refusal) throw this.realm.error(refusal);
      let result: unknown;
      try {
        result = fn.apply(
          target,
          args.map((a) => this.unwrap(a)),
        );
      } catch (e) {
        throw this.realm.error(e instanceof Error ? e.message : String(e));
      }
      this.calls.completed(qualified);
      return this.wrap(result);
    };
  }

  #notEmulated(qualified: string) {
    return () => {
      throw this.realm.error(`Not emulated: ${qualified}`);
    };
  }
}
