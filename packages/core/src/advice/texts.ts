import type { AdviceId } from '../types.ts';

/**
 * What people must be told (THREAT.md "What people must be told"), in WhatsApp's own UI words
 * per language. Short enough for a phone screen: a title and at most four steps.
 * Adding a language = adding a record with every AdviceId (a test checks completeness).
 * The Kazakh UI strings follow WhatsApp's kk localisation as quoted by the Prosecutor
 * General's office warning (27 Dec 2025) — «Байланыстырылған құрылғылар».
 */
export interface AdviceText {
  readonly title: string;
  readonly steps: readonly string[];
}

export type AdviceCatalog = Readonly<Record<AdviceId, AdviceText>>;

const en: AdviceCatalog = {
  'check-linked-devices': {
    title: 'Check your linked devices now',
    steps: [
      'Open WhatsApp → Settings → Linked devices (Android: ⋮ menu → Linked devices).',
      'Tap every device you do not recognise and choose Log out. If unsure, log out all of them.',
      'An intruder can stay for weeks without any sign on your phone: check now, not later.',
    ],
  },
  'never-enter-number-or-code': {
    title: 'Never enter your number or a WhatsApp code on a website',
    steps: ['WhatsApp never asks you to do this. A code shown on a website links a stranger’s device to your account.'],
  },
  'never-share-code': {
    title: 'Never tell anyone a code',
    steps: [
      'No friend, bank, shop or support agent needs a code from an SMS, WhatsApp or Telegram.',
      'A message saying “I sent you a code by mistake” is always a trick.',
    ],
  },
  'enable-two-step': {
    title: 'Turn on two-step verification',
    steps: ['WhatsApp → Settings → Account → Two-step verification → Turn on. Choose a PIN and add your email.'],
  },
  'reregister-with-sms': {
    title: 'If you gave away a code: log back in',
    steps: [
      'Open WhatsApp and verify your number again with the SMS code. This logs the intruder out.',
      'If they set a PIN, you may have to wait 7 days; then you can reset it.',
    ],
  },
  'locked-out-support': {
    title: 'Locked out?',
    steps: ['Email support@whatsapp.com with “Lost/Stolen: Please deactivate my account” and your number in full international format.'],
  },
  'warn-contacts': {
    title: 'Warn your contacts',
    steps: ['Tell friends and family by phone or another app: links and money requests sent in your name are fake.'],
  },
  'verify-sender-other-channel': {
    title: 'Call the person before you do anything',
    steps: [
      'Their account may be hacked. Call them on their usual number or ask something only they would know.',
      'Do not send money or codes until you have spoken to them.',
    ],
  },
  'report-police': {
    title: 'Report it',
    steps: ['In Kazakhstan call 102. Keep the message and the link as evidence.'],
  },
  'report-bank': {
    title: 'If money was sent: call your bank now',
    steps: ['Use the number on your card or in the bank’s official app and ask them to stop the payment.'],
  },
  'do-not-open-link': {
    title: 'Do not open the link',
    steps: ['If you already opened it, do not enter anything there and close the page.'],
  },
  'do-not-scan-qr': {
    title: 'Do not scan this QR code',
    steps: ['A QR code to “verify”, vote or view a photo can link a stranger’s device to your account.'],
  },
  'telegram-terminate-sessions': {
    title: 'Telegram: end unknown sessions',
    steps: [
      'Telegram → Settings → Devices → Terminate all other sessions.',
      'Then turn on Settings → Privacy and Security → Two-Step Verification.',
    ],
  },
  'official-domain-only': {
    title: 'Use only the official app or site',
    steps: ['Type the address yourself or open the official app. Do not trust links in messages.'],
  },
  'do-not-enter-password': {
    title: 'Do not enter your password here',
    steps: ['If you already did, change it now on the official site and turn on two-step verification.'],
  },
  'pair-code-site-danger': {
    title: 'This site hands out WhatsApp linking codes',
    steps: [
      'Whatever it says it is for, entering its code in WhatsApp links a device you do not control.',
      'If you came here from a chat link, leave the page.',
    ],
  },
  'unknown-site-caution': {
    title: 'Stay careful',
    steps: ['Do not enter your phone number, a code or a password on a site you opened from a message.'],
  },
};

const ru: AdviceCatalog = {
  'check-linked-devices': {
    title: 'Проверьте связанные устройства прямо сейчас',
    steps: [
      'Откройте WhatsApp → Настройки → Связанные устройства (Android: меню ⋮ → Связанные устройства).',
      'Нажмите на каждое незнакомое устройство и выберите «Выйти». Если сомневаетесь, выйдите со всех.',
      'Злоумышленник может читать переписку неделями, и телефон этого не покажет: проверьте сейчас.',
    ],
  },
  'never-enter-number-or-code': {
    title: 'Никогда не вводите номер или код WhatsApp на сайте',
    steps: ['WhatsApp никогда об этом не просит. Код на сайте привязывает чужое устройство к вашему аккаунту.'],
  },
  'never-share-code': {
    title: 'Никому не сообщайте коды',
    steps: [
      'Ни друзьям, ни банку, ни магазину, ни «поддержке» не нужен код из SMS, WhatsApp или Telegram.',
      'Сообщение «я случайно отправил вам код» — всегда обман.',
    ],
  },
  'enable-two-step': {
    title: 'Включите двухшаговую проверку',
    steps: ['WhatsApp → Настройки → Аккаунт → Двухшаговая проверка → Включить. Задайте PIN-код и укажите e-mail.'],
  },
  'reregister-with-sms': {
    title: 'Если вы отдали код: войдите заново',
    steps: [
      'Откройте WhatsApp и подтвердите номер кодом из SMS. Это выкинет злоумышленника.',
      'Если он установил PIN-код, возможно, придётся подождать 7 дней, затем его можно сбросить.',
    ],
  },
  'locked-out-support': {
    title: 'Нет доступа к аккаунту?',
    steps: ['Напишите на support@whatsapp.com: «Lost/Stolen: Please deactivate my account» и номер в международном формате.'],
  },
  'warn-contacts': {
    title: 'Предупредите знакомых',
    steps: ['Позвоните или напишите в другом мессенджере: ссылки и просьбы о деньгах от вашего имени — обман.'],
  },
  'verify-sender-other-channel': {
    title: 'Сначала позвоните этому человеку',
    steps: [
      'Его аккаунт могли взломать. Позвоните на привычный номер или задайте вопрос, ответ на который знает только он.',
      'Не переводите деньги и не сообщайте коды, пока не поговорите с ним.',
    ],
  },
  'report-police': {
    title: 'Сообщите в полицию',
    steps: ['В Казахстане звоните 102. Сохраните сообщение и ссылку как доказательства.'],
  },
  'report-bank': {
    title: 'Если вы перевели деньги: сразу звоните в банк',
    steps: ['По номеру на карте или в официальном приложении банка попросите остановить платёж.'],
  },
  'do-not-open-link': {
    title: 'Не открывайте ссылку',
    steps: ['Если уже открыли — ничего там не вводите и закройте страницу.'],
  },
  'do-not-scan-qr': {
    title: 'Не сканируйте этот QR-код',
    steps: ['QR-код «для подтверждения», голосования или просмотра фото может привязать чужое устройство к вашему аккаунту.'],
  },
  'telegram-terminate-sessions': {
    title: 'Telegram: завершите чужие сеансы',
    steps: [
      'Telegram → Настройки → Устройства → Завершить все другие сеансы.',
      'Затем включите Настройки → Конфиденциальность → Облачный пароль.',
    ],
  },
  'official-domain-only': {
    title: 'Пользуйтесь только официальным приложением или сайтом',
    steps: ['Наберите адрес сами или откройте официальное приложение. Не доверяйте ссылкам из сообщений.'],
  },
  'do-not-enter-password': {
    title: 'Не вводите здесь пароль',
    steps: ['Если уже ввели — смените его на официальном сайте и включите двухэтапную защиту.'],
  },
  'pair-code-site-danger': {
    title: 'Этот сайт выдаёт коды привязки WhatsApp',
    steps: [
      'Что бы он ни обещал, ввод его кода в WhatsApp привяжет чужое устройство к вашему аккаунту.',
      'Если вы пришли сюда по ссылке из чата — закройте страницу.',
    ],
  },
  'unknown-site-caution': {
    title: 'Будьте осторожны',
    steps: ['Не вводите номер телефона, код или пароль на сайте, открытом из сообщения.'],
  },
};

const kk: AdviceCatalog = {
  'check-linked-devices': {
    title: 'Байланыстырылған құрылғыларды қазір тексеріңіз',
    steps: [
      'WhatsApp → Параметрлер → Байланыстырылған құрылғылар (Android: ⋮ мәзірі → Байланыстырылған құрылғылар).',
      'Танымайтын әр құрылғыны басып, «Шығу» таңдаңыз. Күмәндансаңыз, барлығынан шығыңыз.',
      'Алаяқ хаттарыңызды апталап оқи алады, телефон оны көрсетпейді: қазір тексеріңіз.',
    ],
  },
  'never-enter-number-or-code': {
    title: 'Нөміріңізді не WhatsApp кодын сайтқа ешқашан енгізбеңіз',
    steps: ['WhatsApp мұны ешқашан сұрамайды. Сайттағы код бөтен құрылғыны аккаунтыңызға байланыстырады.'],
  },
  'never-share-code': {
    title: 'Кодты ешкімге айтпаңыз',
    steps: [
      'Досқа да, банкке де, дүкенге де, «қолдау қызметіне» де SMS, WhatsApp не Telegram коды керек емес.',
      '«Сізге кодты қателесіп жібердім» деген хабарлама әрқашан алдау.',
    ],
  },
  'enable-two-step': {
    title: 'Екі қадамды растауды қосыңыз',
    steps: ['WhatsApp → Параметрлер → Аккаунт → Екі қадамды растау → Қосу. PIN-код қойып, e-mail енгізіңіз.'],
  },
  'reregister-with-sms': {
    title: 'Кодты беріп қойсаңыз: қайта кіріңіз',
    steps: [
      'WhatsApp-ты ашып, нөміріңізді SMS кодымен қайта растаңыз. Бұл алаяқты шығарып жібереді.',
      'Егер ол PIN-код қойса, 7 күн күтуге тура келуі мүмкін, содан кейін оны қалпына келтіруге болады.',
    ],
  },
  'locked-out-support': {
    title: 'Аккаунтқа кіре алмайсыз ба?',
    steps: ['support@whatsapp.com мекенжайына «Lost/Stolen: Please deactivate my account» деп, нөміріңізді халықаралық форматта жазыңыз.'],
  },
  'warn-contacts': {
    title: 'Таныстарыңызды ескертіңіз',
    steps: ['Қоңырау шалып не басқа мессенджерде жазыңыз: сіздің атыңыздан келген сілтемелер мен ақша сұрау — алдау.'],
  },
  'verify-sender-other-channel': {
    title: 'Алдымен сол адамға қоңырау шалыңыз',
    steps: [
      'Оның аккаунты бұзылған болуы мүмкін. Әдеттегі нөміріне қоңырау шалыңыз не тек ол білетін сұрақ қойыңыз.',
      'Онымен сөйлескенше ақша аудармаңыз және код айтпаңыз.',
    ],
  },
  'report-police': {
    title: 'Полицияға хабарлаңыз',
    steps: ['Қазақстанда 102 нөміріне қоңырау шалыңыз. Хабарлама мен сілтемені дәлел ретінде сақтаңыз.'],
  },
  'report-bank': {
    title: 'Ақша аударып қойсаңыз: бірден банкке хабарласыңыз',
    steps: ['Картадағы не банктің ресми қосымшасындағы нөмір арқылы төлемді тоқтатуды сұраңыз.'],
  },
  'do-not-open-link': {
    title: 'Сілтемені ашпаңыз',
    steps: ['Ашып қойсаңыз, онда ештеңе енгізбей, бетті жабыңыз.'],
  },
  'do-not-scan-qr': {
    title: 'Бұл QR-кодты сканерлемеңіз',
    steps: ['«Растау», дауыс беру не фото көру үшін берілген QR-код бөтен құрылғыны аккаунтыңызға байланыстыруы мүмкін.'],
  },
  'telegram-terminate-sessions': {
    title: 'Telegram: бөтен сеанстарды аяқтаңыз',
    steps: [
      'Telegram → Параметрлер → Құрылғылар → Барлық басқа сеанстарды аяқтау.',
      'Содан кейін Параметрлер → Құпиялылық → Бұлттық құпиясөзді қосыңыз.',
    ],
  },
  'official-domain-only': {
    title: 'Тек ресми қосымшаны не сайтты пайдаланыңыз',
    steps: ['Мекенжайды өзіңіз теріңіз не ресми қосымшаны ашыңыз. Хабарламадағы сілтемелерге сенбеңіз.'],
  },
  'do-not-enter-password': {
    title: 'Мұнда құпиясөз енгізбеңіз',
    steps: ['Енгізіп қойсаңыз, оны ресми сайтта қазір ауыстырып, екі қадамды қорғауды қосыңыз.'],
  },
  'pair-code-site-danger': {
    title: 'Бұл сайт WhatsApp байланыстыру кодтарын береді',
    steps: [
      'Не уәде етсе де, оның кодын WhatsApp-қа енгізу бөтен құрылғыны аккаунтыңызға байланыстырады.',
      'Мұнда чаттағы сілтемемен келсеңіз, бетті жабыңыз.',
    ],
  },
  'unknown-site-caution': {
    title: 'Абай болыңыз',
    steps: ['Хабарламадан ашылған сайтқа телефон нөмірін, кодты не құпиясөзді енгізбеңіз.'],
  },
};

export const ADVICE_TEXTS: Readonly<Record<string, AdviceCatalog>> = { en, ru, kk };
