// Full-text search over strengths and improvements (GET /api/search): the hits with the query's
// words marked, and how often the theme appears per year (a table and a bar chart). The text is
// split into text nodes and <mark> elements built here; nothing from a document is parsed as HTML.
import { get } from './api.js';
import { colors, documentAt, drawOn, formFromUrl, municipalityUrl, urlFromForm } from './analysis.js';
import { byId, el, fill, notice } from './dom.js';

const form = byId('pick');
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

function showHits(result) {
  fill(byId('hits'), result.hits.map((h) => el('li', {},
    el('div', { className: 'hit-meta small' },
      el('strong', {}, h.year === null ? '?' : String(h.year)), ' ',
      h.code ? el('a', { href: municipalityUrl(h.code) }, h.municipality) : h.municipality,
      ` · area ${h.area} · ${h.kind} ${h.item} · `,
      el('a', { href: documentAt(h.documentSha, field(h), h.page) }, h.page ? `p. ${h.page}` : 'document')),
    el('div', { className: 'hit-text' }, marked(h.text, result.terms)))));
}

function showYears(perYear) {
  fill(byId('years').tBodies[0], perYear.map((y) => el('tr', {},
    el('td', {}, String(y.year)),
    [y.hits, y.evaluations, y.evaluatedThatYear].map((x) => el('td', { className: 'num' }, String(x))),
    el('td', { className: 'num' }, `${Math.round(y.share * 100)} %`))));
  drawOn(byId('years-chart'), {
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

async function show(params) {
  notice('');
  if (!params.get('q')) {
    notice('Give a word of the theme, e.g. medborgardialog.');
    return;
  }
  const query = new URLSearchParams();
  for (const name of ['q', 'area', 'from', 'to', 'municipality', 'kind']) {
    if (params.get(name)) query.set(name, params.get(name));
  }
  let result;
  try {
    result = await get(`/api/search?${query}`);
  } catch (error) {
    notice(error.message, 'error');
    return;
  }
  byId('summary').textContent = `${result.hits.length} item${result.hits.length === 1 ? '' : 's'} · terms: ${result.terms.join(', ')}`;
  showHits(result);
  showYears(result.perYear);
}

async function start() {
  const params = formFromUrl(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    document.body.dataset.ready = 'false';
    await show(urlFromForm(form));
    document.body.dataset.ready = 'true';
  });
  await show(params);
  document.body.dataset.ready = 'true';
}

start();
