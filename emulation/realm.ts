/**
 * The JavaScript realm the script runs in. Values handed to a script loaded in a vm context must
 * be built from that context's constructors, otherwise `value instanceof Date` or
 * `e instanceof Error` in the script would be false for values coming from the emulation.
 */
import vm from 'node:vm';

export interface Realm {
  date(ms: number): Date;
  error(message: string): Error;
  array<T>(items: T[]): T[];
  /** An array of arrays, both levels built in the realm, in one crossing. */
  arrays<T>(rows: T[][]): T[][];
  object(props: Record<string, unknown>): Record<string, unknown>;
}

/** The host's own realm: used when services are driven directly from host code (unit tests). */
export const hostRealm: Realm = {
  date: (ms) => new Date(ms),
  error: (message) => new Error(message),
  array: (items) => items,
  arrays: (rows) => rows,
  object: (props) => props,
};

/** A realm backed by a vm context's own built-ins. */
export function contextRealm(context: vm.Context): Realm {
  const make = vm.runInContext(
    `(function () {
      return {
        date: function (ms) { return new Date(ms); },
        error: function (message) { return new Error(message); },
        // Indexed copies: Array.from on another realm's array takes the iterator's slow path.
        array: function (items) {
          var out = new Array(items.length);
          for (var i = 0; i < items.length; i++) out[i] = items[i];
          return out;
        },
        arrays: function (rows) {
          var out = new Array(rows.length);
          for (var i = 0; i < rows.length; i++) {
            var row = rows[i];
            var line = new Array(row.length);
            for (var j = 0; j < row.length; j++) line[j] = row[j];
            out[i] = line;
          }
          return out;
        },
        object: function (props) { return Object.assign({}, props); },
      };
    })()`,
    context,
  ) as Realm;
  return make;
}
