// Shared by the search and trend pages: the strengths and improvements a search returned (GET
// /api/search), as a list of hits that open their document at the item, and how often they appear
// per year (a table and a bar chart); and the theme choices of an area (GET /api/themes). The text
// is split into text nodes and <mark> elements built here; nothing from a document is parsed as HTML.
import { get } from './api.js';
import { colors, documentAt, drawOn, municipalityUrl } from './analysis.js';
import { el, fill } from './dom.js';

const word = /[\p{L}\p{N}]+/gu;

/** The text as nodes, each word that begins with one of the terms inside a <mark>. */
export function marked(text, terms) {
  const nodes = [];
  let at = 0;
  for (const match of text.matchAll(word)) {
    const lower = match[0].toLocaleLowerCase('sv-SE');
    if (!terms.some((t) => lower.startsWith(t))) continue;
    if (match.index > at) nodes.push(document.createTextNode(text.slice(at, match.index)));
    nodes.push(el('mark', {}, match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

const field = (h) => `areas[${h.area}].${h.kind === 'strength' ? 'strengths' : 'improvements'}[${h.item}]`;

/** Fills a list with the hits: year, municipality, area, item and page (a link), its theme, and the text with the terms marked. */
export function showHits(list, hits, terms) {
  fill(list, hits.map((h) => el('li', {},
    el('div', { className: 'hit-meta small' },
      el('strong', {}, h.year === null ? '?' : String(h.year)), ' ',
      h.code ? el('a', { href: municipalityUrl(h.code) }, h.municipality) : h.municipality,
      ` · area ${h.area} · ${h.kind} ${h.item} · `,
      el('a', { href: documentAt(h.documentSha, field(h), h.page) }, h.page ? `p. ${h.page}` : 'document'),
      h.theme ? el('span', { className: 'hit-theme' }, ` · ${h.theme}`) : null),
    el('div', { className: 'hit-text' }, marked(h.text, terms)))));
}

/** Fills a table body and draws a bar chart of the evaluations that mention it per year, against those of that year. */
export function showPerYear(tableBody, canvas, perYear) {
  fill(tableBody, perYear.map((y) => el('tr', {},
    el('td', {}, String(y.year)),
    [y.hits, y.evaluations, y.evaluatedThatYear].map((x) => el('td', { className: 'num' }, String(x))),
    el('td', { className: 'num' }, `${Math.round(y.share * 100)} %`))));
  drawOn(canvas, {
    type: 'bar',
    data: {
      labels: perYear.map((y) => String(y.year)),
      datasets: [
        { label: 'Evaluations that mention it', data: perYear.map((y) => y.evaluations), backgroundColor: colors.accent },
        { label: 'Evaluations that year', data: perYear.map((y) => y.evaluatedThatYear), backgroundColor: colors.line },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 12 } } } },
  });
}

/**
 * Fills a <select> with the themes of an area (every area's when empty), one group per revision
 * (and area), after a first option `none` with an empty value; keeps the chosen theme when the
 * new list has it. The themes are set as option text and values, never as markup.
 */
export async function fillThemes(select, area, none) {
  const chosen = select.value;
  const { themes } = await get(`/api/themes${area ? `?area=${encodeURIComponent(area)}` : ''}`);
  const groups = new Map();
  for (const t of themes) {
    const label = area ? `${t.revision} revision` : `${t.revision} · area ${t.area}`;
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(t.theme);
  }
  fill(select,
    el('option', { value: '' }, none),
    [...groups].map(([label, names]) => el('optgroup', { label }, names.map((n) => el('option', { value: n }, n)))));
  if (chosen && themes.some((t) => t.theme === chosen)) select.value = chosen;
}
