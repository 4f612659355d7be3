import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../src/serve/state-types.js';
import { act, codeFromLocation, fetchState, subscribe, type ApiError } from './api.js';
import { Facilitator } from './facilitator.js';
import { Team } from './team.js';
import { Wall } from './wall.js';
import './style.css';

/** What every view gets: the snapshot, and a way to act on it (errors are shown by the shell). */
export interface ViewProps {
  readonly view: SessionView;
  readonly send: (action: Record<string, unknown>) => Promise<boolean>;
}

function App() {
  const [code, setCode] = useState(codeFromLocation());
  const [view, setView] = useState<SessionView | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [notice, setNotice] = useState<string>('');
  const [online, setOnline] = useState(true);
  const shownVersion = useRef<string | undefined>(undefined);

  useEffect(() => {
    const onHash = () => setCode(codeFromLocation());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const v = await fetchState(code);
      shownVersion.current = v.version;
      setView(v);
      setError(undefined);
    } catch (e) {
      setError(e as ApiError);
    }
  }, [code]);

  useEffect(() => {
    if (code === '') return undefined;
    void refresh();
    return subscribe(code, (v) => {
      // An error answers the state it was made on: it goes when the session moves on, not with a
      // push that only reports the odds' progress (the facilitator must get to read it).
      if (v.version !== shownVersion.current) setError((e) => (e?.code === 'E_STALE' ? e : undefined));
      shownVersion.current = v.version;
      setView(v);
    }, (up) => {
      setOnline(up);
    });
  }, [code, refresh]);

  const send = useCallback(async (action: Record<string, unknown>): Promise<boolean> => {
    if (!view) return false;
    try {
      setNotice(await act(code, view.version, action));
      setError(undefined);
      return true;
    } catch (e) {
      setError(e as ApiError);
      return false;
    }
  }, [code, view]);

  if (code === '') return <JoinForm />;
  if (!view) {
    return (
      <main class="shell">
        <h1>Casus seminar</h1>
        {error ? <p role="alert" class="error" data-testid="error">{error.message} <small>({error.code})</small></p> : <p>Connecting…</p>}
      </main>
    );
  }
  const stale = error?.code === 'E_STALE';
  return (
    <div class={`shell role-${view.role}`}>
      <header class="topbar">
        <p class="eyebrow">{roleTitle(view)}</p>
        <h1>{view.scenario.title}</h1>
        <p class="where" data-testid="where">{view.where} · branch {view.branch}{view.situation ? ` · situation ${view.situation}` : ''} · seed {view.seed}</p>
        {!online && <p class="offline" role="status">Connection lost — reconnecting…</p>}
      </header>
      <div aria-live="polite" class="messages">
        {error && (
          <p role="alert" class="error" data-testid="error" data-code={error.code}>
            {stale ? 'The session moved on since you last looked. ' : ''}{error.message} <small>({error.code})</small>
            {stale && <button type="button" onClick={() => void refresh()}>Refresh</button>}
          </p>
        )}
        {!error && notice && <p class="notice" data-testid="notice">{notice}</p>}
      </div>
      {view.role === 'facilitator' && <Facilitator view={view} send={send} />}
      {view.role === 'team' && <Team view={view} send={send} />}
      {view.role === 'wall' && <Wall view={view} send={send} />}
    </div>
  );
}

function roleTitle(view: SessionView): string {
  if (view.role === 'team') return `Team ${view.team} · Casus seminar`;
  if (view.role === 'wall') return 'Wall · Casus seminar';
  return 'Facilitator (white cell) · Casus seminar';
}

function JoinForm() {
  const [text, setText] = useState('');
  return (
    <main class="shell join">
      <h1>Join a Casus seminar</h1>
      <form onSubmit={(e) => { e.preventDefault(); location.hash = text.trim(); }}>
        <label for="join-code">Join code</label>
        <input id="join-code" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} autocomplete="off" />
        <button type="submit">Join</button>
      </form>
      <p>The facilitator has a link or QR code for your team.</p>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
