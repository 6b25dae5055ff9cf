import type { BundleHandle } from '../../emulation/load';
import { assertTransferable, type SidebarServer } from './harness';

/**
 * The real server for the sidebar: each google.script.run call is one execution of the built
 * bundle in the emulation (`h.run(name, ...args)`), its arguments and result crossing as
 * google.script.run carries them. The bundle runs in its own realm, so its result is copied
 * into plain objects here, refusing what Apps Script refuses (a Date above all), and its
 * errors reach the page as Errors with the same message.
 */
export function emulatedServer(h: BundleHandle): SidebarServer {
  return (name, args) => {
    let result: unknown;
    try {
      result = h.run(name, ...JSON.parse(JSON.stringify(args)));
    } catch (e) {
      throw new Error((e as { message?: unknown }).message as string);
    }
    const copy = plainCopy(result, name);
    assertTransferable(copy, name);
    return copy;
  };
}

function plainCopy(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => plainCopy(v, `${where}[${i}]`));
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Object]')
    return Object.fromEntries(
      Object.entries(value as object).map(([k, v]) => [k, plainCopy(v, `${where}.${k}`)]),
    );
  if (typeof value === 'function' || (typeof value === 'object' && value !== null))
    throw new Error(`${where}: a ${tag} cannot cross google.script.run`);
  return value;
}
