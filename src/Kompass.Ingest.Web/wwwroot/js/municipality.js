// One municipality over time (GET /api/trends/municipality): the total per evaluation against
// the national mean, broken where the framework revision changes; the eight areas of one
// evaluation against the national mean (the reports' spider chart); and a table of every
// evaluation, each number a link to its document at its page, open flags beside it.
import { get } from './api.js';
import { colors, drawOn, flagMarks, formFromUrl, num, numberLink, signed, urlFromForm } from './analysis.js';
import { byId, el, fill, notice } from './dom.js';

const form = byId('pick');
let trend = null;

const label = (e) => (e.month ? `${e.year}-${String(e.month).padStart(2, '0')}` : String(e.year));

// The series with a gap (null) between two evaluations of different revisions, so that no line
// joins scores of different frameworks; the gap's label names the change.
function series(evaluations) {
  const labels = [];
  const totals = [];
  const means = [];
  const breaks = [];
  evaluations.forEach((e, i) => {
    const before = evaluations[i - 1];
    if (before && before.frameworkVersion && e.frameworkVersion && before.frameworkVersion !== e.frameworkVersion) {
      breaks.push(labels.length);
      labels.push(`revision ${before.frameworkVersion} → ${e.frameworkVersion}`);
      totals.push(null);
      means.push(null);
    }
    labels.push(label(e));
    totals.push(e.total);
    means.push(e.nationalMeanTotal);
  });
  return { labels, totals, means, breaks };
}

// A dashed red line with its text at each revision change (a Chart.js plugin of this page: no inline script).
const revisionMarks = {
  id: 'revisionMarks',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    ctx.strokeStyle = colors.revision;
    ctx.fillStyle = colors.revision;
    ctx.setLineDash([5, 4]);
    ctx.font = `600 11px ${chart.options.font?.family ?? 'sans-serif'}`;
    ctx.textAlign = 'center';
    for (const index of options.breaks ?? []) {
      const x = scales.x.getPixelForValue(index);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top + 14);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.fillText('revision change', x, chartArea.top + 10);
    }
    ctx.restore();
  },
};

function drawTotals(evaluations) {
  const { labels, totals, means, breaks } = series(evaluations);
  drawOn(byId('total-chart'), {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: 'Total', data: totals, borderColor: colors.accent, backgroundColor: colors.accent, borderWidth: 2.5, pointRadius: 4, spanGaps: false },
        { label: 'National mean', data: means, borderColor: colors.mean, backgroundColor: colors.mean, borderDash: [6, 4], borderWidth: 2, pointRadius: 3, spanGaps: false },
      ],
    },
    options: {
      scales: { y: { grace: '10%', title: { display: true, text: 'points' } } },
      plugins: { legend: { position: 'bottom' }, revisionMarks: { breaks } },
    },
    plugins: [revisionMarks],
  });
}

function showRevisions(changes) {
  fill(byId('revisions'), changes.map((c) => el('li', {},
    el('strong', {}, `${c.fromYear} → ${c.toYear}: revision ${c.from} → ${c.to}. `),
    'Scores are not compared across it. ',
    el('span', { className: 'muted' }, c.warning))));
}

function drawSpider(evaluation) {
  const areas = [...evaluation.areas].sort((a, b) => a.number - b.number);
  drawOn(byId('spider-chart'), {
    type: 'radar',
    data: {
      labels: areas.map((a) => (a.name ? `${a.number} ${a.name}` : `Area ${a.number}`)),
      datasets: [
        { label: `${label(evaluation)} (${evaluation.frameworkVersion ?? 'revision ?'})`, data: areas.map((a) => a.score), borderColor: colors.accent, backgroundColor: colors.accentSoft, borderWidth: 2 },
        { label: 'National mean', data: areas.map((a) => a.nationalMean), borderColor: colors.mean, backgroundColor: 'transparent', borderDash: [6, 4], borderWidth: 2 },
      ],
    },
    options: {
      scales: { r: { beginAtZero: true, suggestedMax: 100, ticks: { stepSize: 20, backdropColor: 'transparent' }, pointLabels: { font: { size: 11 } } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

function showSpiderPicker(evaluations) {
  const select = byId('spider-pick');
  fill(select, evaluations.map((e, i) => el('option', { value: String(i) }, `${label(e)} · ${e.frameworkVersion ?? '?'}`)));
  select.value = String(evaluations.length - 1);
  select.onchange = () => drawSpider(evaluations[Number(select.value)]);
  drawSpider(evaluations[evaluations.length - 1]);
}

function cell(value, change, sha, field, page, flags, extra = []) {
  return el('td', { className: 'num nowrap' },
    numberLink(value, sha, field, page),
    change === null || change === undefined ? null : el('span', { className: `delta ${change > 0 ? 'up' : change < 0 ? 'down' : ''}` }, ` Δ${signed(change)}`),
    flagMarks(flags), extra);
}

function showTable(evaluations) {
  const numbers = [...new Set(evaluations.flatMap((e) => e.areas.map((a) => a.number)))].sort((a, b) => a - b);
  fill(byId('evaluations').tHead, el('tr', {},
    el('th', {}, 'Evaluation'), el('th', {}, 'Revision'), el('th', {}, 'Document'),
    el('th', { className: 'num' }, 'Total'), el('th', { className: 'num' }, 'Mean'),
    numbers.map((n) => el('th', { className: 'num', title: evaluations.flatMap((e) => e.areas).find((a) => a.number === n && a.name)?.name ?? '' }, `Area ${n}`))));
  fill(byId('evaluations').tBodies[0], evaluations.map((e) => el('tr', { dataset: { sha: e.documentSha } },
    el('td', { className: 'nowrap' }, label(e)),
    el('td', {}, e.frameworkVersion ?? '?'),
    el('td', { className: 'small' }, e.documentType, e.alsoIn.length ? el('span', { className: 'muted' }, ` (+${e.alsoIn.length} copies)`) : null),
    cell(e.total, e.totalChange, e.documentSha, 'total', e.totalPage, e.flags),
    el('td', { className: 'num muted' }, num(e.nationalMeanTotal)),
    numbers.map((n) => {
      const a = e.areas.find((x) => x.number === n);
      return a ? cell(a.score, a.change, e.documentSha, `areas[${n}].score`, a.page, a.flags, [el('div', { className: 'small muted' }, `mean ${num(a.nationalMean)}`)]) : el('td', { className: 'num muted' }, '—');
    }))));
}

async function show(name) {
  notice('');
  try {
    trend = await get(`/api/trends/municipality?name=${encodeURIComponent(name)}`);
  } catch (error) {
    trend = null;
    notice(error.message, 'error');
    return;
  }
  const { municipality, evaluations, revisionChanges } = trend;
  document.title = `${municipality.name} · Kompass`;
  byId('heading').textContent = `${municipality.name} (${municipality.code})`;
  byId('summary').textContent = `${evaluations.length} evaluation${evaluations.length === 1 ? '' : 's'}`;
  if (evaluations.length === 0) {
    notice(`The store holds no evaluation of ${municipality.name}.`);
  } else {
    drawTotals(evaluations);
    showSpiderPicker(evaluations);
  }
  showRevisions(revisionChanges);
  showTable(evaluations);
}

async function start() {
  const params = formFromUrl(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    document.body.dataset.ready = 'false';
    await show(urlFromForm(form).get('name'));
    document.body.dataset.ready = 'true';
  });
  if (params.get('name')) {
    await show(params.get('name'));
  } else {
    notice('Name a municipality or region to see its evaluations over time.');
  }
  document.body.dataset.ready = 'true';
}

start();
