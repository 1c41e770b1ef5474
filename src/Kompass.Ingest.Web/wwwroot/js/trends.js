// One area across municipalities (GET /api/trends/area): its distribution per year as lines of
// min, quartiles, median and max with the national mean; the ranking of each municipality's
// latest evaluation; and the largest rises within one revision. Rows link to the municipality
// page and to the document at the number's page. With a theme (one of the area's subheadings),
// the area's strengths and improvements of that theme across the years (GET /api/search?theme=).
import { get } from './api.js';
import { colors, documentAt, drawOn, flagMarks, formFromUrl, municipalityUrl, num, numberLink, signed, urlFromForm } from './analysis.js';
import { byId, el, fill, notice } from './dom.js';
import { fillThemes, showHits, showPerYear } from './findings.js';

const form = byId('pick');

const yearLabel = (y) => `${y.year} · ${y.frameworkVersion ?? '?'}${y.kind === 'region' ? ' · region' : ''}`;

function drawYears(years) {
  const line = (label, key, color, extra = {}) => ({ label, data: years.map((y) => y[key]), borderColor: color, backgroundColor: color, borderWidth: 1.5, pointRadius: 3, ...extra });
  drawOn(byId('years-chart'), {
    type: 'line',
    data: {
      labels: years.map(yearLabel),
      datasets: [
        line('Max', 'max', '#9fb7dd', { borderDash: [3, 3] }),
        line('Q3', 'q3', '#6b93d1', { fill: '+1', backgroundColor: colors.accentSoft }),
        line('Median', 'median', colors.accent, { borderWidth: 3 }),
        line('Q1', 'q1', '#6b93d1'),
        line('Min', 'min', '#9fb7dd', { borderDash: [3, 3] }),
        line('National mean', 'nationalMean', colors.mean, { borderDash: [6, 4], borderWidth: 2 }),
      ],
    },
    options: { scales: { y: { beginAtZero: true, suggestedMax: 100 } }, plugins: { legend: { position: 'bottom' } } },
  });
}

function showYears(years) {
  fill(byId('years').tBodies[0], years.map((y) => el('tr', {},
    el('td', {}, String(y.year)), el('td', {}, y.frameworkVersion ?? '?'), el('td', {}, y.kind),
    [y.count, y.min, y.q1, y.median, y.q3, y.max, y.nationalMean].map((x) => el('td', { className: 'num' }, num(x))))));
}

function showRanking(area, ranking) {
  fill(byId('ranking').tBodies[0], ranking.map((r) => el('tr', {},
    el('td', { className: 'num' }, String(r.rank)),
    el('td', {}, el('a', { href: municipalityUrl(r.code) }, r.municipality), r.kind === 'region' ? el('span', { className: 'muted' }, ' (region)') : null),
    el('td', {}, String(r.year)),
    el('td', {}, r.frameworkVersion ?? '?'),
    el('td', { className: 'num' }, numberLink(r.score, r.documentSha, `areas[${area}].score`, r.page)),
    el('td', { className: 'num muted' }, num(r.nationalMean)),
    el('td', {}, flagMarks(r.flags)))));
}

function showImproved(improved, leftOut) {
  fill(byId('improved').tBodies[0], improved.map((i) => el('tr', {},
    el('td', {}, el('a', { href: municipalityUrl(i.code) }, i.municipality)),
    el('td', { className: 'nowrap' }, `${i.fromYear} → ${i.toYear}`),
    el('td', {}, i.frameworkVersion ?? '?'),
    el('td', { className: 'num' }, el('a', { href: documentAt(i.fromDocumentSha) }, num(i.from))),
    el('td', { className: 'num' }, el('a', { href: documentAt(i.toDocumentSha) }, num(i.to))),
    el('td', { className: 'num delta up' }, signed(i.change)))));
  byId('left-out').textContent = leftOut
    ? `${leftOut} pair${leftOut === 1 ? '' : 's'} of consecutive evaluations under different revisions left out: scores are not compared across a revision.`
    : '';
}

// The area's findings of the theme in the period; the section is hidden without a theme.
async function showThemeFindings(area, params) {
  const theme = params.get('theme');
  byId('theme-findings').hidden = !theme;
  if (!theme) return;
  const query = new URLSearchParams({ theme, area, from: params.get('from') ?? '', to: params.get('to') ?? '' });
  const result = await get(`/api/search?${query}`);
  byId('theme-heading').textContent = `Findings of “${theme}” (${result.hits.length})`;
  showHits(byId('theme-hits'), result.hits, result.terms);
  showPerYear(byId('theme-years').tBodies[0], byId('theme-chart'), result.perYear);
}

async function show(params) {
  notice('');
  const query = new URLSearchParams({ area: params.get('area') ?? '1', from: params.get('from') ?? '', to: params.get('to') ?? '' });
  let overview;
  try {
    overview = await get(`/api/trends/area?${query}`);
  } catch (error) {
    notice(error.message, 'error');
    return;
  }
  const count = new Set(overview.ranking.map((r) => r.code)).size;
  byId('summary').textContent = `area ${overview.area}: ${count} municipalit${count === 1 ? 'y' : 'ies'}, ${overview.years.length} year rows`;
  if (overview.years.length === 0) notice('No scores of this area in this period.');
  drawYears(overview.years);
  showYears(overview.years);
  showRanking(overview.area, overview.ranking);
  showImproved(overview.mostImproved, overview.comparisonsAcrossRevisionsLeftOut);
  try {
    await showThemeFindings(String(overview.area), params);
  } catch (error) {
    notice(error.message, 'error');
  }
}

async function start() {
  // The theme list follows the area; the options must exist before the URL's choice is set.
  try {
    await fillThemes(form.elements.theme, new URLSearchParams(location.search).get('area') ?? '1', 'none');
  } catch (error) {
    notice(error.message, 'error');
  }
  const params = formFromUrl(form);
  form.elements.area.addEventListener('change', () => fillThemes(form.elements.theme, form.elements.area.value, 'none').catch((error) => notice(error.message, 'error')));
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
