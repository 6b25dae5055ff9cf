/**
 * setValues reads a string as a person's typing ("=…" a formula, "15,5" a number, "2024-05-06"
 * a date); the apostrophe keeps it the exact text that was read or typed in the sidebar.
 */
export function literal(v: unknown): unknown {
  return typeof v === 'string' && v !== '' ? `'${v}` : v;
}
