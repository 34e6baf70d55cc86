import { useId, useState } from 'react';
import { renderAdvice } from '@ghostguard/core';
import { useI18n } from '../i18n/context.tsx';
import { unrecognised, type LinkedDeviceView } from './image-api.ts';

/**
 * The devices read from a Linked devices screenshot, each with "I recognise this device"; then
 * the logout steps for the ones not ticked. The person decides: we only point at what stands out
 * (a server-like or unexpected computer). Steps come from core's advice, in the page language.
 */
export function LinkedDevicesResult({ devices }: { devices: readonly LinkedDeviceView[] }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [known, setKnown] = useState<ReadonlySet<number>>(new Set());
  const [shown, setShown] = useState(false);
  if (devices.length === 0) return <p className="notice notice-warn">{t('devices.none')}</p>;
  const toggle = (i: number, on: boolean) => {
    const next = new Set(known);
    if (on) next.add(i);
    else next.delete(i);
    setKnown(next);
    setShown(false);
  };
  const unknown = unrecognised(devices, known);
  const advice = renderAdvice('check-linked-devices', lang);
  return (
    <section className="card devices-result" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('devices.found', { n: devices.length })}</h3>
      <ul className="phone-devices" data-testid="read-devices">
        {devices.map((d, i) => (
          <li key={`${i}-${d.name}`} className={`device${d.flag ? ' device-bad' : ''}`} data-device={d.name}>
            <span className="device-icon" aria-hidden="true" />
            <span className="device-text">
              <strong>{d.name}</strong>
              <span>{d.lastActive.kind === 'now' ? t('devices.activeNow') : d.lastActive.text}</span>
            </span>
            {d.flag && <span className="device-note note-bad">! {t('devices.flagged')}</span>}
            <label className="check device-check">
              <input type="checkbox" checked={known.has(i)} onChange={(e) => toggle(i, e.target.checked)} aria-label={`${t('devices.recognise')}: ${d.name}`} />
              <span>{t('devices.recognise')}</span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-primary spaced" onClick={() => setShown(true)}>
        {t('devices.confirm')}
      </button>
      <div aria-live="polite">
        {shown &&
          (unknown.length === 0 ? (
            <p className="notice notice-ok devices-all-known">{t('devices.allKnown')}</p>
          ) : (
            <div className="notice notice-error devices-logout">
              <h4>{t('devices.logoutTitle')}</h4>
              <ul className="crosses" data-testid="logout-devices">
                {unknown.map((d, i) => (
                  <li key={`${i}-${d.name}`}>{d.name}</li>
                ))}
              </ul>
              <h4>{advice.title}</h4>
              <ol>
                {advice.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </div>
          ))}
      </div>
    </section>
  );
}
