/**
 * Kazakh lure phrases over the folded text: Kazakh letters are folded to their Russian
 * neighbours (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), so «суретіңді» is "суретинди"
 * whether typed with a Kazakh layout or not; Latin-typed Kazakh ("suretindi taptym",
 * "kodty jiber") reaches these patterns through the translit form. Negative imperatives
 * (-ма/-ме/-па/-пе: «айтпаңыз», «жібермеңіз») are protective and are excluded.
 * Sources: Prosecutor General's Centre (27 Dec 2025), baq.kz code-theft report, MIA (8 Jan 2026).
 */
import { any, both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('kk', SRC.kzProsecutor);

const POSS = 'сенин|сиздин|сенын|озин*|озиниз*';
const PHOTO = 'сурет*|фото*|бейне*|видео*|селфи*|суретке|фотка*';
const FOUND = 'таптым|таптык|тауып|тауып алдым|кордим|кордик|кориниз*|корши|кор|кара|караныз*|карашы|карап шык*|жариялап*|жариялады*|салыпты|салып*|тарапты|тарап жатыр|шыгыпты';
const CODE = 'код|коды|кодты|кодын*|кодтар*|кодпен|кодка|кодга|кодтын*|кодыныз*|кодынды|смс код*|sms код*|растау код*|кодикти|code';
// Request forms only: «айтыңызшы», «жіберші», «қайтарып жіберіңіз»; negatives never match.
const REQ = 'айтшы|айтыныз*|айтасын*|айтасыз*|айт|айтып бер*|айтып жиберши*|айтып жибериниз*|айтып жибер|айтып жибересин*|айтып жибересиз*|жиберши*|жибериниз*|жибер|жибересин*|жибересиз*|кайтарыныз*|кайтаршы*|кайтарып бер*|кайтарып жибер(?!ме)*|жазыныз*|жазшы|жазып жибер(?!ме)*|салып жибер(?!ме)*|салшы|салыныз*|бериниз*|берши*|корсетиниз*|корсетши*|айтып жибериндерши';
const MISTAKE = 'кателесип|кате|кателик*|абайсызда|байкамай|жансак|кездейсок';
// "dauys" transliterates as «дауйс» (y after a vowel reads й in Russian schemes).
const VOTE = 'дауыс|дауйс|дауса|даус|даусыныз*|дауысыныз*|голос';
const VOTE_REQ = 'бериниз*|берши*|берсен*|берсениз*|бере салы*|берип жибер(?!ме)*|бере аласын*|бере аласыз*|бериндерши*|бериндер|бер|бересин бе|бересиз бе';
const REL = 'жиен*|кызым*|кызыма|кызымыз*|улым*|улыма|баламы*|балама|балам|немере*|сиилим*|карындас*|синли*|иним*|апкам*|кыз*|бала*|немерем*';
const CONTEST = 'байкау*|конкурс*|жарыс*|стипенди*|балет*|би|олимпиад*|сайыс*|рейтинг*|финал*|жобасы*|жоба*';

// A: photo of you
L('photo', 'found-your-photo', seq(3, POSS, PHOTO, FOUND), { source: SRC.photo });
L('photo', 'photo-found', seq(1, PHOTO, 'таптым|таптык|тауып алдым|кордим|кордик|жариялапты|салыпты|тарапты'), { source: SRC.photo });
L('photo', 'is-this-you', any(seq(2, 'бул|мына|мынау|осы', 'сенсин*|сен бе|сенбисин*|сиз бе|сизсиз бе|сизбисиз*|сен|сиз', 'бе|ба|ма|ме|пе|па'), seq(1, 'фотода|суретте|видеода|суретта|бейнеде|фотосуретте', 'сен*|сиз*')), { source: SRC.photo });
L('photo', 'look-this-photo', seq(2, 'мына|мынау|осы', PHOTO, 'кориниз*|корши|кор|кара|караныз*|карашы'), { source: SRC.photo, weight: 40 });
L('photo', 'photo-of-you', seq(3, 'сенин|сиздин|сен|сиз', 'суретин*|фотон*|фотосы*|суретиниз*|бейнен*'), { source: SRC.photo, weight: 40 });

// E: vote for a child / contest
L('vote', 'vote-request', seq(1, VOTE, VOTE_REQ), { source: SRC.vote });
L('vote', 'vote-relative', near(5, VOTE, REL), { source: SRC.vote, weight: 40 });
L('vote', 'vote-contest', near(5, VOTE, CONTEST), { source: SRC.vote, weight: 40 });
L('vote', 'for-me-vote', seq(2, 'маган|бизге|кызыма|улыма|балама|жиениме|немереме|сиилиме', VOTE), { source: SRC.vote });
L('vote', 'help-win', seq(3, 'комектес*|комек', 'жену*|жениске|утып*|уту*'), { source: SRC.vote, weight: 40 });

// C: code sent by mistake / tell me the code
L('code-mistake', 'code-by-mistake', near(6, CODE, MISTAKE), { source: SRC.kzBaq });
L('code-request', 'send-the-code', near(4, CODE, REQ), { source: SRC.kzBaq });
L('code-request', 'which-code-came', seq(2, 'кандай|кай', CODE, 'келди|келеди|келди ме|келген|келгенин*'), { source: SRC.kzBaq, weight: 75 });
L('code-request', 'digits-send', seq(3, 'цифрлар*|сандар*|цифрды|санды', REQ), { source: SRC.kzBaq, weight: 75 });

// D: fake account notice
L('account-notice', 'verify-account', near(3, 'растаныз*|растау|растап|растанызшы|растау керек|растаныздар|растаңыз', 'аккаунт*|номир*|профил*|есептик*|жазбаны*|жеке басыныз*'), { source: SRC.notice });
L('account-notice', 'account-blocked', seq(4, 'аккаунт*|есептик жазба*|профил*|номир*|whatsapp|ватсап*', 'бугатта*|жабыла*|жойыла*|токтатыла*|шектел*'), { source: SRC.notice });
L('account-notice', 'restore-access', seq(2, 'кол жетимди*|кирууди|аккаунт*', 'калпына келтир*'), { source: SRC.notice });

// Prize, gift, Telegram Premium
L('prize', 'you-won', seq(2, 'сиз|сен', 'утып алдыныз|уттыныз|утып алдын|жениске жеттиниз|жениммаз*|сыйлык*'), { source: SRC.messages });
L('prize', 'claim-prize', seq(2, 'сыйлык*|сыйлыгыныз*|жулде*|бонус*', 'алыныз*|алу|алып кал*|алуга'), { source: SRC.messages });
L('telegram-gift', 'telegram-premium', seq(3, 'телеграм*|telegram|тг', 'премиум|premium|жулдыз*|stars'), { source: SRC.telegram });

// A/B: instructions only a scam gives
L('instruction', 'enter-code-in-app', seq(4, CODE + '|мына|осы', 'whatsapp*|ватсап*|вотсап*|косымша*|телеграм*|telegram*', 'енгизиниз*|енгиз|енгизши|енгизип*|териниз*|терип*|жазыныз*|салыныз*'), { source: SRC.pairing });
L('instruction', 'enter-code-first', seq(4, 'енгизиниз*|енгиз|енгизши|териниз*', CODE, 'whatsapp*|ватсап*|вотсап*|косымша*|телеграм*|telegram*'), { source: SRC.pairing });
L('instruction', 'link-by-number', seq(2, 'телефон номири|номир', 'аркылы|мен', 'байланыстыр*|кос*|кириниз*'), { source: SRC.pairing });
L('qr-instruction', 'scan-qr-to-verify', both(seq(3, 'qr*|куар*|кюар*', 'сканерле(?!ме)*|сканерлениз*|сканерлеп*|оки*|окыт*'), seq(0, 'раста*|дауыс*|кири*|фото*|сыйлык*|тексер*')), { source: SRC.qr });

// F: follow-ups from hijacked accounts
L('loan', 'lend-me', seq(0, 'карызга|карыз бер*|карызга бер*|карыз|акша керек|акша жибер*|акша салып жибер*|акша салшы|акша аудар*|кайтарам|кайтарып беремин'), { source: SRC.followup });
L('card', 'send-to-card', seq(2, 'картага|картама|kaspi ге|каспиге|каспиге|каспи|kaspi|номирге|шотка', 'салыныз*|салшы|салып жибер*|аударыныз*|аударшы|аударып жибер*|жиберши*|жибериниз*|тастай салшы|тастаныз*'), { source: SRC.followup });
L('card-details', 'card-details', seq(3, 'карта номири*|картанын номири*|картаныз*|cvv|cvc|уш цифр*|карта деректер*', 'айтыныз*|айтшы|жибериниз*|жиберши*|жазыныз*|жазшы|корсетиниз*'), { source: SRC.followup });
L('new-number', 'my-new-number', any(seq(2, 'бул менин|менин|бул', 'жана номир*'), near(8, 'мама|апа|апашка|ана|анашым|аке|кокем|папа|ата', 'жана номир*|телефоным сынып*|телефонымды жогалт*|номирим ауыс*')), { source: SRC.followup });
L('payment-qr', 'pay-by-qr', seq(3, 'qr|куар*|qr код*|qr-код*', 'аркылы|мен', 'толениз*|толеп жибер*|аударыныз*|аударшы|толе'), { source: SRC.followup });

// Modifiers
L('urgency', 'urgent', seq(0, 'шугыл|тез|тезирек|казир|дереу|асыгыс|жедел|кешиктирмей|бугин|срочно'));
L('warning', 'protective', seq(0, 'алаяк*|абай бол*|ешкимге|ешкашан|полиция*|сактаныныз|сак болыныз|алдау*|шыгыныз|шыгып кетиниз|ескертеди|ескерту*|прокуратура*|иим|ишки истер|киберкылмыс*'));

export const KK_LURES = L.entries;
