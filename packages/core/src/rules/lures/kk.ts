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

const POSS = 'сенин|сиздин|сенын|озин*|озиниз*|сени|сизди';
const PHOTO = 'сурет*|фото*|бейне*|видео*|селфи*|суретке|фотка*';
const FOUND = 'таптым|таптык|тауып|тауып алдым|кордим|кордик|кориниз*|корши|кор|кара|караныз*|карашы|караши|карап шык*|жариялап*|жариялады*|салыпты|салып*|тарапты|тарап жатыр|шыгыпты|жур|журген';
const CODE = 'код|коды|кодты|кодын*|кодтар*|кодпен|кодка|кодга|кодтын*|кодыныз*|кодынды|кодым*|смс код*|sms код*|растау код*|кодикти|code|смс|sms|цифрлар*|сандар*|танба*';
// Request forms only («айтыңызшы», «жіберші», «қайтарып жіберіңіз»); the look-aheads keep the
// negative imperatives (-ма/-ме/-па/-пе: «айтпаңыз», «жібермеңіз») out.
const REQ = 'айт(?!па|ты|кан|ады|ып отыр)*|жибер(?!ме|ди|ген|еди|илди|гем|дим|ип ти)*|кайтар(?!ма|ды|ган)*|жаз(?!ба|ды|ган|ады)*|салып жибер(?!ме)*|салшы|салыныз*|бер(?!ме|ди|ген|еди|илген)*|корсет(?!пе|ти)*|скин*|жолда(?!ма)*|тастай сал*|тастап жибер(?!ме)*|хабарла(?!ма)[^ ]*шы|хабарланыз*|жауап бер(?!ме)*';
const MISTAKE = 'кателесип|кате|кателик*|абайсызда|байкамай|жансак|кездейсок|сага кет*|сизге кет*|кетип калд*|кетип калыпты|сенин номирин*|сиздин номирин*|номирин[ие]*';
// "dauys" transliterates as «дауйс» (y after a vowel reads й in Russian schemes).
const VOTE = 'дауыс|дауйс|дауса|даус|даусыныз*|дауысыныз*|голос|дауысын*|даусын*';
const VOTE_REQ = 'бериниз*|берши*|берсен*|берсениз*|бере салы*|бере сал*|берип жибер(?!ме)*|бере аласын*|бере аласыз*|бериндерши*|бериндер|бер|бересин бе|бересиз бе|берейикши|берейик|бериниздерши|берип жиберсен*|бере тур*';
const REL = 'жиен*|кызым*|кызыма|кызымыз*|улым*|улыма|баламы*|балама|балам|немере*|сиилим*|карындас*|синли*|иним*|апкам*|кыз*|бала*|немерем*|досым*|курбым*|команда*|сынып*|студент*|окушы*';
const CONTEST = 'байкау*|конкурс*|жарыс*|стипенди*|балет*|би|олимпиад*|сайыс*|рейтинг*|финал*|жобасы*|жоба*|грант*|талант*|сулулык*';
const ACCOUNT = 'аккаунт*|номир*|профил*|есептик*|жазбаны*|жеке басыныз*|паракша*|бет*|курылгы*';
const NEG = (stems: string): string => stems.split('|').map((x) => `${x}ныз*|${x}ндар*|${x}`).join('|');

// A: photo of you
L('photo', 'found-your-photo', seq(3, POSS, PHOTO, FOUND), { source: SRC.photo });
L('photo', 'photo-found', seq(1, PHOTO, 'таптым|таптык|тауып алдым|кордим|кордик|жариялапты|салыпты|тарапты|салып койыпты|салып кой*|журген|жур'), { source: SRC.photo });
L('photo', 'is-this-you', any(seq(2, 'бул|мына|мынау|осы', 'сенсин*|сен бе|сенбисин*|сиз бе|сизсиз бе|сизбисиз*|сен|сиз', 'бе|ба|ма|ме|пе|па'), seq(1, 'фотода|суретте|видеода|суретта|бейнеде|фотосуретте', 'сен*|сиз*')), { source: SRC.photo });
L('photo', 'you-in-photo', both(seq(0, 'сен бе|сенбисин*|сен бесин*|сен барсын ба|сен бар ма|сиз бе|сизсиз бе|сиз барсыз ба|сенсин бе'), seq(0, 'фотода|суретте|видеода|суретта|бейнеде|фотосуретте|фото*|сурет*|видео*')), { source: SRC.photo });
L('photo', 'is-this-you-bare', seq(0, 'бул|мынау|ойбай', 'сенсин бе|сен бе|сенсин*|сиз бе|сизсиз бе'), { source: SRC.photo, weight: 25, linkWeight: 75 });
L('photo', 'look-this-photo', seq(2, 'мына|мынау|осы', PHOTO, 'кориниз*|корши|кор|кара|караныз*|карашы'), { source: SRC.photo, weight: 40 });
L('photo', 'photo-of-you', seq(3, 'сенин|сиздин|сен|сиз', 'суретин*|фотон*|фотосы*|суретиниз*|бейнен*'), { source: SRC.photo, weight: 40 });
L('photo', 'took-your-photo', seq(3, 'сени|сизди', 'суретке|видеога|бейнеге|фотога', 'тусир*|тусип*|салып*|жариял*'), { source: SRC.photo });
L('photo', 'about-you', seq(2, 'сага катысты|сизге катысты|сен туралы|сиз туралы|сени|сизди', PHOTO), { source: SRC.photo, weight: 30, linkWeight: 75 });
L('photo', 'photo-out', seq(1, PHOTO, 'шыгыпты|шыкты|тарапты|тарап*|жур|журген|жариялан*'), { source: SRC.photo, weight: 30, linkWeight: 75 });
L('photo', 'you-in-news', seq(1, 'сен|сени|сиз|сизди', 'жаналыктарда|жаналыкка|теледидар*|интернетте|сайтта|видеода|топта'), { source: SRC.photo, weight: 25, linkWeight: 75 });
// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO + '|фотодагы|суреттеги|видеодагы'), seq(0, 'сен|сени|сенин|сиз|сизди|сиздин|озин*|сенсин*')), { source: SRC.photo, weight: 10, linkWeight: 70 });
L('photo', 'remember-photo', both(seq(0, 'есинде ме|есинизде ме|танисын ба|танисыз ба|есиндеме'), seq(0, PHOTO)), { source: SRC.photo, weight: 30, linkWeight: 75 });
L('photo', 'before-deleted', seq(3, 'оширип тастамай|ошпей|оширилмей|жойылмай|жоймай', 'тур*|турганда|тез|кара*'), { source: SRC.photo, weight: 40 });

// E: vote for a child / contest
L('vote', 'vote-request', seq(1, VOTE, VOTE_REQ), { source: SRC.vote });
L('vote', 'vote-relative', near(5, VOTE, REL), { source: SRC.vote, weight: 30, linkWeight: 75 });
L('vote', 'vote-contest', near(5, VOTE, CONTEST), { source: SRC.vote, weight: 30, linkWeight: 75 });
L('vote', 'for-me-vote', seq(2, 'маган|бизге|кызыма|улыма|балама|жиениме|немереме|сиилиме|досыма|курбыма', VOTE), { source: SRC.vote });
// «Қызымды қолдап жіберші» is the vote lure without the word «дауыс».
L('vote', 'support-relative', near(5, 'колдап*|колданыз*|колдау*|колдашы|колдандар*|лайк*', REL + '|' + CONTEST), { source: SRC.vote, weight: 30, linkWeight: 75 });
L('vote', 'help-win', near(3, 'комектес*|комек', 'жену*|женуге|жениске|утып*|уту*'), { source: SRC.vote, weight: 40 });
L('vote', 'every-vote', seq(0, 'ар дауыс|дауысыныз манызды|дауысын манызды|ар бир дауыс|уздик ушти*|уштикке'), { source: SRC.vote, weight: 25, linkWeight: 75 });
L('vote', 'taking-part', near(4, 'катыс*|тустим|тусти|шыкты', CONTEST), { source: SRC.vote, weight: 25, linkWeight: 75 });

// C: code sent by mistake / tell me the code
L('code-mistake', 'code-by-mistake', near(6, CODE, MISTAKE), { source: SRC.kzBaq });
L('code-request', 'send-the-code', near(4, CODE, REQ), { source: SRC.kzBaq });
// The code named anywhere and an imperative anywhere («код келді ме? маған жіберші»), also in kk/ru mixed text.
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'жиберши*|жибериниз*|айтшы|айтыныз*|айтып жибер(?!ме)*|кайтарыныз*|кайтаршы*|жазшы|жазыныз*|скинь*|салшы|хабарланыз*')), { source: SRC.kzBaq, weight: 75 });
L('code-request', 'which-code-came', seq(2, 'кандай|кай', CODE, 'келди|келеди|келди ме|келген|келгенин*'), { source: SRC.kzBaq, weight: 75 });
L('code-request', 'code-came-send', both(seq(3, CODE, 'келди*|келеди|келген*|келетин|барады|кетти|жиберилди|келе*'), seq(0, REQ)), { source: SRC.kzBaq });
L('code-request', 'need-the-code', seq(3, CODE, 'керек*|кажет*'), { source: SRC.kzBaq, weight: 75 });
L('code-request', 'i-need-it', both(seq(0, CODE), seq(1, 'маган|мага|менге', 'керек*|кажет*')), { source: SRC.kzBaq, weight: 75 });
L('code-request', 'my-code', seq(1, 'менин|ол менин|бул менин', 'кодым*|код*'), { source: SRC.kzBaq, weight: 75 });
L('code-request', 'digits-send', seq(3, 'цифрлар*|сандар*|цифрды|санды|танба*', REQ), { source: SRC.kzBaq, weight: 75 });

// D: fake account notice
L('account-notice', 'verify-account', near(3, 'растаныз*|растап|растанызшы|растау керек|растаныздар|растамасаныз*|растамасан*|раста', ACCOUNT), { source: SRC.notice });
L('account-notice', 'account-blocked', seq(6, 'аккаунт*|есептик жазба*|профил*|номир*|whatsapp|ватсап*|паракша*|facebook*|фейсбук*|telegram*|телеграм*', 'бугатта*|жабыла*|жойыла*|токтатыла*|шектел*|бузыл*|оширил*'), { source: SRC.notice });
L('account-notice', 'broke-rules', seq(0, 'ережени бузд*|ережелерди бузд*|ережени буз*|ережелерин буз*|бугаттаудан|бугатталмас*|тексеруден от*'), { source: SRC.notice, weight: 35 });
L('account-notice', 'confirm-now', seq(0, 'растаныз*|растанызшы|растау ушин|раста'), { source: SRC.notice, weight: 20, linkWeight: 60 });
L('account-notice', 'expiry', any(seq(3, 'аккаунт*|whatsapp*|ватсап*|жазба*|telegram*|телеграм*|жазылым*', 'мерзими бит*'), seq(0, 'узарту ушин|узартыныз*|болдырмау ушин|жоюды токтат*')), { source: SRC.notice, weight: 35 });
L('account-notice', 'restore-access', seq(2, 'кол жетимди*|кирууди|аккаунт*', 'калпына келтир*'), { source: SRC.notice });
L('account-notice', 'if-not-you', seq(1, 'бул сиз|сиз|бул сен|сен', 'болмасаныз|болмасан|емес болсаныз|емес болсан'), { source: SRC.notice, weight: 40 });
L('account-notice', 'new-device-login', seq(2, 'жана курылгы*|белгисиз курылгы*|баска курылгы*', 'кир*'), { source: SRC.notice, weight: 35 });
L('account-notice', 'appeal', seq(1, 'шагым*|апелляци*', 'бериниз*|беру*|жибериниз*|тусириниз*|жазыныз*|калдырыныз*'), { source: SRC.notice, weight: 35 });
L('account-notice', 'brand-support', any(seq(2, 'whatsapp*|ватсап*|telegram*|телеграм*|meta|kaspi*|каспи*', 'колдау*|кауипсиздик*|команда*|администрация*'), seq(1, 'команда*|колдау кызмети', 'whatsapp*|ватсап*|telegram*|телеграм*|meta')), { source: SRC.notice, weight: 25 });

// Prize, gift, Telegram Premium
L('prize', 'you-won', seq(2, 'сиз|сен|номириниз|номирин|сиздин номириниз', 'утып алдыныз|уттыныз|утып алдын|утып алды|жениске жеттиниз|женимпаз*|сыйлык*|жулде*|таандыныз|атандыныз'), { source: SRC.messages });
L('prize', 'number-won', seq(3, 'номириниз*|номирин*|сиздин номириниз*', 'утып алды|женимпаз*|жениске жетти|таанды|атанды|утты'), { source: SRC.messages, weight: 40 });
L('prize', 'claim-prize', seq(2, 'сыйлык*|сыйлыгыныз*|жулде*|бонус*|отемакы*|акша*|сайтта|силтеме*|тегин', 'алыныз*|алу|алып кал*|алуга|алу ушин|алыныздар'), { source: SRC.messages });
L('prize', 'giveaway', seq(0, 'тиесили|мемлекеттик толем|мемлекеттен|расимдеу|отемакы*|компенсаци*|утыс*|розыгрыш*|тегин интернет|тегин гб|сыйга тарт*|сыйлык*|жулде*'), { source: SRC.messages, weight: 25 });
L('prize', 'congratulations', seq(0, 'куттыктаймыз|куттыктаймын|куттыктаимыз'), { source: SRC.messages, weight: 10, linkWeight: 45 });
L('telegram-gift', 'telegram-premium', seq(3, 'телеграм*', 'премиум|жулдыз*'), { source: SRC.telegram, weight: 20, linkWeight: 75 });
L('telegram-gift', 'telegram-gift-free', both(seq(3, 'телеграм*|telegram*|тг', 'премиум|premium|жулдыз*|stars'), seq(0, 'сыйлы*|сыйга*|тегин*|белсендир*|алыныз*')), { source: SRC.telegram });

// A/B: instructions only a scam gives
L('instruction', 'enter-code-in-app', seq(4, CODE + '|мына|осы', 'whatsapp*|ватсап*|вотсап*|косымша*|телеграм*|telegram*', 'енгизиниз*|енгиз|енгизши|енгизип*|териниз*|терип*|жазыныз*|салыныз*'), { source: SRC.pairing });
L('instruction', 'enter-code-first', seq(4, 'енгизиниз*|енгиз|енгизши|териниз*', CODE, 'whatsapp*|ватсап*|вотсап*|косымша*|телеграм*|telegram*'), { source: SRC.pairing });
L('instruction', 'link-by-number', seq(2, 'телефон номири|номир', 'аркылы|мен', 'байланыстыр*|кос*|кириниз*'), { source: SRC.pairing });
L('instruction', 'linked-devices-enter', both(seq(0, 'связанн*|байланыстырылган*|курылгыны байланыстыр*|курылгы байланыстыр*'), seq(0, 'енгиз(?!бе)*|тер(?!ме)*|жаз(?!ба)*')), { source: SRC.pairing });
L('qr-instruction', 'scan-qr-to-verify', both(seq(3, 'qr*|куар*|кюар*|камера*', 'сканерле(?!ме)*|сканерлениз*|сканерлеп*|оки*|окыт*|багытта(?!ма)*|бағытта*'), seq(0, 'раста*|дауыс*|фото*|сыйлык*|тексер*|авторизаци*|бот')), { source: SRC.qr });

// F: follow-ups from hijacked accounts
L('loan', 'lend-me', seq(0, 'карызга|карыз бер*|карызга бер*|карыз|акша керек|акша жибер*|акша салып жибер*|акша салшы|акша аудар*|кайтарам*|кайтарып берем*|бере тур*|берип тур*|бере аласын*|бере аласыз*|бере ала ма|жиберип тур*|жибере тур*|аударып тур*|аудара тур*|жибере аласын*|аударып жибере аласын*|аудара аласын*'), { source: SRC.followup });
L('loan', 'need-money', seq(2, 'акша*|мын|мын тенге|тенге|\\d+|\\d+к', 'керек*|кажет*|жетпей*'), { source: SRC.followup, weight: 20 });
L('loan', 'send-amount', seq(1, '\\d{3,}|мын|мын тенге|тенге|акша', 'аудар(?!ма)*|жибер(?!ме)*|салып жибер(?!ме)*|салшы|тастай сал*|бере тур*'), { source: SRC.followup });
L('loan', 'money-asks', any(seq(2, 'картанда|каспинде|шотынды', 'бар ма'), seq(0, 'акшалай комек*|акшамен комек*|толеп жибер(?!ме)*|толей салшы|толеп бер(?!ме)*|толеп берши*|телефоныма|балансыма')), { source: SRC.followup });
L('card', 'send-to-card', seq(3, 'картага|картама|kaspi ге|каспиге|каспийге|каспи*|kaspi*|номирге|номириме|номирине|шотка|шотыма|реквизит*|мына картага|мына номирге', 'сал(?!ма)*|аудар(?!ма)*|жибер(?!ме)*|тастай салшы|тастаныз*|тастай сал*|скин*'), { source: SRC.followup });
L('card-details', 'card-details', seq(3, 'карта номири*|картанын номири*|картаныз*|cvv|cvc|уш цифр*|карта деректер*', 'айтыныз*|айтшы|жибериниз*|жиберши*|жазыныз*|жазшы|корсетиниз*'), { source: SRC.followup });
L('new-number', 'my-new-number', any(seq(2, 'бул менин|менин|бул', 'жана номир*'), near(8, 'мама|апа|апашка|ана|анашым|аке|кокем|папа|ата|ажеке|аже|ата', 'жана номир*|телефоным сынып*|телефонымды жогалт*|номирим ауыс*|телефоным бузыл*|баска номир*')), { source: SRC.followup });
L('new-number', 'other-phone', seq(3, 'досымнын|курбымнын|баска|жана|биреудин', 'телефонынан|номиринен|телефоннан|номирден', 'жазып*|жазам*|жаздым'), { source: SRC.followup, weight: 30 });
L('payment-qr', 'pay-by-qr', seq(3, 'qr|куар*|qr код*|qr-код*', 'аркылы|мен|бойынша', 'толе*|аудар*'), { source: SRC.followup, weight: 30 });

// Modifiers. Urgency includes the pressure lines of hijacked-account follow-ups.
L('urgency', 'urgent', seq(0, 'шугыл|тез|тезирек|казир|дереу|асыгыс|жедел|кешиктирмей|бугин|срочно|кейин тусиндир*|кейин айтам*|кейин айтып берем*|сойлесе алмай*|сойлей алмай*|хабарласа алмай*|кинала*|киналып*|бугатта*|бугаттал*|иштемей*|жумыс истемей*|сен барсын ба|онлайнсын ба|уйдесин бе|отинемин|комектесши|комектес|колын бос па|колыныз бос па|комек керек|тез арада|киын жагдай*|жагдай болып*|кешке дейин|бир сагатта|бир сагатка|телефон согып*|хабарласпа*|звондама*|маныздыб*|оте керек|кажет болып*|бир комек|бир отиниш|ауруханада*|аурухана*|емделу*|апат*|операция*'));
L('secrecy', 'secret', seq(0, 'ешкимге айтпа|ешкимге айтпашы|ешкимге айтпаныз|ешкимге айтып журме|арамызда'));
L('warning', 'protective', any(
  seq(0, NEG('айтпа|берме|жиберме|енгизбе|ашпа|баспа|отпе|сенбе|аударма|кирме|сканерлеме|таратпа|дауыс берме|басыпа')),
  seq(0, 'ешкимге|ешкашан|абай бол*|сактаныныз|сак болыныз|шыгыныз|шыгып кетиниз|ескертеди|ескерту*|бузылган*|мен емес|фейк*|жалган*|еки сатылы'),
  seq(2, 'алаяктар|алаяк', 'сурайды|жазады|жибереди|таратады|пайдаланады|хабарласады|ус*'),
));
L('scam-topic', 'scam-words', seq(0, 'алаяк*|полиция*|прокуратура*|иим|ишки истер|киберкылмыс*|алдау*'));
L('poll', 'poll', seq(0, 'сауалнама*|опрос*|сайлау*|бюллетен*|чатта|кафе*|жиналыс*|бетпе бет|староста*|конференци*|кенес*|президент*|залда|капитан*'));
L('everyday-code', 'everyday', seq(1, 'домофон*|кулп*|есик*|сейф*|вайфа*|wifi|кенсе*|подъезд*|гараж*|постамат*|велосипед*', 'коды*|код*|кодын*|пароль*'));
L('everyday-code', 'promo', seq(0, 'промокод*'));

export const KK_LURES = L.entries;
