import { useId } from 'react';
import { Rich, useI18n } from '../i18n/context.tsx';
import { LinkedDevicesResult } from './linked-devices-result.tsx';
import { useImageUpload } from './use-image-upload.ts';

/** "Read my Linked devices screenshot" on the Check my WhatsApp page. */
export function LinkedDevicesReader() {
  const { t, lang } = useI18n();
  const id = useId();
  const { state, upload, reset, generation } = useImageUpload(lang);
  const res = state.phase === 'done' ? state.res : undefined;
  return (
    <section className="card devices-reader" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('devices.title')}</h2>
      <p className="hint">
        <Rich text={t('devices.lead')} />
      </p>
      <label htmlFor={id} className="label-strong">
        {t('devices.label')}
      </label>
      <input key={generation} id={id} type="file" accept="image/png,image/jpeg" disabled={state.phase === 'busy'} onChange={(e) => void upload(e.target.files?.[0])} />
      <div aria-live="polite" className="result-region">
        {state.phase === 'busy' && <p className="notice notice-info">{t('devices.reading')}</p>}
        {state.phase === 'error' && (
          <p className="notice notice-error" role="alert">
            {t(state.key)}
          </p>
        )}
        {res && (res.kind === 'linked-devices' && res.linkedDevices ? <LinkedDevicesResult devices={res.linkedDevices.devices} /> : <p className="notice notice-warn">{t('devices.notScreen')}</p>)}
        {res && (
          <button type="button" className="btn btn-ghost spaced" onClick={reset}>
            {t('devices.again')}
          </button>
        )}
      </div>
    </section>
  );
}
