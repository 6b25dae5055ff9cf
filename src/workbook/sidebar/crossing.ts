/**
 * What the server hands google.script.run must be plain data: it fails on a Date, drops a
 * function (a "Constructor" typed in a cell once turned a kind into Object's constructor and
 * the sidebar never loaded), and turns NaN into null. The contract's types say so
 * (src/contract/json.ts); this checks the value itself before it leaves, so a slip is an error
 * naming where it is rather than a sidebar that silently fails.
 */
export function crossing<T>(value: T): T {
  check(value, 'result');
  return value;
}

function check(v: unknown, path: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${path} is ${v}, which cannot reach the sidebar`);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      check(x, `${path}[${i}]`);
    });
    return;
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const [k, x] of Object.entries(v)) if (x !== undefined) check(x, `${path}.${k}`);
    return;
  }
  const what = v instanceof Date ? 'a Date' : typeof v;
  throw new Error(`${path} is ${what}, which cannot reach the sidebar`);
}
