/**
 * Building the page's elements. Text always goes in as text nodes or form values, never as
 * markup: whatever a person typed (or the sheet holds) shows as inert characters.
 */

type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/** An element with attributes (false/undefined ones left out) and text or element children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: readonly (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    e.setAttribute(name, value === true ? '' : String(value));
  }
  e.append(...children);
  return e;
}

let lastId = 0;

/** A page-unique id, to tie a label or a hint to its control. */
export function uid(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: readonly (Node | string)[]): void {
  parent.replaceChildren(...children);
}

/**
 * A labelled control with an optional hint under it; the hint is tied to the control with
 * aria-describedby, so a screen reader reads the advice with the field.
 */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  hint?: HTMLElement,
): HTMLDivElement {
  control.id ||= uid('f');
  const wrap = h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  if (hint) {
    hint.id ||= uid('hint');
    control.setAttribute('aria-describedby', hint.id);
    wrap.append(hint);
  }
  return wrap;
}

/** A select whose options are [value, label] pairs. */
export function select(
  options: readonly (readonly [string, string])[],
  attrs: Attrs = {},
): HTMLSelectElement {
  return h('select', attrs, ...options.map(([value, label]) => h('option', { value }, label)));
}

/** A datalist of suggestions, for inputs that accept free text (owners, company objectives). */
export function datalist(id: string, values: readonly string[]): HTMLDataListElement {
  return h('datalist', { id }, ...values.map((value) => h('option', { value })));
}
