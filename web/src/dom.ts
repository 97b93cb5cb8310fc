export type Child = Node | string | number | null | undefined | false;
export type Children = Child | readonly Children[];
type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates an element with attributes and children. Text is always set as text, never parsed as
 * HTML, so names and sentences from the graph cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
    if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Children[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

/** A button that runs `action` on click; keyboard activation comes with <button>. */
export function button(label: Children, action: () => void, attributes: Attributes = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', action);
  return element;
}

/** Tells screen reader users what changed, through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (region) region.textContent = message;
}

/** The English name when there is one, else the name as written. */
export function displayName(entity: { name?: string | null; nameEn?: string | null; id: string }): string {
  return entity.nameEn ?? entity.name ?? entity.id;
}
