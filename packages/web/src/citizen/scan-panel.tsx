import { useEffect, useRef, useState } from 'react';
import { api, ApiError, type ScanView } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { VerdictView } from './verdict-view.tsx';

/** Poll every 1.5 s; give up after 120 s (the sandbox's own page limit is well below that). */
const POLL_MS = 1500;
const GIVE_UP_MS = 120_000;

type State =
  | { phase: 'idle' }
  | { phase: 'waiting'; status: 'queued' | 'running'; reused: boolean; startedAt: number }
  | { phase: 'done'; scan: ScanView; reused: boolean }
  | { phase: 'error'; key: 'scan.failed' | 'scan.timeout' | 'scan.notAllowed' | 'check.error.network' | 'check.error.rate' };

function errorKey(e: unknown): Extract<State, { phase: 'error' }>['key'] {
  if (e instanceof ApiError) {
    if (e.code === 'GG_ERR_URL_NOT_ALLOWED') return 'scan.notAllowed';
    if (e.status === 429) return 'check.error.rate';
    if (e.status === 0) return 'check.error.network';
  }
  return 'scan.failed';
}

export function ScanPanel({ url }: { url: string }) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const cancelled = useRef(false);
  useEffect(() => {
    cancelled.current = false;
    return () => {
      cancelled.current = true;
    };
  }, []);

  async function poll(id: string, reused: boolean, startedAt: number): Promise<void> {
    while (!cancelled.current) {
      const scan = await api.getScan(id, lang);
      if (scan.status === 'done') return setState({ phase: 'done', scan, reused });
      if (scan.status === 'failed') return setState({ phase: 'error', key: 'scan.failed' });
      setState({ phase: 'waiting', status: scan.status, reused, startedAt });
      setNow(Date.now());
      if (Date.now() - startedAt > GIVE_UP_MS) return setState({ phase: 'error', key: 'scan.timeout' });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async function start() {
    const startedAt = Date.now();
    setState({ phase: 'waiting', status: 'queued', reused: false, startedAt });
    try {
      const job = await api.startScan(url, lang);
      await poll(job.id, job.reused, startedAt);
    } catch (e) {
      if (!cancelled.current) setState({ phase: 'error', key: errorKey(e) });
    }
  }

  if (state.phase === 'idle')
    return (
      <div className="scan-offer">
        <p>{t('scan.offer')}</p>
        <button type="button" className="btn btn-secondary" onClick={() => void start()}>
          {t('scan.button')}
        </button>
      </div>
    );
  if (state.phase === 'waiting') {
    const secs = Math.max(0, Math.round((now - state.startedAt) / 1000));
    return (
      <div className="scan-progress" role="status">
        <p>
          {t(state.status === 'queued' ? 'scan.queued' : 'scan.running')} <span className="muted">{t('scan.elapsed', { s: secs })}</span>
        </p>
        <div className="progress-track" role="progressbar" aria-label={t('scan.progressLabel')} aria-busy="true">
          <div className="progress-bar" />
        </div>
      </div>
    );
  }
  if (state.phase === 'error')
    return (
      <p className="notice notice-warn" role="alert">
        {t(state.key)}
      </p>
    );
  const { scan, reused } = state;
  return (
    <section className="scan-result" aria-labelledby="scan-done-h">
      <h3 id="scan-done-h">{t('scan.done')}</h3>
      {reused && <p className="muted">{t('scan.reused')}</p>}
      {scan.evidence?.finalUrl && (
        <p className="final-url">
          {t('scan.finalUrl')}: <code>{scan.evidence.finalUrl}</code>
        </p>
      )}
      {scan.screenshotUrl && <img className="screenshot" src={scan.screenshotUrl} alt={t('scan.screenshotAlt')} loading="lazy" />}
      {scan.verdict && scan.rendered && <VerdictView verdict={scan.verdict} rendered={scan.rendered} focusOnShow={false} />}
    </section>
  );
}
