// The queue as the reviewer last filtered it, shared by the queue page and the document page
// (n/p and "next open flag after a save" walk the same list).
import { get } from './api.js';

const key = 'kompass.queue.filters';

/** The filters' query string last used on the queue page ('' for the default: open flags). */
export const savedFilters = () => sessionStorage.getItem(key) ?? '';

export function saveFilters(query) {
  sessionStorage.setItem(key, query);
}

/** The queue's flags for a query string. */
export async function queue(query = savedFilters()) {
  return get(`/api/queue${query ? `?${query}` : ''}`);
}

/** The same filters with the status set to open. */
export function openOnly(query = savedFilters()) {
  const params = new URLSearchParams(query);
  params.set('status', 'open');
  return params.toString();
}

// A message for the next page (after a save that moves on), shown once.
const noticeKey = 'kompass.notice';

export function carryNotice(message) {
  sessionStorage.setItem(noticeKey, message);
}

export function takeNotice() {
  const message = sessionStorage.getItem(noticeKey);
  sessionStorage.removeItem(noticeKey);
  return message;
}
