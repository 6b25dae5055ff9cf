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
 * Sets an element's text only when it differs: Chrome re-anchors the scroll when a text node
 * is replaced, even by the same text, and the form's advice is rewritten at every change, so
 * the page would shift under a click made as a field loses focus.
 */
export function setText(e: HTMLElement, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

/**
 * A labelled control with an optional hint under it; the hint is tied to the control with
 * aria-describedby, so a screen reader reads the advice with the field.
 */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: HTMLElement,
): HTMLDivElement {
  control.id ||= uid('f');
  const wrap = h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  describe(wrap, control, hint);
  return wrap;
}

/** A checkbox with its label after it, as people expect to read a choice. */
export function checkField(
  label: string,
  box: HTMLInputElement,
  hint?: HTMLElement,
): HTMLDivElement {
  box.id ||= uid('f');
  const wrap = h('div', { class: 'field check' }, box, h('label', { for: box.id }, label));
  describe(wrap, box, hint);
  return wrap;
}

function describe(wrap: HTMLElement, control: HTMLElement, hint: HTMLElement | undefined): void {
  if (!hint) return;
  hint.id ||= uid('hint');
  control.setAttribute('aria-describedby', hint.id);
  wrap.append(hint);
}

export function textInput(list?: string): HTMLInputElement {
  return h('input', { type: 'text', autocomplete: 'off', list });
}

/** Text, not type=number: people type "37,5" or "15 %" in their own locale. */
export function numberInput(): HTMLInputElement {
  return h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'num' });
}

/** The line under a field that says what is wrong with it; hidden until something is. */
export function errorLine(): HTMLParagraphElement {
  const p = h('p', { class: 'error small', id: uid('err') });
  p.hidden = true;
  return p;
}

/** Marks a field as wrong and says why, under it; returns null for the caller's result. */
export function showError(line: HTMLElement, input: HTMLElement, message: string): null {
  line.textContent = message;
  line.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-errormessage', line.id);
  return null;
}

export function hideError(line: HTMLElement, ...inputs: HTMLElement[]): void {
  line.hidden = true;
  for (const input of inputs) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-errormessage');
  }
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
