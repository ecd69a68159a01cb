/**
 * Deleting a stored document, from the corpus browser or from its report: the confirmation naming
 * it, the token field shared with uploads, and what happened shown above the corpus list (a refusal
 * where it was asked, redrawn in the other language on the toggle).
 */
import { type ApiError, deleteStored } from './api.js';
import { h } from './dom.js';
import { colon, pick, t } from './i18n.js';
import { savedToken } from './token.js';

/** What names a stored document to the person deleting it. */
export interface Deletable {
  id: number;
  title: string;
  department: string | null;
  year: number | null;
  phase: string;
  version: number;
}

export const describeStored = (d: Deletable) =>
  `#${d.id} ${d.department ?? d.title} ${d.year ?? ''} ${d.phase === 'budget' ? t('budget') : t('finalAccount')} v${d.version}`;

/** The corpus list last shown (its filters kept), where a report's delete goes back to. */
let list = '#/corpus';

export const rememberList = (hash: string): void => {
  list = hash;
};
export const corpusList = (): string => list;

/** What the last delete did, shown on the page it names (the list, or the report that refused). */
let notice: { hash: string; deleted: string } | { hash: string; error: ApiError } | null = null;

export function deleteNotice(): HTMLElement | null {
  if (!notice || notice.hash !== location.hash) return null;
  if ('error' in notice)
    return h('p', { class: 'error-text delete-failed' }, `${t('deleteFailed')}${colon()}${pick(notice.error)}`);
  return h('p', { class: 'deleted' }, `${t('deleted')}${colon()}${notice.deleted}`);
}

/**
 * Ask, then delete. Deleted: the notice goes to `then` (the list to show); refused: it stays on the
 * page asked from. Whether it was deleted; nothing happens when the person does not confirm.
 */
async function confirmDelete(d: Deletable, then: string): Promise<boolean | null> {
  if (!confirm(`${t('confirmDelete')}\n${describeStored(d)}`)) return null;
  try {
    await deleteStored(d.id, savedToken());
    notice = { hash: then, deleted: describeStored(d) };
    return true;
  } catch (error) {
    notice = { hash: location.hash, error: error as ApiError };
    return false;
  }
}

/** The 删除 / Delete button of a stored document; `done` runs after a confirmed attempt. */
export function deleteButton(d: Deletable, then: () => string, done: (deleted: boolean) => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'delete-doc', 'data-id': d.id }, t('delete'));
  button.addEventListener('click', () => {
    void confirmDelete(d, then()).then((deleted) => {
      if (deleted !== null) done(deleted);
    });
  });
  return button;
}
