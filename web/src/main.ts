/** The page: the upload view at #/, a report at #/report/<id>; the language toggle redraws either. */
import { fill, h } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { showReport } from './report-view.js';
import { showUpload } from './upload-view.js';

const view = document.getElementById('view') as HTMLElement;
const toggle = document.getElementById('lang') as HTMLButtonElement;

async function route(): Promise<void> {
  toggle.textContent = t('other');
  const report = /^#\/report\/([\w-]+)$/.exec(location.hash);
  try {
    if (report?.[1]) await showReport(view, report[1]);
    else await showUpload(view);
  } catch (error) {
    fill(view, h('p', { class: 'error-text' }, String(error)));
  }
  document.body.dataset.ready = 'true';
}

toggle.addEventListener('click', () => {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  void route();
});
window.addEventListener('hashchange', () => void route());
setLang(lang());
void route();
