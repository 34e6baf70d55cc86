/**
 * Global brands that GhostPairing and its relatives impersonate (THREAT.md): the Meta family,
 * Telegram, and the big account providers whose login pages are the most phished
 * (PhishTank 2016–2025 brand counts: Microsoft/Outlook, Apple/iCloud, Google/Gmail, Facebook).
 */
import type { Brand } from './brand-types.ts';

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/**
 * Google's search and service ccTLD domains, from https://www.google.com/supported_domains
 * (bare ccTLDs, then com.XX, then co.XX).
 */
const GOOGLE_CC = [
  ...words(`ad ae al am as at az ba be bf bg bi bj bs bt by ca cat cd cf cg ch ci cl cm cn co cv cz de dj dk dm dz
    ee es fi fm fr ga ge gg gl gm gp gr gy hn hr ht hu ie im iq is it je jo kg ki kz la li lk lt lu lv md me mg
    mk ml mn ms mu mv mw ne nl no nr nu pl pn ps pt ro rs ru rw sc se sh si sk sm sn so sr st td tg tl tm tn to
    tt vg vu ws ng om`).map((c) => `google.${c}`),
  ...words(`af ag ai ar au bd bh bn bo br bz co cu cy do ec eg et fj gh gi gt hk jm kh kw lb ly mm mt mx my na
    nf ng ni np om pa pe pg ph pk pr py qa sa sb sg sl sv tj tn tr tw ua uy vc vn iq`).map((c) => `google.com.${c}`),
  ...words('ao bw ck cr id il in jp ke kr ls ma mz nz th tz ug uk uz ve vi za zm zw').map((c) => `google.co.${c}`),
];

export const GLOBAL_BRANDS: readonly Brand[] = [
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    category: 'messenger',
    family: 'meta',
    officialDomains: ['whatsapp.com', 'whatsapp.net', 'wa.me', 'whatsapp.org', 'whatsapp.info', 'whatsapp.biz', 'whatsappbrand.com'],
    keywords: ['whatsapp'],
    shortKeywords: ['wa', 'wapp'],
    source: 'https://faq.whatsapp.com/ (official domains whatsapp.com, whatsapp.net, wa.me: https://developers.facebook.com/docs/whatsapp)',
  },
  {
    id: 'facebook',
    name: 'Facebook',
    category: 'social',
    family: 'meta',
    officialDomains: [
      'facebook.com', 'facebook.net', 'fb.com', 'fb.me', 'fb.gg', 'fb.watch', 'fbcdn.net', 'fbcdn.com', 'fbsbx.com',
      'facebookmail.com', 'thefacebook.com', 'facebook.org', 'facebookbrand.com', 'fbworkmail.com', 'workplace.com',
      'internet.org', 'freebasics.com', 'accountkit.com', 'facebookblueprint.com', 'fbinfra.net', 'facebook.de', 'facebook.fr',
    ],
    keywords: ['facebook'],
    shortKeywords: ['fb', 'fbook'],
    source: 'https://www.facebook.com/help/ ; Meta domains list https://developers.facebook.com/docs/sharing/webmasters/crawler',
  },
  {
    id: 'messenger',
    name: 'Messenger',
    category: 'messenger',
    family: 'meta',
    officialDomains: ['messenger.com', 'm.me'],
    keywords: ['messenger'],
    commonWords: ['messenger'],
    source: 'https://www.messenger.com/',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    category: 'social',
    family: 'meta',
    officialDomains: ['instagram.com', 'cdninstagram.com', 'instagr.am', 'ig.me', 'igcdn.com', 'instagram.net'],
    keywords: ['instagram'],
    shortKeywords: ['ig', 'insta', 'igram'],
    source: 'https://help.instagram.com/',
  },
  {
    id: 'meta',
    name: 'Meta',
    category: 'tech',
    family: 'meta',
    officialDomains: ['meta.com', 'meta.ai', 'atmeta.com', 'metacdn.com', 'oculus.com', 'oculuscdn.com', 'metaquest.com', 'meta.me'],
    keywords: [],
    shortKeywords: ['meta'],
    source: 'https://about.meta.com/ ; https://www.meta.com/',
  },
  {
    id: 'threads',
    name: 'Threads',
    category: 'social',
    family: 'meta',
    officialDomains: ['threads.net', 'threads.com'],
    // A common English word: typos count only on Meta's own suffixes (thresds.net), and the
    // word itself weighs little elsewhere (threadsmagazine.com).
    keywords: ['threads'],
    commonWords: ['threads'],
    source: 'https://help.instagram.com/788669719351355 (Threads, an Instagram app)',
  },
  {
    id: 'telegram',
    name: 'Telegram',
    category: 'messenger',
    officialDomains: ['telegram.org', 't.me', 'telegram.me', 'telegra.ph', 'telesco.pe', 'tdesktop.com', 'telegram.dog', 'fragment.com', 'cdn-telegram.org', 'tg.dev'],
    keywords: ['telegram'],
    shortKeywords: ['tg', 'tme', 'teleg'],
    commonWords: ['telegram'],
    source: 'https://telegram.org/faq ; https://core.telegram.org/',
  },
  {
    id: 'google',
    name: 'Google',
    category: 'tech',
    officialDomains: [
      'google.com', 'google.org', 'google.net', ...GOOGLE_CC, 'googleapis.com', 'googleapis.cn', 'gstatic.com', 'gstatic.cn',
      'googlevideo.com', 'ggpht.com', 'gvt1.com', 'gvt2.com', 'gvt3.com', '1e100.net', 'googlesyndication.com',
      'googleadservices.com', 'doubleclick.net', 'google-analytics.com', 'googletagmanager.com', 'googletagservices.com',
      'gmail.com', 'googlemail.com', 'youtube.com', 'youtu.be', 'ytimg.com', 'youtube-nocookie.com', 'youtubekids.com',
      'android.com', 'chrome.com', 'chromium.org', 'withgoogle.com', 'googleblog.com', 'googledrive.com', 'googlegroups.com',
      'googlecode.com', 'googlesource.com', 'goo.gl', 'g.co', 'g.page', 'googleplex.com', 'thinkwithgoogle.com',
      'googleweblight.com', 'googletraveladservices.com', 'recaptcha.net', 'google.dev', 'googlezip.net', 'blogger.com',
      'googleadsserving.cn', 'googleoptimize.com', 'googleapps.com', 'googlesciencefair.com', 'doubleclickbygoogle.com',
      'googleforwork.com', 'googleping.com', 'googlefiber.net', 'gmodules.com', 'google-syndication.com', 'appspot-preview.com',
    ],
    keywords: ['google', 'gmail', 'youtube', 'googlemail', 'googleplay', 'googledrive'],
    shortKeywords: ['gdrive', 'gplay'],
    commonWords: ['youtube'],
    source: 'https://www.google.com/supported_domains ; https://support.google.com/a/answer/9012184',
  },
  {
    id: 'apple',
    name: 'Apple',
    category: 'tech',
    officialDomains: [
      'apple.com', 'icloud.com', 'icloud-content.com', 'me.com', 'mac.com', 'itunes.com', 'apple.news', 'apple.co',
      'mzstatic.com', 'cdn-apple.com', 'aaplimg.com', 'apple-cloudkit.com', 'apple.com.cn', 'icloud.com.cn', 'apple-dns.net',
      'applemusic.com', 'appstore.com', 'apple.de', 'apple.ru', 'apple.kz', 'swift.org', 'webkit.org', 'appleid.com',
    ],
    keywords: ['apple', 'icloud', 'itunes', 'appleid', 'iphone', 'findmyiphone', 'applepay'],
    commonWords: ['apple', 'iphone'],
    source: 'https://support.apple.com/en-us/101555 (Apple network hosts)',
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    category: 'tech',
    officialDomains: [
      'microsoft.com', 'live.com', 'live.net', 'office.com', 'office.net', 'office365.com', 'outlook.com', 'hotmail.com',
      'msn.com', 'microsoftonline.com', 'microsoftonline-p.com', 'windows.com', 'azure.com', 'bing.com', 'skype.com',
      'xbox.com', 'sharepoint.com', 'sharepointonline.com', 'onedrive.com', '1drv.ms', 'aka.ms', 'msft.net',
      'msftauth.net', 'msauth.net', 'msecnd.net', 's-microsoft.com', 'microsoftstore.com', 'msocdn.com', 'passport.net',
      'visualstudio.com', 'windowsupdate.com', 'microsofttranslator.com', 'microsoftonline.cn', 'outlook.cn',
      'microsoftstore.com.cn', 'microsoftstore.com.hk', 'sharepoint.cn', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it',
      'hotmail.es', 'hotmail.com.mx', 'hotmail.com.br', 'live.ru', 'office365.us', 'lync.com',
      'microsoft365.com', 'officeppe.com', 'msedge.net', 'microsofthealth.com', 'mstea.ms',
    ],
    keywords: ['microsoft', 'outlook', 'hotmail', 'office365', 'microsoftonline', 'sharepoint', 'onedrive', 'microsoft365'],
    shortKeywords: ['msn', 'msft', 'o365', 'owa', 'skype', 'xbox'],
    commonWords: ['outlook'],
    source: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges',
  },
];
