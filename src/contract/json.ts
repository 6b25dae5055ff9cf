/**
 * What google.script.run can carry: JSON-like data. It fails on a Date and cannot carry a
 * function (or a class instance's methods), so the contract's types are checked against this
 * at compile time: a Date or a function slipped into the state is a type error, not a sidebar
 * that silently fails to load.
 */

/**
 * T with every member that cannot cross replaced by `never`. A type that only holds strings,
 * numbers, booleans, null and arrays or plain objects of them is its own JsonSafe.
 */
export type JsonSafe<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends Date | ((...args: never[]) => unknown) | symbol | bigint
    ? never
    : T extends readonly (infer U)[]
      ? readonly JsonSafe<U>[]
      : { readonly [K in keyof T]: JsonSafe<T[K]> };

/**
 * T itself when it can cross google.script.run as it is, else never: a server function that
 * returns a state holding a Date, or a client that reads one, then fails to compile.
 */
export type Crossing<T> = T extends JsonSafe<T> ? T : never;

/**
 * A calendar date, "yyyy-mm-dd": how dates cross (a Date would not). Branded, so a free string
 * cannot stand for one: only the server's date formatting (isoDay) makes them.
 */
export type IsoDate = string & { readonly __isoDate: true };
