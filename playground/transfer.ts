/**
 * What google.script.run can carry between the sidebar and the server: null, booleans, finite
 * numbers, strings, and arrays and plain objects of them. Apps Script fails the call on a Date
 * (the classic mistake), a function or any other object, so the playground fails it too rather
 * than let JSON quietly turn a Date into a string that the real sidebar would never receive.
 * Values come from the script's vm realm: types are told by their tag, not by `instanceof`.
 */
export function untransferable(value: unknown, path = 'result'): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path} is ${value}`;
    case 'object':
      break;
    default:
      return `${path} is a ${typeof value}`;
  }
  const tag = Object.prototype.toString.call(value);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = untransferable(item, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  const plain =
    tag === '[object Object]' && (proto === null || Object.getPrototypeOf(proto) === null);
  if (!plain) return `${path} is a ${tag.slice(8, -1)}`;
  for (const [key, item] of Object.entries(value)) {
    const problem = untransferable(item, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}
