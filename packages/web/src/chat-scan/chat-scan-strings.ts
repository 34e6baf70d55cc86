/**
 * Words of the "Scan my chat export" page in kk, ru and en, with how to export a chat on
 * Android and iPhone in WhatsApp's own menu words (WhatsApp Help Center: "How to export your
 * chat history"), and Telegram Desktop's export. `[[…]]` marks a label seen on screen.
 */
export type ChatScanLang = 'kk' | 'ru' | 'en';

const en = {
  title: 'Scan my chat export',
  lead: 'Check a whole WhatsApp or Telegram chat for scam links, requests for codes and signs that a contact’s account was taken over.',
  privacy: 'The file stays on this device: it is read and checked in this page and is never uploaded.',
  'how.title': 'How to export a chat',
  'how.android': 'Android: open the chat → [[⋮]] → [[More]] → [[Export chat]] → [[Without media]], then save the file.',
  'how.iphone': 'iPhone: open the chat → tap the contact or group name → [[Export chat]] → [[Without media]], then [[Save to Files]].',
  'how.telegram': 'Telegram Desktop: [[Settings]] → [[Advanced]] → [[Export Telegram data]], format [[Machine-readable JSON]]; choose result.json.',
  choose: 'Choose the exported file (.txt, .zip or result.json)',
  scanning: 'Checking… {percent}% ({messages} messages)',
  cancel: 'Stop',
  cancelled: 'Stopped: only the part read so far was checked.',
  error: 'This file could not be checked: {error}',
  'result.none': 'No dangerous or suspicious messages found in {messages} messages.',
  'result.some': '{dangerous} dangerous and {suspicious} suspicious messages found in {messages} messages.',
  'result.signals': 'Signs that someone’s account was taken over: {count}. Call them and warn them.',
  'download.html': 'Save the report (HTML, can be printed)',
  'download.json': 'Save all messages (JSON)',
  'download.stix': 'Save indicators for investigators (STIX 2.1)',
  reportFrame: 'Report',
};

type Key = keyof typeof en;

const ru: Record<Key, string> = {
  title: 'Проверить экспорт чата',
  lead: 'Проверьте весь чат WhatsApp или Telegram: мошеннические ссылки, просьбы прислать код и признаки того, что аккаунт знакомого захвачен.',
  privacy: 'Файл остаётся на этом устройстве: он читается и проверяется прямо на странице и никуда не загружается.',
  'how.title': 'Как выгрузить чат',
  'how.android': 'Android: откройте чат → [[⋮]] → [[Ещё]] → [[Экспорт чата]] → [[Без медиафайлов]] и сохраните файл.',
  'how.iphone': 'iPhone: откройте чат → нажмите на имя контакта или группы → [[Экспорт чата]] → [[Без медиафайлов]] → [[Сохранить в «Файлы»]].',
  'how.telegram': 'Telegram Desktop: [[Настройки]] → [[Продвинутые настройки]] → [[Экспорт данных из Telegram]], формат [[JSON]]; выберите result.json.',
  choose: 'Выберите выгруженный файл (.txt, .zip или result.json)',
  scanning: 'Проверяем… {percent}% ({messages} сообщений)',
  cancel: 'Остановить',
  cancelled: 'Остановлено: проверена только прочитанная часть.',
  error: 'Этот файл не удалось проверить: {error}',
  'result.none': 'Среди {messages} сообщений опасных и подозрительных не найдено.',
  'result.some': 'Среди {messages} сообщений найдено опасных: {dangerous}, подозрительных: {suspicious}.',
  'result.signals': 'Признаки захвата чужого аккаунта: {count}. Позвоните этим людям и предупредите их.',
  'download.html': 'Сохранить отчёт (HTML, можно распечатать)',
  'download.json': 'Сохранить все сообщения (JSON)',
  'download.stix': 'Сохранить индикаторы для специалистов (STIX 2.1)',
  reportFrame: 'Отчёт',
};

const kk: Record<Key, string> = {
  title: 'Чат экспортын тексеру',
  lead: 'WhatsApp не Telegram чатын толық тексеріңіз: алаяқ сілтемелер, код сұрау және таныстың аккаунты басып алынғанының белгілері.',
  privacy: 'Файл осы құрылғыда қалады: ол осы бетте оқылып, тексеріледі және ешқайда жүктелмейді.',
  'how.title': 'Чатты қалай экспорттау керек',
  'how.android': 'Android: чатты ашыңыз → [[⋮]] → [[Тағы]] → [[Чатты экспорттау]] → [[Медиафайлсыз]], содан кейін файлды сақтаңыз.',
  'how.iphone': 'iPhone: чатты ашыңыз → контакт не топ атауын басыңыз → [[Чатты экспорттау]] → [[Медиафайлсыз]] → [[«Файлдар» қолданбасына сақтау]].',
  'how.telegram': 'Telegram Desktop: [[Параметрлер]] → [[Кеңейтілген]] → [[Telegram деректерін экспорттау]], пішімі [[JSON]]; result.json файлын таңдаңыз.',
  choose: 'Экспортталған файлды таңдаңыз (.txt, .zip немесе result.json)',
  scanning: 'Тексеріп жатырмыз… {percent}% ({messages} хабарлама)',
  cancel: 'Тоқтату',
  cancelled: 'Тоқтатылды: тек оқылған бөлігі тексерілді.',
  error: 'Бұл файлды тексеру мүмкін болмады: {error}',
  'result.none': '{messages} хабарламаның ішінде қауіпті не күдікті хабарлама табылмады.',
  'result.some': '{messages} хабарламаның ішінде қауіпті: {dangerous}, күдікті: {suspicious}.',
  'result.signals': 'Біреудің аккаунты басып алынғанының белгілері: {count}. Оларға қоңырау шалып, ескертіңіз.',
  'download.html': 'Есепті сақтау (HTML, басып шығаруға болады)',
  'download.json': 'Барлық хабарламаны сақтау (JSON)',
  'download.stix': 'Мамандарға арналған индикаторларды сақтау (STIX 2.1)',
  reportFrame: 'Есеп',
};

export const CHAT_SCAN_STRINGS: Readonly<Record<ChatScanLang, Readonly<Record<Key, string>>>> = { en, ru, kk };
export type ChatScanKey = Key;

export function chatScanText(lang: string, key: Key, params: Readonly<Record<string, string | number>> = {}): string {
  const t = (CHAT_SCAN_STRINGS as Record<string, Record<Key, string>>)[lang]?.[key] ?? en[key];
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}
