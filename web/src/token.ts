/**
 * The token a shared deployment asks for on writes (uploads, deletes): one field, the same on every
 * page that writes, kept for the browser tab.
 */
import { h } from './dom.js';
import { colon, t } from './i18n.js';

const KEY = 'budgetlens-token';

/** The token as the field on the page shows it (what the person sees is what is sent), else as kept. */
export const savedToken = (): string =>
  document.querySelector<HTMLInputElement>('input#token')?.value ?? sessionStorage.getItem(KEY) ?? '';

/** The token field (kept as it is typed), for a server whose health says writes need one. */
export function tokenField(): HTMLElement {
  const input = h('input', { type: 'password', id: 'token', autocomplete: 'off', value: sessionStorage.getItem(KEY) ?? '' });
  input.addEventListener('input', () => sessionStorage.setItem(KEY, input.value));
  return h(
    'p',
    { class: 'token' },
    h('label', { for: 'token' }, `${t('token')}${colon()}`),
    input,
    h('small', {}, t('tokenHint')),
  );
}
