/**
 * What the bots say, in kk, ru and en. Written for a frightened person on a phone: short,
 * concrete. Button titles are ≤ 20 characters (WhatsApp reply-button limit; a test checks).
 */
import type { Lang } from '@ghostguard/core';

export type Happened = 'opened-link' | 'entered-number' | 'entered-code';

export interface TiplineTexts {
  readonly start: string;
  readonly help: string;
  readonly privacy: string;
  readonly languagePrompt: string;
  readonly languageSet: string;
  readonly buttons: Readonly<Record<Happened, string>>;
  readonly askWhatHappened: string;
  readonly recoveryHeader: string;
  readonly rateLimited: string;
  readonly reportAsk: string;
  readonly reportYes: string;
  readonly reportNo: string;
  readonly reportThanks: string;
  readonly reportDeclined: string;
  readonly reportNothing: string;
  readonly imageTooLarge: string;
  readonly imageUnreadable: string;
  readonly imageFailed: string;
  readonly unsupported: string;
  readonly groupSettings: string;
  readonly groupSettingsSaved: string;
  readonly adminsOnly: string;
}

const en: TiplineTexts = {
  start: 'Hello! I am GhostGuard. Forward me a suspicious message, paste a link, or send a screenshot or a photo of a QR code, and I will tell you whether it is a scam and what to do.',
  help: 'Send me: a forwarded message, a link, a screenshot, or a photo of a QR code.\nA screenshot of WhatsApp → Settings → Linked devices: I will list the devices so you can check them.\nCommands: /language — change language, /report — send the last case to analysts, /privacy — what I keep.',
  privacy: 'What I keep: nothing you send is stored unless you agree to send a report. Pictures are read in memory and discarded. To prevent duplicates I keep message ids for 7 days, and your language choice. Phone numbers and codes are removed from every report.',
  languagePrompt: 'Choose your language:',
  languageSet: 'Language: English.',
  buttons: { 'opened-link': 'I opened the link', 'entered-number': 'I entered my number', 'entered-code': 'I entered a code' },
  askWhatHappened: 'Did you already do something? Tap what happened:',
  recoveryHeader: 'Do this now:',
  rateLimited: 'Too many messages at once. Please wait a minute and try again.',
  reportAsk: 'Send this case to the analysts to help protect others? Phone numbers and codes are removed. Nothing else about you is sent.',
  reportYes: 'Send to analysts',
  reportNo: 'No, thanks',
  reportThanks: 'Thank you. The case was sent to the analysts.',
  reportDeclined: 'OK, nothing was sent.',
  reportNothing: 'There is nothing to report yet: first send me the message, link or screenshot.',
  imageTooLarge: 'This picture is too large. Please send a screenshot instead (up to 15 MB).',
  imageUnreadable: 'I could not open this picture. Please send a PNG or JPEG screenshot.',
  imageFailed: 'I could not read this picture right now. Please send the text of the message instead.',
  unsupported: 'I can check text, links, screenshots and photos of QR codes.',
  groupSettings: 'Group settings. /settings dangerous — speak only about dangerous links (default); /settings suspicious — also suspicious ones; /settings off — stay silent.',
  groupSettingsSaved: 'Saved.',
  adminsOnly: 'Only group admins can change this.',
};

const ru: TiplineTexts = {
  start: 'Здравствуйте! Я GhostGuard. Перешлите мне подозрительное сообщение, вставьте ссылку или пришлите снимок экрана или фото QR-кода — я скажу, мошенничество ли это и что делать.',
  help: 'Пришлите: пересланное сообщение, ссылку, снимок экрана или фото QR-кода.\nСнимок экрана WhatsApp → Настройки → Связанные устройства: я перечислю устройства, чтобы вы их проверили.\nКоманды: /language — язык, /report — отправить последний случай аналитикам, /privacy — что я храню.',
  privacy: 'Что я храню: ничего из присланного не сохраняется, если вы не согласитесь отправить отчёт. Картинки читаются в памяти и удаляются. Чтобы не отвечать дважды, я храню номера сообщений 7 дней и выбранный язык. Номера телефонов и коды из отчётов удаляются.',
  languagePrompt: 'Выберите язык:',
  languageSet: 'Язык: русский.',
  buttons: { 'opened-link': 'Я открыл(а) ссылку', 'entered-number': 'Я ввёл(а) номер', 'entered-code': 'Я ввёл(а) код' },
  askWhatHappened: 'Вы уже что-то сделали? Нажмите, что произошло:',
  recoveryHeader: 'Сделайте сейчас:',
  rateLimited: 'Слишком много сообщений подряд. Подождите минуту и попробуйте снова.',
  reportAsk: 'Отправить этот случай аналитикам, чтобы защитить других? Номера телефонов и коды будут удалены. Больше ничего о вас не передаётся.',
  reportYes: 'Отправить аналитикам',
  reportNo: 'Нет, спасибо',
  reportThanks: 'Спасибо. Случай отправлен аналитикам.',
  reportDeclined: 'Хорошо, ничего не отправлено.',
  reportNothing: 'Пока нечего отправлять: сначала пришлите сообщение, ссылку или снимок экрана.',
  imageTooLarge: 'Картинка слишком большая. Пришлите, пожалуйста, снимок экрана (до 15 МБ).',
  imageUnreadable: 'Не удалось открыть картинку. Пришлите снимок экрана в PNG или JPEG.',
  imageFailed: 'Сейчас не получается прочитать картинку. Пришлите, пожалуйста, текст сообщения.',
  unsupported: 'Я проверяю текст, ссылки, снимки экрана и фото QR-кодов.',
  groupSettings: 'Настройки группы. /settings dangerous — сообщать только об опасных ссылках (по умолчанию); /settings suspicious — и о подозрительных; /settings off — молчать.',
  groupSettingsSaved: 'Сохранено.',
  adminsOnly: 'Это могут менять только администраторы группы.',
};

const kk: TiplineTexts = {
  start: 'Сәлеметсіз бе! Мен GhostGuard-пын. Күдікті хабарламаны маған жіберіңіз, сілтемені қойыңыз немесе скриншот не QR-кодтың фотосын жіберіңіз — алаяқтық па, жоқ па және не істеу керек екенін айтамын.',
  help: 'Маған жіберіңіз: хабарламаны, сілтемені, скриншотты немесе QR-кодтың фотосын.\nWhatsApp → Параметрлер → Байланыстырылған құрылғылар скриншоты: құрылғыларды тізіп беремін, сіз тексересіз.\nПәрмендер: /language — тіл, /report — соңғы жағдайды талдаушыларға жіберу, /privacy — мен не сақтаймын.',
  privacy: 'Мен не сақтаймын: есеп жіберуге келіспесеңіз, жіберген ештеңеңіз сақталмайды. Суреттер жадта оқылып, жойылады. Екі рет жауап бермеу үшін хабарлама нөмірлерін 7 күн және таңдаған тіліңізді сақтаймын. Есептерден телефон нөмірлері мен кодтар алынып тасталады.',
  languagePrompt: 'Тілді таңдаңыз:',
  languageSet: 'Тіл: қазақша.',
  buttons: { 'opened-link': 'Сілтемені аштым', 'entered-number': 'Нөмірімді енгіздім', 'entered-code': 'Код енгіздім' },
  askWhatHappened: 'Бірдеңе істеп қойдыңыз ба? Не болғанын басыңыз:',
  recoveryHeader: 'Қазір мынаны істеңіз:',
  rateLimited: 'Хабарлама тым көп. Бір минут күтіп, қайта көріңіз.',
  reportAsk: 'Басқаларды қорғау үшін бұл жағдайды талдаушыларға жіберейік пе? Телефон нөмірлері мен кодтар алынып тасталады. Сіз туралы басқа ештеңе жіберілмейді.',
  reportYes: 'Талдаушыларға жіберу',
  reportNo: 'Жоқ, рақмет',
  reportThanks: 'Рақмет. Жағдай талдаушыларға жіберілді.',
  reportDeclined: 'Жақсы, ештеңе жіберілмеді.',
  reportNothing: 'Әзірге жіберетін ештеңе жоқ: алдымен хабарламаны, сілтемені не скриншотты жіберіңіз.',
  imageTooLarge: 'Сурет тым үлкен. Скриншот жіберіңізші (15 МБ-қа дейін).',
  imageUnreadable: 'Суретті аша алмадым. PNG не JPEG скриншот жіберіңіз.',
  imageFailed: 'Қазір суретті оқи алмай тұрмын. Хабарламаның мәтінін жіберіңізші.',
  unsupported: 'Мен мәтінді, сілтемелерді, скриншоттарды және QR-код фотоларын тексеремін.',
  groupSettings: 'Топ баптаулары. /settings dangerous — тек қауіпті сілтемелер туралы айту (әдепкі); /settings suspicious — күдіктілер туралы да; /settings off — үндемеу.',
  groupSettingsSaved: 'Сақталды.',
  adminsOnly: 'Мұны тек топ әкімшілері өзгерте алады.',
};

export const TEXTS: Readonly<Record<Lang, TiplineTexts>> = { en, ru, kk };

/** Names of the languages in themselves, for the /language buttons. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
