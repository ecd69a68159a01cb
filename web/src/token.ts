/**
 * The token a shared deployment asks for on writes (uploads, deletes): one field, the same on every
 * page that writes, kept for the browser tab.
 */
import { h } from './dom.js';
import { t } from './i18n.js';

const KEY = 'budgetlens-token';

export const savedToken = (): string => sessionStorage.getItem(KEY) ?? '';

/** The token field (kept as it is typed), for a server whose health says writes need one. */
export function tokenField(): HTMLElement {
  const input = h('input', { type: 'password', id: 'token', autocomplete: 'off', value: savedToken() });
  input.addEventListener('input', () => sessionStorage.setItem(KEY, input.value));
  return h('p', { class: 'token' }, h('label', { for: 'token' }, `${t('token')}：`), input, h('small', {}, t('tokenHint')));
}
