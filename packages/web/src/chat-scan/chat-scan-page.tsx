import { useEffect, useRef, useState } from 'react';
import { scanChatFile, type BrowserScanResult } from '@ghostguard/chat/browser';
import { Rich, useI18n } from '../i18n/context.tsx';
import { chatScanText, type ChatScanKey } from './chat-scan-strings.ts';

/**
 * "Scan my chat export": the file is read with Blob.slice().arrayBuffer() and scanned in this
 * page in 4 MiB chunks (the scan awaits between chunks so the page stays responsive). Nothing
 * is sent anywhere: no fetch, no XHR, no form post. Downloads are local object URLs.
 */
type State =
  | { readonly step: 'idle' }
  | { readonly step: 'scanning'; readonly percent: number; readonly messages: number }
  | { readonly step: 'done'; readonly result: BrowserScanResult }
  | { readonly step: 'error'; readonly error: string };

function useObjectUrl(content: string | undefined, type: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (content === undefined) return undefined;
    const u = URL.createObjectURL(new Blob([content], { type }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [content, type]);
  return url;
}

export function ChatScanPage() {
  const { lang } = useI18n();
  const t = (key: ChatScanKey, params?: Readonly<Record<string, string | number>>) => chatScanText(lang, key, params);
  const [state, setState] = useState<State>({ step: 'idle' });
  const cancelled = useRef(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    cancelled.current = false;
    setState({ step: 'scanning', percent: 0, messages: 0 });
    try {
      const result = await scanChatFile(file, {
        lang,
        name: file.name,
        onProgress: (done, total, messages) => setState({ step: 'scanning', percent: total > 0 ? Math.round((done / total) * 100) : 100, messages }),
        cancelled: () => cancelled.current,
      });
      setState({ step: 'done', result });
    } catch (err) {
      setState({ step: 'error', error: String((err as Error).message ?? err).slice(0, 200) });
    }
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="card card-ok">{t('privacy')}</p>

      <section className="card" aria-labelledby="chat-how-h">
        <h2 id="chat-how-h">{t('how.title')}</h2>
        <ul className="where">
          <li>
            <Rich text={t('how.android')} />
          </li>
          <li>
            <Rich text={t('how.iphone')} />
          </li>
          <li>
            <Rich text={t('how.telegram')} />
          </li>
        </ul>
      </section>

      <section className="card">
        <label>
          {t('choose')}
          <br />
          <input type="file" accept=".txt,.zip,.json,text/plain,application/zip,application/json" disabled={state.step === 'scanning'} onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        {state.step === 'scanning' && <Scanning t={t} percent={state.percent} messages={state.messages} onCancel={() => (cancelled.current = true)} />}
        {state.step === 'error' && <p role="alert">{t('error', { error: state.error })}</p>}
      </section>

      {state.step === 'done' && <Result t={t} result={state.result} />}
    </>
  );
}

type Tr = (key: ChatScanKey, params?: Readonly<Record<string, string | number>>) => string;

function Scanning({ t, percent, messages, onCancel }: { t: Tr; percent: number; messages: number; onCancel: () => void }) {
  return (
    <div aria-live="polite">
      <progress max={100} value={percent} />
      <p>{t('scanning', { percent, messages })}</p>
      <button type="button" className="btn btn-ghost" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

function Result({ t, result }: { t: Tr; result: BrowserScanResult }) {
  const r = result.report;
  const l = r.totals.levels;
  const htmlUrl = useObjectUrl(result.html, 'text/html');
  const jsonUrl = useObjectUrl(result.json, 'application/json');
  const stixUrl = useObjectUrl(result.stix, 'application/json');
  const flagged = l.dangerous + l.suspicious;
  return (
    <section className="card" aria-live="polite">
      {result.cancelled && <p>{t('cancelled')}</p>}
      <p className="lead">{flagged === 0 ? t('result.none', { messages: r.totals.messages }) : t('result.some', { messages: r.totals.messages, dangerous: l.dangerous, suspicious: l.suspicious })}</p>
      {r.signals.length > 0 && <p role="alert">{t('result.signals', { count: r.signals.length })}</p>}
      <p>
        {htmlUrl && (
          <a className="btn btn-primary" href={htmlUrl} download="ghostguard-chat-report.html">
            {t('download.html')}
          </a>
        )}{' '}
        {jsonUrl && (
          <a className="btn btn-secondary" href={jsonUrl} download="ghostguard-chat-scan.json">
            {t('download.json')}
          </a>
        )}{' '}
        {stixUrl && r.indicators.domains.length > 0 && (
          <a className="btn btn-secondary" href={stixUrl} download="ghostguard-indicators.stix.json">
            {t('download.stix')}
          </a>
        )}
      </p>
      {/* The report is self-contained; sandbox="" forbids scripts and navigation inside it. */}
      <iframe title={t('reportFrame')} sandbox="" srcDoc={result.html} style={{ width: '100%', height: '70vh', border: '1px solid #ccc' }} />
    </section>
  );
}
