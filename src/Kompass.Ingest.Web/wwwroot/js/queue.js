// The review queue: the flags that pass the filters, one row each; j/k or the arrows move the
// selection, Enter (or a click) opens the flag on its document.
import { documentUrl } from './api.js';
import { badge, byId, el, fill, notice, typing } from './dom.js';
import { queue, saveFilters, takeNotice } from './queue-state.js';
import { showReviewer } from './reviewer.js';

const form = byId('filters');
const body = document.querySelector('#flags tbody');
let rows = [];
let selected = 0;
let timer = 0;

function query() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value && !(name === 'status' && value === 'open')) params.set(name, value.trim());
  }
  return params.toString();
}

function restore() {
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (field.name && params.has(field.name)) field.value = params.get(field.name);
  }
}

function select(index) {
  if (rows.length === 0) return;
  rows[selected]?.classList.remove('selected');
  selected = Math.max(0, Math.min(rows.length - 1, index));
  const row = rows[selected];
  row.classList.add('selected');
  row.scrollIntoView({ block: 'nearest' });
}

function open(row) {
  if (row) location.href = documentUrl(row.dataset.sha, row.dataset.id);
}

function row(flag, index) {
  const place = flag.municipality ?? flag.municipalityCode ?? '—';
  const tr = el('tr', { dataset: { id: flag.id, sha: flag.sha256 }, title: flag.path },
    el('td', {}, badge(flag.severity)),
    el('td', { className: 'code' }, flag.code),
    el('td', {}, place),
    el('td', { className: 'num' }, flag.year ?? '—'),
    el('td', { className: 'message' }, flag.message),
    el('td', { className: 'mono muted' }, flag.id));
  tr.addEventListener('click', () => {
    select(index);
    open(tr);
  });
  return tr;
}

let codesShown = false;

function showCodes(codes) {
  if (codesShown) return;
  const select = form.elements.code;
  const chosen = new URLSearchParams(location.search).get('code') ?? '';
  for (const code of codes) select.append(el('option', { value: code }, code));
  select.value = chosen;
  codesShown = true;
}

async function load() {
  const q = query();
  saveFilters(q);
  history.replaceState(null, '', q ? `/?${q}` : '/');
  try {
    const result = await queue(q);
    showCodes(result.codes);
    rows = result.flags.map(row);
    fill(body, rows);
    byId('empty').hidden = rows.length > 0;
    const status = form.elements.status.value;
    byId('count').textContent = `${rows.length} ${status === 'all' ? '' : `${status} `}flag${rows.length === 1 ? '' : 's'}`;
    selected = 0;
    select(0);
  } catch (error) {
    fill(body);
    byId('count').textContent = '';
    if (error.status === 503) {
      // An ingest holds the store: ask again shortly, as the server's Retry-After says.
      notice(`${error.message} (trying again…)`, 'error');
      clearTimeout(timer);
      timer = setTimeout(load, 2000);
    } else {
      notice(error.message, 'error');
    }
  }
  document.body.dataset.ready = 'true';
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (typing(event)) {
    if (event.key === 'Escape') event.target.blur();
    return;
  }
  const moves = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };
  if (event.key in moves) {
    event.preventDefault();
    select(selected + moves[event.key]);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    open(rows[selected]);
  } else if (event.key === '/') {
    event.preventDefault();
    form.elements.municipality.focus();
  }
});

form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(load, 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});

showReviewer();
restore();
const carried = takeNotice();
if (carried) notice(carried, 'ok');
load();
