// The one way this page builds DOM: text always goes in as text nodes, never as markup, because
// names and evidence sentences come from articles and are untrusted.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  testId?: string;
  title?: string;
  /** Attribute names are written by this code, never taken from data. */
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.testId) element.dataset.testid = props.testId;
  if (props.title) element.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, listener] of Object.entries(props.on ?? {})) element.addEventListener(name, listener as EventListener);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page is missing #${id}`);
  return element as T;
}

/** A small coloured dot used by the legend, filters, search and details. */
export function swatch(color: string, shape: 'dot' | 'line' = 'dot'): HTMLSpanElement {
  const element = h('span', { className: `swatch swatch-${shape}` });
  element.style.setProperty('--swatch', color);
  return element;
}
