// Shared by the trend and search pages: links to the document view at a number's page, flag
// marks, number formats, the form <-> URL round trip and Chart.js's look. Chart.js is the UMD
// build loaded by the page (window.Chart) from /lib, never from a CDN.
import { el } from './dom.js';

export const colors = {
  accent: '#1f5fbf', accentSoft: 'rgba(31, 95, 191, 0.15)', mean: '#9a6700', muted: '#5f6b7a', line: '#d9dee4', revision: '#b42318',
};

/** Chart.js, with the pages' look; animations off so that a page is drawn at once (and tests read it at once). */
export function chartJs() {
  const chart = globalThis.Chart;
  if (!chart) throw new Error('Chart.js did not load (/lib/chart.umd.min.js): build kompass again');
  chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  chart.defaults.font.size = 12;
  chart.defaults.color = colors.muted;
  chart.defaults.animation = false;
  chart.defaults.maintainAspectRatio = false;
  // Legend keys as short lines, so that a dashed series reads as dashed (a bar chart sets its own).
  chart.defaults.plugins.legend.labels.boxWidth = 28;
  chart.defaults.plugins.legend.labels.boxHeight = 3;
  return chart;
}

/** Replaces the chart on a canvas (Chart.js keeps one per canvas). */
export function drawOn(canvas, config) {
  const Chart = chartJs();
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, config);
}

const fmt = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A score as the reports print it (Swedish decimal comma); a dash when missing. */
export const num = (x) => (x === null || x === undefined ? '—' : fmt.format(x));

/** A change with its sign; empty when there is none. */
export const signed = (x) => (x === null || x === undefined ? '' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${fmt.format(Math.abs(x))}`);

/** The document view at a value's page: /documents/SHA?field=F&page=N. */
export function documentAt(sha, field, page) {
  const query = new URLSearchParams();
  if (field) query.set('field', field);
  if (page) query.set('page', String(page));
  const search = query.toString();
  return `/documents/${encodeURIComponent(sha)}${search ? `?${search}` : ''}`;
}

/** A number that opens its document at its page. */
export function numberLink(value, sha, field, page, text = num(value)) {
  if (value === null || value === undefined) return el('span', { className: 'muted' }, '—');
  return el('a', { href: documentAt(sha, field, page), title: page ? `open the document at p. ${page}` : 'open the document' }, text);
}

/** The municipality page of a municipality (by code: every printed name resolves to it). */
export const municipalityUrl = (nameOrCode) => `/municipality.html?name=${encodeURIComponent(nameOrCode)}`;

/** ⚑ marks for open flags, the message as the tooltip (set as a property: text, never markup). */
export function flagMarks(flags) {
  return (flags ?? []).map((f) => el('span', { className: `flag-mark ${f.severity}`, title: `${f.code}: ${f.message}` }, '⚑'));
}

/** The form's fields from the URL's query, and back: the page's address always says what it shows. */
export function formFromUrl(form) {
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (field.name && params.has(field.name)) field.value = params.get(field.name);
  }
  return params;
}

export function urlFromForm(form) {
  const params = new URLSearchParams();
  for (const field of form.elements) {
    if (field.name && field.value.trim()) params.set(field.name, field.value.trim());
  }
  history.replaceState(null, '', `${location.pathname}?${params}`);
  return params;
}
