import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, type CheckResponse } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import type { UiKey } from '../i18n/strings.ts';
import { Link } from '../router.tsx';
import { ArrowIcon } from '../ui/icons.tsx';
import { MAX_INPUT_CHARS, prepareInput } from './input-check.ts';
import { ScanPanel } from './scan-panel.tsx';
import { scanCandidate, toneFor } from './tone.ts';
import { VerdictView } from './verdict-view.tsx';
import { ImageCheck } from './image-check.tsx';

type Result = { res: CheckResponse; input: { text: string } | { url: string } };
type Problem = { key: UiKey; detail?: string };

function problemFromError(e: unknown): Problem {
  if (!(e instanceof ApiError)) return { key: 'check.error.server' };
  if (e.status === 0) return { key: 'check.error.network' };
  if (e.status === 413) return { key: 'check.error.tooLong' };
  if (e.status === 429) return { key: 'check.error.rate' };
  if (e.status >= 400 && e.status < 500) return { key: 'check.error.invalid', detail: e.message };
  return { key: 'check.error.server' };
}

export function CheckPage() {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const ids = { box: useId(), hint: useId(), err: useId() };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const prepared = prepareInput(text);
    if (!prepared.ok) {
      setResult(null);
      return setProblem({ key: `check.error.${prepared.problem}` });
    }
    setProblem(null);
    setBusy(true);
    try {
      const res = await api.check(prepared.body, lang);
      setResult({ res, input: prepared.body });
    } catch (err) {
      setResult(null);
      setProblem(problemFromError(err));
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setResult(null);
    setText('');
    setProblem(null);
    document.getElementById(ids.box)?.focus();
  }

  const scanUrl = result && toneFor(result.res.verdict.level, result.res.verdict.kind) !== 'official' ? scanCandidate(result.res.verdict, result.input) : null;
  const over = text.length > MAX_INPUT_CHARS;
  return (
    <>
      <section className="hero">
        <h1>{t('check.title')}</h1>
        <p className="lead">{t('check.lead')}</p>
        <form className="check-form card" onSubmit={(e) => void onSubmit(e)} noValidate>
          <label htmlFor={ids.box} className="label-strong">
            {t('check.label')}
          </label>
          <p id={ids.hint} className="hint">
            {t('check.hint')}
          </p>
          <textarea
            id={ids.box}
            name="message"
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('check.placeholder')}
            aria-describedby={`${ids.hint}${problem ? ` ${ids.err}` : ''}`}
            aria-invalid={problem ? true : undefined}
            spellCheck={false}
            autoComplete="off"
          />
          <div className="form-row">
            {/* The counter only matters near the limit; below that it is noise for a worried reader. */}
            <span className={`counter${over ? ' counter-over' : ''}`}>{text.length > MAX_INPUT_CHARS / 2 ? t('check.counter', { n: text.length.toLocaleString(lang), max: MAX_INPUT_CHARS.toLocaleString(lang) }) : ''}</span>
            <button type="submit" className="btn btn-primary btn-lg" disabled={busy}>
              {busy ? t('check.checking') : t('check.submit')}
            </button>
          </div>
          {problem && (
            <p id={ids.err} className="notice notice-error" role="alert">
              {t(problem.key, { max: MAX_INPUT_CHARS.toLocaleString(lang), detail: problem.detail ?? '' })}
            </p>
          )}
          <p className="privacy">{t('check.privacy')}</p>
        </form>
      </section>

      <div aria-live="polite" className="result-region">
        {result && (
          <section className="result" aria-label={t('result.title')}>
            <VerdictView verdict={result.res.verdict} rendered={result.res.rendered} />
            {scanUrl && <ScanPanel key={scanUrl} url={scanUrl} />}
            <div className="result-actions">
              <Link to="/recovery" className="btn btn-secondary">
                {t('result.enteredLink')}
              </Link>
              <button type="button" className="btn btn-ghost" onClick={reset}>
                {t('result.again')}
              </button>
            </div>
          </section>
        )}
      </div>

      <ImageCheck />

      <nav className="tiles" aria-label={t('nav.home')}>
        <Link to="/recovery" className="tile tile-urgent">
          <span>
            <strong>{t('home.recovery.title')}</strong>
            <span>{t('home.recovery.text')}</span>
          </span>
          <ArrowIcon />
        </Link>
        <Link to="/self-check" className="tile">
          <span>
            <strong>{t('home.selfCheck.title')}</strong>
            <span>{t('home.selfCheck.text')}</span>
          </span>
          <ArrowIcon />
        </Link>
      </nav>
    </>
  );
}
