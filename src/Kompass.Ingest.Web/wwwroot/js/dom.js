// Building the pages from data. Everything that came from a document or a reviewer is set as
// text (a text node or textContent), never parsed as HTML: a PDF whose text reads
// "<script>" shows those characters and nothing else.

/** Makes an element: el('td', { className: 'x' }, 'text', otherNode). Strings become text nodes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else node[key] = value;
  }
  append(node, children);
  return node;
}

/** Appends children: strings and numbers as text, nodes as they are, arrays flattened, null skipped. */
export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces an element's content with the children. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** The element with this id. */
export const byId = (id) => document.getElementById(id);

/** True when typing in a field, where single-letter keys are text, not commands. */
export function typing(event) {
  const t = event.target;
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t?.isContentEditable;
}

/** A severity badge. */
export function badge(severity) {
  return el('span', { className: `badge ${severity}` }, severity);
}

/** Shows a one-line notice (kind: info, ok, error) in the page's notice area; empty hides it. */
export function notice(message, kind = 'info') {
  const box = byId('notice');
  if (!box) return;
  box.hidden = !message;
  box.className = `notice ${kind}`;
  box.textContent = message ?? '';
}

/** A date and time as a reviewer reads it: 2025-03-14 12:00 (local time). */
export function when(iso) {
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
