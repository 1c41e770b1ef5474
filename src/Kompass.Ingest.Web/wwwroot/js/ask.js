// Asks the reviewer for one line (a reason, a name) in a dialog of the page: no window.prompt,
// so the page stays keyboard-driven (Enter confirms, Esc cancels) and nothing blocks the tab.
import { el } from './dom.js';

let dialog = null;

function build() {
  const input = el('input', { type: 'text', id: 'ask-input', autocomplete: 'off', spellcheck: false });
  const label = el('label', { htmlFor: 'ask-input', id: 'ask-label' });
  const cancel = el('button', { type: 'button', id: 'ask-cancel' }, 'Cancel');
  const ok = el('button', { type: 'submit', className: 'primary', id: 'ask-ok' }, 'OK');
  const form = el('form', { method: 'dialog' }, label, input, el('div', { className: 'ask-buttons' }, cancel, ok));
  dialog = el('dialog', { id: 'ask', className: 'ask' }, form);
  cancel.addEventListener('click', () => dialog.close(''));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    dialog.close('ok');
  });
  document.body.append(dialog);
  return dialog;
}

/** Asks for one line; resolves to the trimmed text, or null when cancelled or left empty. */
export function ask(question, initial = '') {
  const d = dialog ?? build();
  const input = d.querySelector('input');
  d.querySelector('label').textContent = question;
  input.value = initial;
  d.returnValue = '';
  return new Promise((resolve) => {
    d.addEventListener('close', () => {
      const text = input.value.trim();
      resolve(d.returnValue === 'ok' && text ? text : null);
    }, { once: true });
    d.showModal();
    input.focus();
    input.select();
  });
}

/** True while the dialog is open (the page's keys then belong to it). */
export const asking = () => dialog?.open ?? false;
