// One document under review: the flag's evidence on its PDF page, the values to correct, the
// document's flags and its audit trail. Keyboard first: n/p next/previous flag of the queue,
// e edit, Enter save, a accept (dismiss), u undo, Esc cancel. Opened as
// /documents/SHA?field=areas[3].score&page=6 (from the trend and search pages) it shows that
// value chosen and that page, instead of the first open flag's evidence.
import { documentUrl, get, post } from './api.js';
import { ask, asking } from './ask.js';
import { byId, el, fill, notice, typing } from './dom.js';
import { showAreas, showDocument, showDocumentFlags, showFlag, showHistory, showValues } from './document-view.js';
import { PdfView } from './pdf-view.js';
import { carryNotice, openOnly, queue, takeNotice } from './queue-state.js';
import { reviewer, showReviewer } from './reviewer.js';

const sha = decodeURIComponent(location.pathname.split('/').pop());
const input = byId('value');
const view = new PdfView();
let doc = null;
let flag = null;
let list = [];
let area = 'doc';
let chosen = null;
let busy = false;

const position = () => {
  const i = list.findIndex((f) => f.id === flag?.id);
  return i < 0 ? 'not in the current queue' : `${i + 1} of ${list.length} in the queue`;
};

function evidencePages(f) {
  return [...new Set((f?.evidence ?? []).filter((e) => e.page > 0).map((e) => e.page))];
}

function boxesOn(page, places) {
  return places.filter((p) => p.page === page && p.box).map((p) => p.box);
}

function showEvidence(page) {
  const places = flag?.evidence ?? [];
  const pages = evidencePages(flag);
  const target = page ?? pages[0] ?? 1;
  fill(byId('evidence-pages'), pages.length ? 'Evidence on ' : '', pages.map((p) => el('button', {
    type: 'button', className: p === target ? 'chip on' : 'chip', textContent: `p. ${p}`,
    on: { click: () => showEvidence(p) },
  })));
  return view.show(target, boxesOn(target, places));
}

function choose(value, { focus = false, showPlace = true } = {}) {
  chosen = value;
  byId('field').textContent = value?.field ?? 'a value: choose a row below';
  input.value = value?.value ?? '';
  input.disabled = !value;
  byId('save').disabled = !value;
  showValues(doc.values, area, value?.field, (v) => choose(v, { focus: true }));
  if (showPlace && value?.source?.page > 0) {
    fill(byId('evidence-pages'));
    view.show(value.source.page, value.source.box ? [value.source.box] : []);
  }
  if (focus) {
    input.focus();
    input.select();
  }
}

function render() {
  showDocument(doc);
  showFlag(flag, position());
  byId('accept').disabled = flag?.status !== 'open';
  const suggested = doc.values.find((v) => v.field === flag?.field) ?? null;
  const place = flag?.area ?? suggested?.area ?? null;
  showArea(place);
  choose(suggested, { showPlace: false });
  showDocumentFlags(doc.flags, flag?.id, (f) => openFlag(f.id));
}

function showArea(place) {
  area = place === null || place === undefined ? 'doc' : String(place);
  showAreas(doc.values, area, (a) => {
    area = a;
    showValues(doc.values, area, chosen?.field, (v) => choose(v, { focus: true }));
  });
}

// The place a link asked for: its value chosen, and its page (the value's own page when none is given).
function showPlace(field, page) {
  const value = doc.values.find((v) => v.field === field) ?? null;
  if (value) {
    showArea(value.area);
    choose(value, { showPlace: false });
  }
  const target = page ?? value?.source?.page ?? 1;
  fill(byId('evidence-pages'));
  return view.show(target, value?.source?.page === target && value.source.box ? [value.source.box] : []);
}

async function loadHistory() {
  showHistory(await get(`/api/documents/${sha}/history`));
}

async function load(flagId) {
  doc = await get(`/api/documents/${sha}`);
  flag = doc.flags.find((f) => f.id === flagId) ?? doc.flags.find((f) => f.status === 'open') ?? doc.flags[0] ?? null;
  render();
  await loadHistory();
}

async function openFlag(id) {
  history.replaceState(null, '', documentUrl(sha, id));
  flag = doc.flags.find((f) => f.id === id) ?? flag;
  render();
  await showEvidence();
}

function go(entry) {
  if (entry.sha256 === sha) {
    openFlag(entry.id);
  } else {
    location.href = documentUrl(entry.sha256, entry.id);
  }
}

function step(delta) {
  if (list.length === 0) return;
  const i = list.findIndex((f) => f.id === flag?.id);
  const next = i < 0 ? 0 : i + delta;
  if (next < 0 || next >= list.length) {
    notice(delta > 0 ? 'This is the last flag of the queue.' : 'This is the first flag of the queue.');
    return;
  }
  go(list[next]);
}

// After a save or an accept: the first open flag that comes after this one in the queue as it
// was, else any open flag left, else back to the queue.
async function nextOpen(message) {
  const open = (await queue(openOnly())).flags;
  const stillOpen = new Set(open.map((f) => f.id));
  const i = list.findIndex((f) => f.id === flag?.id);
  const next = list.slice(i + 1).find((f) => stillOpen.has(f.id)) ?? open.find((f) => f.id !== flag?.id);
  carryNotice(message);
  if (next) {
    location.href = documentUrl(next.sha256, next.id);
  } else {
    location.href = '/';
  }
}

async function write(action) {
  if (busy) return;
  busy = true;
  try {
    await action();
  } catch (error) {
    notice(error.message, 'error');
  } finally {
    busy = false;
  }
}

function save() {
  return write(async () => {
    if (!chosen) {
      notice('Choose the value to correct: click its row below.');
      return;
    }
    const who = await reviewer();
    if (!who) return;
    const reason = await ask(`Why set ${chosen.field} to "${input.value.trim()}"?`);
    if (!reason) return;
    const outcome = await post(`/api/documents/${sha}/corrections`, { field: chosen.field, value: input.value, reviewer: who, reason });
    const resolved = outcome.resolved.map((f) => f.code).join(', ');
    const raised = outcome.raised.map((f) => f.code).join(', ');
    const message = `Saved ${outcome.field}: ${outcome.oldValue ?? '—'} → ${outcome.newValue ?? '—'}`
      + (resolved ? `; resolved ${resolved}` : '') + (raised ? `; raised ${raised}` : '');
    if (flag && outcome.resolved.some((f) => f.id === flag.id)) {
      await nextOpen(message);
      return;
    }
    await load(flag?.id);
    await showEvidence();
    notice(flag?.status === 'open' ? `${message}. The flag is still open.` : message, 'ok');
  });
}

function accept() {
  return write(async () => {
    if (flag?.status !== 'open') {
      notice(`Only an open flag can be accepted; this one is ${flag?.status ?? 'missing'}.`);
      return;
    }
    const who = await reviewer();
    if (!who) return;
    const reason = await ask('Why accept the printed values (dismiss the flag)?', 'printed values accepted');
    if (!reason) return;
    await post(`/api/flags/${flag.id}/dismiss`, { reviewer: who, reason });
    await nextOpen(`Accepted the printed values: flag ${flag.id} (${flag.code}) dismissed`);
  });
}

function undo() {
  return write(async () => {
    const who = await reviewer();
    if (!who) return;
    const reason = await ask('Why undo the last change on this document?', 'undo');
    if (!reason) return;
    const entry = await post(`/api/documents/${sha}/undo`, { reviewer: who, reason });
    await load(flag?.id);
    await showEvidence();
    notice(`Undone: ${entry.subject}${entry.action === 'undo' ? ` back to ${entry.newValue ?? '—'}` : ' reopened'}`, 'ok');
  });
}

function cancel() {
  notice('');
  const suggested = doc.values.find((v) => v.field === flag?.field) ?? null;
  choose(suggested, { showPlace: false });
  input.blur();
  showEvidence();
}

byId('edit').addEventListener('submit', (event) => {
  event.preventDefault();
  save();
});
byId('accept').addEventListener('click', accept);
byId('undo').addEventListener('click', undo);

document.addEventListener('keydown', (event) => {
  if (asking() || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
    return;
  }
  if (typing(event)) return;
  const keys = {
    n: () => step(1),
    p: () => step(-1),
    a: accept,
    u: undo,
    e: () => choose(chosen, { focus: true, showPlace: false }),
    Enter: save,
  };
  if (event.key in keys) {
    event.preventDefault();
    keys[event.key]();
  }
});

async function start() {
  showReviewer();
  const carried = takeNotice();
  if (carried) notice(carried, 'ok');
  const params = new URLSearchParams(location.search);
  const flagId = params.get('flag');
  const atField = params.get('field');
  const atPage = Number.parseInt(params.get('page') ?? '', 10) || null;
  try {
    const [, queued] = await Promise.all([load(flagId), queue().catch(() => ({ flags: [] })), view.load(`/api/documents/${sha}/pdf`)]);
    list = queued.flags;
    showFlag(flag, position());
    if (atField || atPage) {
      await showPlace(atField, atPage);
    } else {
      if (flag) history.replaceState(null, '', documentUrl(sha, flag.id));
      await showEvidence();
    }
  } catch (error) {
    if (error.status === 503) {
      // An ingest holds the store: load the page again shortly, as the server's Retry-After says.
      notice(`${error.message} (trying again…)`, 'error');
      setTimeout(() => location.reload(), 2000);
    } else {
      notice(error.message, 'error');
    }
  }
  document.body.dataset.ready = 'true';
}

start();
