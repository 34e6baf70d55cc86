import { lazy, Suspense } from 'react';
import { CheckPage } from './citizen/check-page.tsx';
import { RecoveryPage } from './citizen/recovery-page.tsx';
import { SelfCheckPage } from './citizen/self-check-page.tsx';
import { I18nProvider, useI18n } from './i18n/context.tsx';
import { LANG_NAMES, UI_LANGS } from './i18n/strings.ts';
import { Link, usePath } from './router.tsx';
import { ShieldIcon } from './ui/icons.tsx';

// Citizens never download the analyst console.
const AnalystApp = lazy(() => import('./analyst/analyst-app.tsx').then((m) => ({ default: m.AnalystApp })));
// The chat scanner bundles the engine's chat parser; only people who open it download it.
const ChatScanPage = lazy(() => import('./chat-scan/chat-scan-page.tsx').then((m) => ({ default: m.ChatScanPage })));

function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {UI_LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} data-lang={l}>
          <span className="lang-long">{LANG_NAMES[l]}</span>
          <span className="lang-short" aria-hidden="true">
            {l.toUpperCase()}
          </span>
        </button>
      ))}
    </div>
  );
}

function Page({ path }: { path: string }) {
  if (path.startsWith('/analyst'))
    return (
      <Suspense fallback={null}>
        <AnalystApp path={path} />
      </Suspense>
    );
  if (path === '/recovery') return <RecoveryPage />;
  if (path === '/self-check') return <SelfCheckPage />;
  if (path === '/chat-scan')
    return (
      <Suspense fallback={null}>
        <ChatScanPage />
      </Suspense>
    );
  return <CheckPage />;
}

function Shell() {
  const { t } = useI18n();
  const path = usePath();
  const analyst = path.startsWith('/analyst');
  const nav = [
    { to: '/', key: 'nav.home' as const },
    { to: '/recovery', key: 'nav.recovery' as const },
    { to: '/self-check', key: 'nav.selfCheck' as const },
    { to: '/chat-scan', key: 'nav.chatScan' as const },
  ];
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className={`bar${analyst ? ' wide' : ''}`}>
          <Link to="/" className="brand">
            <ShieldIcon className="brand-icon" />
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{analyst ? t('analyst.title') : t('app.tagline')}</span>
            </span>
          </Link>
          <LangSwitch />
        </div>
        {!analyst && (
          <nav className="bar site-nav" aria-label="GhostGuard">
            {nav.map((n) => (
              <Link key={n.to} to={n.to} {...(path === n.to ? { 'aria-current': 'page' as const } : {})}>
                {t(n.key)}
              </Link>
            ))}
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className={analyst ? 'wide' : undefined}>
        <Page path={path} />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
