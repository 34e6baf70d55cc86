/** Hindi lure phrases (main patterns; THREAT.md lists Hindi among the lure languages). Folded text: lower case, no accents. */
import { near, seq } from './dsl.ts';
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
L('warning', 'protective', seq(0, 'धोखाधड़ी|ठग*|पुलिस|सावधान|कभी भी|scam*|fraud*'));

export const HI_LURES = L.entries;
