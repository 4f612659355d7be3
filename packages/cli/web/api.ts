import type { SessionView } from '../src/serve/state-types.js';

/** The join code this page was opened with (`/#CODE`). */
export function codeFromLocation(): string {
  return decodeURIComponent(location.hash.replace(/^#/, '')).trim();
}

export interface ApiError {
  readonly code: string;
  readonly message: string;
  readonly version?: string;
}

export async function fetchState(code: string): Promise<SessionView> {
  const res = await fetch('/api/state', { headers: { authorization: `Bearer ${code}` } });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as SessionView;
}

/** Sends one action made on state `version`; resolves to the server's message, rejects with an ApiError. */
export async function act(code: string, version: string, action: Record<string, unknown>): Promise<string> {
  const res = await fetch('/api/action', {
    method: 'POST',
    headers: { authorization: `Bearer ${code}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version, action }),
  });
  if (!res.ok) throw await errorOf(res);
  return ((await res.json()) as { message: string }).message;
}

/** Live snapshots over server-sent events; EventSource reconnects by itself after a server restart. */
export function subscribe(code: string, onState: (view: SessionView) => void, onConnection: (up: boolean) => void): () => void {
  const source = new EventSource(`/api/events?code=${encodeURIComponent(code)}`);
  source.addEventListener('state', (e) => onState(JSON.parse((e as MessageEvent<string>).data) as SessionView));
  source.onopen = () => onConnection(true);
  source.onerror = () => onConnection(false);
  return () => source.close();
}

async function errorOf(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: ApiError };
    if (body.error) return body.error;
  } catch {
    // not JSON: fall through
  }
  return { code: `HTTP_${res.status}`, message: `the server answered ${res.status} ${res.statusText}` };
}
