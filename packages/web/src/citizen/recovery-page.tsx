import { useId, useState } from 'react';
import { REPORT_CONTACTS, safeHref } from '../data/report-contacts.ts';
import { Rich, useI18n } from '../i18n/context.tsx';
import { plainText, type UiKey } from '../i18n/strings.ts';
import { ReportForm } from './report-form.tsx';

/**
 * Recovery differs by what was handed over (THREAT.md variants): a linking code typed into
 * WhatsApp (A/B) leaves the phone working and is fixed in Linked devices; a registration SMS
 * code (C) re-registers the account elsewhere and is fixed by registering again; Telegram (G)
 * is fixed in Devices. Sources: faq.whatsapp.com "Stolen accounts" (Lost/Stolen e-mail, 7-day
 * PIN wait), "About linked devices" (log out); telegram.org/faq (terminate sessions).
 */
type Case = 'linked' | 'sms' | 'telegram';
const STEPS: Readonly<Record<Case, readonly UiKey[]>> = {
  linked: ['recovery.linked.1', 'recovery.linked.2', 'recovery.linked.3', 'recovery.linked.4'],
  sms: ['recovery.sms.1', 'recovery.sms.2', 'recovery.sms.3', 'recovery.sms.4'],
  telegram: ['recovery.telegram.1', 'recovery.telegram.2', 'recovery.telegram.3'],
};
const CASES: readonly Case[] = ['linked', 'sms', 'telegram'];

export function RecoveryPage() {
  const { t } = useI18n();
  const [which, setWhich] = useState<Case>('linked');
  const name = useId();
  return (
    <>
      <h1>{t('recovery.title')}</h1>
      <p className="lead">{t('recovery.lead')}</p>

      <fieldset className="case-picker">
        <legend>{t('recovery.choose')}</legend>
        {CASES.map((c) => (
          <label key={c} className={`case-option${which === c ? ' is-selected' : ''}`}>
            <input type="radio" name={name} value={c} checked={which === c} onChange={() => setWhich(c)} />
            <span>{t(`recovery.case.${c}`)}</span>
          </label>
        ))}
      </fieldset>

      <section className="card steps-card" aria-labelledby="steps-h" data-case={which}>
        <h2 id="steps-h">{t('recovery.stepsTitle')}</h2>
        <ol className="steps">
          {STEPS[which].map((k) => (
            <li key={k}>
              <Rich text={t(k)} />
            </li>
          ))}
        </ol>
      </section>

      <section className="card card-money" aria-labelledby="money-h">
        <h2 id="money-h">{t('recovery.money.title')}</h2>
        <p>{t('recovery.money.text')}</p>
      </section>

      <WarnContacts />
      <ReportWhere />
      <ReportForm />
    </>
  );
}

function WarnContacts() {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const msg = plainText(t('recovery.warn.message'));
  async function copy() {
    try {
      await navigator.clipboard.writeText(msg);
      setCopied('ok');
    } catch {
      setCopied('failed'); // clipboard blocked (insecure context, permissions): the text stays selectable
    }
  }
  return (
    <section className="card" aria-labelledby="warn-h">
      <h2 id="warn-h">{t('recovery.warn.title')}</h2>
      <p>{t('recovery.warn.lead')}</p>
      <blockquote className="warn-message" data-testid="warn-message">
        {msg}
      </blockquote>
      <button type="button" className="btn btn-primary" onClick={() => void copy()}>
        {t('recovery.warn.copy')}
      </button>
      <p className="muted" role="status">
        {copied === 'ok' ? t('recovery.warn.copied') : copied === 'failed' ? t('recovery.warn.copyFailed') : ''}
      </p>
    </section>
  );
}

function ReportWhere() {
  const { t } = useI18n();
  const [country, setCountry] = useState('');
  const sel = useId();
  const picked = REPORT_CONTACTS.find((c) => c.country === country);
  return (
    <section className="card" aria-labelledby="report-where-h">
      <h2 id="report-where-h">{t('recovery.report.title')}</h2>
      <p className="report-kz">
        <Rich text={t('recovery.report.kz')} />
      </p>
      <a className="btn btn-call" href="tel:102">
        102
      </a>
      <label htmlFor={sel} className="label-strong spaced">
        {t('recovery.report.other')}
      </label>
      <select id={sel} value={country} onChange={(e) => setCountry(e.target.value)}>
        <option value="">{t('recovery.report.choose')}</option>
        {REPORT_CONTACTS.map((c) => (
          <option key={c.country} value={c.country}>
            {c.name}
          </option>
        ))}
      </select>
      {picked && (
        <div className="contacts" role="status">
          <ul>
            {picked.channels.map((ch) => {
              const href = safeHref(ch.href);
              return (
                <li key={ch.value}>
                  {ch.label}: {href ? <a href={href}>{ch.value}</a> : <strong>{ch.value}</strong>}
                </li>
              );
            })}
          </ul>
          <p className="muted small">
            {t('recovery.report.source')}: {picked.source}
          </p>
        </div>
      )}
    </section>
  );
}
