// Draws the parts of the document page from the API's data. Text is always set as text.
import { badge, byId, el, fill, when } from './dom.js';

const fileName = (path) => path.split('/').pop();

export function showDocument(doc) {
  const name = doc.municipality ?? fileName(doc.paths[0]);
  document.title = `${name}${doc.year ? ` ${doc.year}` : ''} · Kompass`;
  byId('title').textContent = fileName(doc.paths[0]);
  byId('doc-name').textContent = doc.year ? `${name} ${doc.year}` : name;
  fill(byId('doc-meta'),
    el('span', { className: 'mono', title: doc.sha256 }, doc.sha256.slice(0, 12)), ' · ',
    doc.type, ' · ',
    `${doc.pageCount} pages`, ' · ',
    el('span', { title: doc.paths.join('\n') }, doc.paths[0]));
}

export function showFlag(flag, position) {
  const card = byId('flag-card');
  card.hidden = !flag;
  if (!flag) return;
  fill(byId('flag-severity'), badge(flag.severity));
  byId('flag-code').textContent = flag.code;
  const status = byId('flag-status');
  status.textContent = flag.status;
  status.className = `status right ${flag.status}`;
  byId('flag-message').textContent = flag.message;
  byId('flag-id').textContent = flag.id;
  byId('flag-position').textContent = position ? ` · ${position}` : '';
}

/** The area selector: the document's own fields, then each area that has values. */
export function showAreas(values, chosen, onChange) {
  const select = byId('area');
  const areas = [...new Set(values.filter((v) => v.area !== null).map((v) => v.area))].sort((a, b) => a - b);
  fill(select,
    el('option', { value: 'doc' }, 'Document'),
    areas.map((a) => el('option', { value: String(a) }, `Area ${a}`)),
    el('option', { value: 'all' }, 'All values'));
  select.value = chosen;
  select.onchange = () => onChange(select.value);
}

/** The values of one area (or the document's, or all); a click on a row chooses its field. */
export function showValues(values, area, chosenField, onChoose) {
  const shown = values.filter((v) => area === 'all' || (area === 'doc' ? v.area === null : String(v.area) === area));
  const rows = shown.map((v) => {
    const tr = el('tr', { dataset: { field: v.field }, className: [v.corrected ? 'corrected' : '', v.field === chosenField ? 'chosen' : ''].join(' ').trim() },
      el('td', { className: 'mono field', title: v.field }, area === 'all' ? v.field : v.field.replace(/^areas\[\d+\]\./, '')),
      el('td', { className: 'value' }, v.value ?? '—'),
      el('td', { className: 'muted' }, v.corrected ? (v.extracted ?? '—') : ''),
      el('td', { className: 'num muted' }, v.source?.page ? v.source.page : ''));
    tr.addEventListener('click', () => onChoose(v));
    return tr;
  });
  fill(document.querySelector('#values tbody'), rows);
  // Keep the chosen row in view inside the values' own scroll box, not by scrolling the panel.
  const box = byId('values-scroll');
  const row = box.querySelector('tr.chosen');
  if (row && (row.offsetTop < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight)) {
    box.scrollTop = row.offsetTop - box.clientHeight / 3;
  }
}

export function showDocumentFlags(flags, currentId, onOpen) {
  fill(byId('doc-flags'), flags.map((f) => {
    const item = el('li', { className: f.id === currentId ? 'current' : '', dataset: { id: f.id } },
      badge(f.severity), ' ',
      el('span', { className: 'code' }, f.code), ' ',
      el('span', { className: `status ${f.status}` }, f.status),
      el('div', { className: 'small' }, f.message));
    item.addEventListener('click', () => onOpen(f));
    return item;
  }));
}

export function showHistory(entries) {
  const change = (e) => (e.action === 'correct' || e.action === 'undo' ? `${e.oldValue ?? '—'} → ${e.newValue ?? '—'}` : '');
  fill(document.querySelector('#history tbody'), entries.slice().reverse().map((e) => el('tr', {},
    el('td', { className: 'nowrap' }, when(e.at)),
    el('td', {}, e.reviewer),
    el('td', {}, el('span', { className: `action ${e.action}` }, e.action), ' ', el('span', { className: 'mono small' }, e.subject)),
    el('td', { className: 'nowrap' }, change(e)),
    el('td', {}, e.reason))));
  byId('history-empty').hidden = entries.length > 0;
  byId('history').hidden = entries.length === 0;
}
