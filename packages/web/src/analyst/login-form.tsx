import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from './session.tsx';

export function LoginForm() {
  const { t } = useI18n();
  const { login } = useSession();
  const id = useId();
  const [u, setU] = useState('');
  const [p, setP] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(u, p);
    } catch (err) {
      setError(err instanceof ApiError && (err.status === 401 || err.status === 400) ? t('analyst.login.bad') : t('analyst.error', { detail: err instanceof Error ? err.message : '' }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card login" onSubmit={(e) => void onSubmit(e)}>
      <h1>{t('analyst.login.title')}</h1>
      <label htmlFor={`${id}-u`}>{t('analyst.login.user')}</label>
      <input id={`${id}-u`} name="username" autoComplete="username" value={u} onChange={(e) => setU(e.target.value)} required />
      <label htmlFor={`${id}-p`}>{t('analyst.login.password')}</label>
      <input id={`${id}-p`} name="password" type="password" autoComplete="current-password" value={p} onChange={(e) => setP(e.target.value)} required />
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('analyst.login.submit')}
      </button>
    </form>
  );
}
