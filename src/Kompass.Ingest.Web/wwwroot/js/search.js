// Full-text search over strengths and improvements (GET /api/search): the hits with the query's
// words marked, and how often the theme appears per year (a table and a bar chart). A theme
// (the area's subheading the theme model gave an item) narrows the words, or stands alone.
import { get } from './api.js';
import { formFromUrl, urlFromForm } from './analysis.js';
import { byId, notice } from './dom.js';
import { fillThemes, showHits, showPerYear } from './findings.js';

const form = byId('pick');

async function show(params) {
  notice('');
  if (!params.get('q') && !params.get('theme')) {
    notice('Give a word of the theme, e.g. medborgardialog, or choose a theme.');
    return;
  }
  const query = new URLSearchParams();
  for (const name of ['q', 'area', 'from', 'to', 'municipality', 'kind', 'theme']) {
    if (params.get(name)) query.set(name, params.get(name));
  }
  let result;
  try {
    result = await get(`/api/search?${query}`);
  } catch (error) {
    notice(error.message, 'error');
    return;
  }
  const terms = result.terms.length ? ` · terms: ${result.terms.join(', ')}` : '';
  const theme = params.get('theme') ? ` · theme: ${params.get('theme')}` : '';
  byId('summary').textContent = `${result.hits.length} item${result.hits.length === 1 ? '' : 's'}${terms}${theme}`;
  showHits(byId('hits'), result.hits, result.terms);
  showPerYear(byId('years').tBodies[0], byId('years-chart'), result.perYear);
}

async function start() {
  // The theme list follows the area; the options must exist before the URL's choice is set.
  const area = new URLSearchParams(location.search).get('area') ?? '';
  try {
    await fillThemes(form.elements.theme, area, 'any');
  } catch (error) {
    notice(error.message, 'error');
  }
  const params = formFromUrl(form);
  form.elements.area.addEventListener('change', () => fillThemes(form.elements.theme, form.elements.area.value, 'any').catch((error) => notice(error.message, 'error')));
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
