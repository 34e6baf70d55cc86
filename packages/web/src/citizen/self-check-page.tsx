import { Rich, useI18n } from '../i18n/context.tsx';
import { Link } from '../router.tsx';
import { LinkedDevicesReader } from './linked-devices-reader.tsx';

/**
 * Guided Linked-devices check. The phone screen is drawn in HTML/CSS (no WhatsApp images):
 * the heading, the "Link a device" button, "Device status" and a list of two example devices,
 * one normal and one that should be logged out, each with a plain-words annotation.
 */
export function SelfCheckPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('self.title')}</h1>
      <p className="lead">{t('self.lead')}</p>

      <section className="card" aria-labelledby="where-h">
        <h2 id="where-h">{t('self.where.title')}</h2>
        <ul className="where">
          <li>
            <Rich text={t('self.where.android')} />
          </li>
          <li>
            <Rich text={t('self.where.iphone')} />
          </li>
        </ul>
      </section>

      <section className="card" aria-labelledby="mock-h">
        <h2 id="mock-h">{t('self.mock.title')}</h2>
        <PhoneMock />
        <p className="muted small">{t('self.mock.caption')}</p>
      </section>

      <div className="two-col">
        <section className="card card-ok" aria-labelledby="normal-h">
          <h2 id="normal-h">{t('self.normal.title')}</h2>
          <ul className="ticks">
            <li>{t('self.normal.1')}</li>
            <li>{t('self.normal.2')}</li>
          </ul>
        </section>
        <section className="card card-bad" aria-labelledby="bad-h">
          <h2 id="bad-h">{t('self.bad.title')}</h2>
          <ul className="crosses">
            <li>{t('self.bad.1')}</li>
            <li>{t('self.bad.2')}</li>
            <li>{t('self.bad.3')}</li>
          </ul>
        </section>
      </div>

      <LinkedDevicesReader />

      <section className="card" aria-labelledby="fix-h">
        <h2 id="fix-h">{t('self.fix.title')}</h2>
        <p>
          <Rich text={t('self.fix.text')} />
        </p>
        <Link to="/recovery" className="btn btn-primary">
          {t('self.fix.link')}
        </Link>
      </section>
      <p className="notice notice-info">{t('self.tip')}</p>
    </>
  );
}

function PhoneMock() {
  const { t } = useI18n();
  // Decorative drawing with its words readable as a list: the figure's caption names it.
  return (
    <figure className="phone" aria-label={t('self.mock.title')}>
      <div className="phone-screen">
        <div className="phone-bar">
          <span aria-hidden="true">←</span> {t('self.mock.heading')}
        </div>
        <div className="phone-body">
          <div className="phone-illustration" aria-hidden="true">
            <span className="mini-laptop" />
            <span className="mini-phone" />
          </div>
          <span className="phone-link-btn">{t('self.mock.link')}</span>
          <p className="phone-status">{t('self.mock.status')}</p>
          <p className="phone-tap">{t('self.mock.tap')}</p>
          <ul className="phone-devices">
            <li className="device device-ok">
              <span className="device-icon" aria-hidden="true" />
              <span className="device-text">
                <strong>{t('self.mock.dev1')}</strong>
                <span>{t('self.mock.dev1.when')}</span>
              </span>
              <span className="device-note note-ok">✓ {t('self.mock.ok')}</span>
            </li>
            <li className="device device-bad">
              <span className="device-icon" aria-hidden="true" />
              <span className="device-text">
                <strong>{t('self.mock.dev2')}</strong>
                <span>{t('self.mock.dev2.when')}</span>
              </span>
              <span className="device-note note-bad">! {t('self.mock.bad')}</span>
            </li>
          </ul>
        </div>
      </div>
    </figure>
  );
}
