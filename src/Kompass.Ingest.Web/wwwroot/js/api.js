// The review API. Reads are plain GETs; writes send the anti-forgery token of /api/session in
// its header (the server refuses a write without it). Every error carries the server's one line.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let session = null;

async function read(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const line = body?.error ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, response.status === 503 ? `The store is busy: ${line}` : line);
  }
  return body;
}

export async function get(url) {
  return read(await fetch(url, { headers: { Accept: 'application/json' } }));
}

async function send(url, body) {
  session ??= await get('/api/session');
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [session.headerName]: session.token },
    body: JSON.stringify(body),
  });
}

export async function post(url, body) {
  let response = await send(url, body);
  if (response.status === 400 && response.headers.get('X-Kompass-Antiforgery-Failed')) {
    // The server was restarted since the token was fetched (its keys live in memory): fetch a new one, once.
    session = null;
    response = await send(url, body);
  }
  return read(response);
}

export const documentUrl = (sha, flagId) => `/documents/${encodeURIComponent(sha)}${flagId ? `?flag=${encodeURIComponent(flagId)}` : ''}`;
