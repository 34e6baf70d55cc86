/** Hindi lure phrases (main patterns; THREAT.md lists Hindi among the lure languages). Folded text: lower case, no accents. */
import { both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('hi', 'https://www.cyberyodha.org/2025/12/cert-in-whatsapp-ghostpairing-scam-alert.html');

const PHOTO = 'फोटो|फ़ोटो|तस्वीर*|वीडियो|photo*|pic*';
const CODE = 'कोड|ओटीपी|otp|code|पिन';

L('photo', 'is-this-your-photo', seq(2, 'क्या यह|यह|ये|क्या ये', 'आपकी|तुम्हारी|तेरी|आपका|तुम्हारा|आप|तुम', PHOTO), { source: SRC.photo });
L('photo', 'found-your-photo', seq(2, 'आपकी|तुम्हारी|तेरी|आपका|तुम्हारा', PHOTO, 'मिली|मिला|देखी|देखा|देखो|देखिए'), { source: SRC.photo });
L('vote', 'vote-request', seq(3, 'वोट|vote', 'करें|करो|दें|दो|कीजिए|कर दो|दे दो|kare|karo|do|de do'), { source: SRC.vote });
L('code-mistake', 'code-by-mistake', near(6, CODE, 'गलती से|galti se|ग़लती से'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, 'भेज*|बता*|शेयर|bhej*|bata*', CODE), { source: SRC.code });
L('warning', 'protective', seq(0, 'धोखाधड़ी|ठग*|पुलिस|सावधान|कभी भी'), { gated: true });

// F, D, prize: "new number" follow-ups, fake notices, prizes (THREAT.md D, F).
L('new-number', 'parent-new-number', near(8, 'मम्मी|माँ|मां|पापा|मम्मा|mummy|mom|papa|maa', 'नया नंबर|मेरा नया|फोन खराब|फ़ोन खराब|फोन टूट|फ़ोन टूट|naya number|new number'), { source: SRC.followup });
L('loan', 'send-money', seq(0, 'पैसे|पैसा|upi|ट्रांसफर|paise|paisa|उधार|पेमेंट|gpay|paytm'), { gated: true, source: SRC.followup });
L('code-request', 'tell-otp', near(4, CODE, 'बताइए|बताओ|बता दो|बता दीजिए|भेजो|भेज दो|भेजिए|शेयर करें|दीजिए'), { source: SRC.code });
L('account-notice', 'account-blocked', seq(4, 'अकाउंट|खाता|account|व्हाट्सएप|whatsapp', 'ब्लॉक|बंद|निलंबित|block|डिलीट'), { source: SRC.notice });
L('prize', 'won', seq(0, 'जीता|जीते|जीत|इनाम|उपहार|गिफ्ट|मुफ्त|लॉटरी|lottery|बधाई'), { gated: true, source: SRC.messages, weight: 25 });
L('urgency', 'urgent', seq(0, 'जल्दी|तुरंत|अभी|urgent|प्लीज|बाद में बताऊंगा|बाद में बताऊँगा'), { gated: true });

// Generic forms shared by all languages: a new number (weak alone, adds to a money request),
// a code named anywhere with a request verb anywhere ("the code came to you ... send it"), and
// "is this you?" (with a link the classic opener).
L('new-number', 'my-new-number', seq(0, 'नया नंबर|मेरा नया|नए नंबर'), { source: SRC.followup, weight: 20 });
L('code-request', 'code-and-request', both(seq(0, CODE), seq(0, 'बता दीजिए|बताइए|बताओ|बता दो|भेज दो|भेजिए|भेजो|भेज दीजिए|शेयर कर*|bata do|bhej do|batao|bhejo')), { source: SRC.code, weight: 75, gated: true });
L('photo', 'is-this-you-bare', seq(0, 'तुम्हारी फोटो|आपकी फोटो|तुम हो|आप हो|तुम्हारी फ़ोटो|आपकी फ़ोटो'), { source: SRC.photo, weight: 25, linkWeight: 75 });

// A confirm/verify imperative next to a link: the fake notice's call to action (THREAT.md D).
L('account-notice', 'confirm-now', seq(0, 'वेरीफाई|सत्यापित|कन्फर्म|verify'), { source: SRC.notice, weight: 10, linkWeight: 55, gated: true });

// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, 'आपकी|तुम्हारी|आप|तुम|आपका|तुम्हारा')), { source: SRC.photo, weight: 10, linkWeight: 70, gated: true });

export const HI_LURES = L.entries;
