import { useId } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { MAX_IMAGE_BYTES } from './image-api.ts';
import { LinkedDevicesResult } from './linked-devices-result.tsx';
import { useImageUpload } from './use-image-upload.ts';
import { VerdictView } from './verdict-view.tsx';

/**
 * "Got a screenshot or a QR code?" on the check page: a picture goes to POST /v1/check/image and
 * the answer is shown like a text check. A device-linking QR gets its own plain warning first;
 * a Linked devices screenshot gets the device list.
 */
export function ImageCheck() {
  const { t, lang } = useI18n();
  const ids = { input: useId(), lead: useId() };
  const { state, upload, reset, generation } = useImageUpload(lang);
  return (
    <section className="card image-check" aria-labelledby={`${ids.input}-h`}>
      <h2 id={`${ids.input}-h`}>{t('image.title')}</h2>
      <p id={ids.lead} className="hint">
        {t('image.lead')}
      </p>
      <label htmlFor={ids.input} className="label-strong">
        {t('image.label')}
      </label>
      <input
        key={generation}
        id={ids.input}
        type="file"
        accept="image/png,image/jpeg"
        data-max-bytes={MAX_IMAGE_BYTES}
        aria-describedby={ids.lead}
        disabled={state.phase === 'busy'}
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      <div aria-live="polite" className="result-region">
        {state.phase === 'busy' && <p className="notice notice-info">{t('image.checking')}</p>}
        {state.phase === 'error' && (
          <p className="notice notice-error" role="alert">
            {t(state.key)}
          </p>
        )}
        {state.phase === 'done' && (
          <div className="result image-result" data-kind={state.res.kind}>
            {state.res.kind === 'qr-device-link' && <p className="notice notice-error qr-link-warning">{t('image.qrLink')}</p>}
            {state.res.kind === 'linked-devices' && state.res.linkedDevices ? (
              <LinkedDevicesResult devices={state.res.linkedDevices.devices} />
            ) : (
              <VerdictView verdict={state.res.verdict} rendered={state.res.rendered} />
            )}
            {state.res.ocr === 'unavailable' && <p className="notice notice-info">{t('image.noOcr')}</p>}
            {state.res.text && (
              <details className="spaced">
                <summary>{t('image.textRead')}</summary>
                <p className="excerpt break">{state.res.text}</p>
              </details>
            )}
            <button type="button" className="btn btn-ghost spaced" onClick={reset}>
              {t('image.again')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
