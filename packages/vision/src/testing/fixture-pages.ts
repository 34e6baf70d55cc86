/**
 * Fixture screens written for tests (inert: no scripts, no links that resolve): a chat with a
 * lure and WhatsApp's Linked devices screen, in kk, ru and en. The UI words follow THREAT.md
 * («Связанные устройства», «Байланыстырылған құрылғылар», "Linked devices"); the lures are our
 * own variants of the THREAT.md patterns, not quotes.
 */
export type FixtureLang = 'kk' | 'ru' | 'en';

const STYLE = `body{margin:0;font-family:'DejaVu Sans',sans-serif;background:#fff;color:#111}
.bar{background:#075e54;color:#fff;padding:14px 16px;font-size:20px}
.chat{background:#ece5dd;padding:16px;min-height:600px}
.bubble{background:#fff;border-radius:8px;padding:10px 12px;margin:10px 0;font-size:19px;line-height:1.4;max-width:92%}
.meta{font-size:13px;color:#667}
.section{padding:12px 18px;font-size:15px;color:#667}
.row{padding:12px 18px;border-bottom:1px solid #eee}
.name{font-size:20px}.status{font-size:16px;color:#555;margin-top:4px}`;

const LURES: Record<FixtureLang, { contact: string; text: string; url: string }> = {
  ru: { contact: 'Айгерим', text: 'Привет! Это ты на этом фото? Посмотри скорее', url: 'https://foto-album.top/view/8841' },
  kk: { contact: 'Ерлан', text: 'Сәлем! Жиенім байқауға қатысып жатыр, дауыс беріңізші', url: 'https://bala-konkurs.pro/vote' },
  en: { contact: 'Anna', text: 'Hi! Is this you in the photo? Have a look', url: 'https://photo-share.top/album/2210' },
};

export function lureChatHtml(lang: FixtureLang): string {
  const l = LURES[lang];
  return `<!doctype html><meta charset="utf-8"><style>${STYLE}</style>
<div class="bar">${l.contact}</div><div class="chat">
<div class="bubble">${l.text}<br>${l.url}<div class="meta">14:02</div></div></div>`;
}

export interface FixtureDevice {
  readonly name: string;
  readonly status: string;
}

const SCREENS: Record<FixtureLang, { title: string; link: string; section: string; devices: FixtureDevice[] }> = {
  en: {
    title: 'Linked devices',
    link: 'Link a device',
    section: 'Device Status',
    devices: [
      { name: 'Google Chrome (Windows)', status: 'Last active today at 14:05' },
      { name: 'Chrome (Linux)', status: 'Active now' },
    ],
  },
  ru: {
    title: 'Связанные устройства',
    link: 'Привязка устройства',
    section: 'Статус устройства',
    devices: [
      { name: 'Safari (Mac OS)', status: 'Был(а) активен вчера в 09:12' },
      { name: 'Chrome (Linux)', status: 'Активно сейчас' },
    ],
  },
  kk: {
    title: 'Байланыстырылған құрылғылар',
    link: 'Құрылғыны байланыстыру',
    section: 'Құрылғы күйі',
    devices: [
      { name: 'Windows', status: 'Соңғы белсенділік: бүгін 10:47' },
      { name: 'Google Chrome (Ubuntu)', status: 'Қазір белсенді' },
    ],
  },
};

export function linkedDevicesFixture(lang: FixtureLang): readonly FixtureDevice[] {
  return SCREENS[lang].devices;
}

export function linkedDevicesHtml(lang: FixtureLang): string {
  const s = SCREENS[lang];
  const rows = s.devices.map((d) => `<div class="row"><div class="name">${d.name}</div><div class="status">${d.status}</div></div>`).join('');
  return `<!doctype html><meta charset="utf-8"><style>${STYLE}</style>
<div class="bar">${s.title}</div><div class="row name" style="color:#075e54">${s.link}</div>
<div class="section">${s.section}</div>${rows}`;
}
