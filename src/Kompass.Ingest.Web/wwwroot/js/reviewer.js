// Who is reviewing: asked once, kept in this browser (localStorage), sent with every write.
import { ask } from './ask.js';
import { byId } from './dom.js';

const key = 'kompass.reviewer';

function show() {
  const button = byId('reviewer');
  if (button) button.textContent = localStorage.getItem(key) ?? 'set your name';
}

/** The reviewer's name, asking for it the first time; null when the reviewer declines. */
export async function reviewer() {
  const known = localStorage.getItem(key);
  if (known) return known;
  return change();
}

/** Asks for the name again. */
export async function change() {
  const name = await ask('Your name (kept in this browser, recorded with each change)', localStorage.getItem(key) ?? '');
  if (name) localStorage.setItem(key, name);
  show();
  return name ?? localStorage.getItem(key);
}

/** Shows the name in the header and lets a click change it. */
export function showReviewer() {
  show();
  byId('reviewer')?.addEventListener('click', () => change());
}
