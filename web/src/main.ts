/**
 * The page: the upload view at #/, an upload's report at #/report/<id>, the corpus browser at
 * #/corpus?…, a stored document's report at #/stored/<id>, the comparisons at #/compare/<kind>?…;
 * the language toggle redraws whichever is shown.
 */
import { fill, h } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { showReport } from './report-view.js';
import { showUpload } from './upload-view.js';

const view = document.getElementById('view') as HTMLElement;
const toggle = document.getElementById('lang') as HTMLButtonElement;
const nav = document.getElementById('nav') as HTMLElement;

/** The latest route drawn: a slower one started before it (a report still loading) must not draw over it. */
let latest = 0;

/**
 * The element a route draws into: put in the view under what is shown, which stays until the route
 * draws; then it replaces it — unless a later route has begun, when what it drew is dropped.
 */
function routeElement(drawing: number): HTMLElement {
  const here = h('div', { class: 'route' });
  new MutationObserver((_, observer) => {
    observer.disconnect();
    if (drawing !== latest) here.remove();
    else for (const shown of [...view.children]) if (shown !== here) shown.remove();
  }).observe(here, { childList: true });
  view.append(here);
  return here;
}

async function route(): Promise<void> {
  const drawing = ++latest;
  toggle.textContent = t('other');
  fill(
    nav,
    h('a', { href: '#/', class: 'nav-upload' }, t('upload')),
    h('a', { href: '#/corpus', class: 'nav-corpus' }, t('corpus')),
  );
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const report = /^\/(report|stored)\/([\w-]+)$/.exec(path);
  const compare = /^\/compare\/(department|region|code)$/.exec(path);
  delete document.body.dataset.ready;
  const here = routeElement(drawing);
  try {
    if (report?.[2]) await showReport(here, report[2], report[1] === 'stored' ? 'stored' : 'upload');
    else if (path === '/corpus') await (await import('./corpus-view.js')).showCorpus(here, params);
    else if (compare?.[1])
      await (await import('./compare-view.js')).showCompare(here, compare[1] as 'department' | 'region' | 'code', params);
    else await showUpload(here);
  } catch (error) {
    const e = error as { zh?: string; en?: string };
    fill(here, h('p', { class: 'error-text' }, e.zh && e.en ? (lang() === 'zh' ? e.zh : e.en) : String(error)));
  }
  if (drawing === latest) document.body.dataset.ready = 'true';
}

toggle.addEventListener('click', () => {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  void route();
});
window.addEventListener('hashchange', () => void route());
setLang(lang());
void route();
