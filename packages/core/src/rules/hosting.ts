/**
 * Where phishing lives when it is not on its own lookalike domain: URL shorteners, free
 * hosting, tunnels, and the TLDs registrars sell for cents. Each group has its source.
 * Entries are hostname suffixes (`pages.dev` matches `x.pages.dev`), lower-case ASCII.
 */

export interface HostingGroup {
  readonly kind: 'shortener' | 'free-hosting' | 'tunnel';
  readonly suffixes: readonly string[];
  readonly source: string;
}

const list = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

export const HOSTING_GROUPS: readonly HostingGroup[] = [
  {
    kind: 'shortener',
    suffixes: list(`bit.ly bitly.com tinyurl.com cutt.ly cutt.us clck.ru vk.cc is.gd v.gd rebrand.ly goo.su t.ly s.id
      ow.ly buff.ly rb.gy shorturl.at tiny.cc bit.do t.co lnkd.in qrco.de u.to surl.li gg.gg shrtco.de cli.re
      inlnk.ru kurl.ru did.li urlz.fr 2no.co x.gd shorturl.asia tinyurl.ru shorter.me short.gy goo.gl l.ead.me
      trib.al dub.sh dub.co rotf.lol lnk.to lnk.bio linktr.ee taplink.cc bio.link clk.sh ouo.io adf.ly shorte.st
      grabify.link iplogger.org iplogger.com 2.gy n9.cl jpeg.ly bl.ink zpr.io hyperurl.co`),
    source: 'Shorteners seen in PhishTank and smishing reports (SmishTank), plus the common services of RU/KZ chats (clck.ru, vk.cc, goo.su); IP loggers grabify/iplogger',
  },
  {
    kind: 'free-hosting',
    suffixes: list(`pages.dev workers.dev vercel.app now.sh netlify.app netlify.com github.io gitlab.io web.app
      firebaseapp.com appspot.com glitch.me weebly.com weeblysite.com wixsite.com wixstudio.io editorx.io
      000webhostapp.com blogspot.com sites.google.com start.page webwave.dev square.site webcindario.com free.nf
      whf.bz onrender.com replit.dev repl.co replit.app edgeone.app herokuapp.com azurewebsites.net
      blob.core.windows.net web.core.windows.net googleusercontent.com storage.googleapis.com firebasestorage.googleapis.com
      r2.dev ipfs.io dweb.link ipfs.dweb.link fleek.co surge.sh yolasite.com jimdosite.com jimdofree.com
      webflow.io wordpress.com godaddysites.com mystrikingly.com strikingly.com carrd.co notion.site tilda.ws
      framer.app framer.website canva.site ukit.me site123.me lovable.app bolt.host ucoz.ru ucoz.net narod.ru
      wix.com myshopify.com gitbook.io super.site mssg.me hpage.com webnode.page webnode.com wuaze.com
      infinityfreeapp.com rf.gd epizy.com byethost.com atwebpages.com netlify.live cloudfront.net amplifyapp.com
      s3.amazonaws.com fly.dev deno.dev railway.app koyeb.app codesandbox.io csb.app stackblitz.io
      typedream.app dora.run beehiiv.com forms.app jotform.com formstack.com`),
    source: 'Free-hosting parents of PhishTank and StreamingPhish hosts (data/domains, counted 2025); Interisle Phishing Landscape 2024 https://interisle.net/PhishingLandscape2024.pdf',
  },
  {
    kind: 'tunnel',
    suffixes: list(`ngrok.io ngrok.app ngrok-free.app ngrok-free.dev ngrok.dev trycloudflare.com loca.lt localtunnel.me
      serveo.net serveousercontent.com lhr.life localhost.run pinggy.link pinggy.io pinggy.online devtunnels.ms
      tunnelmole.net bore.pub telebit.io localto.net ply.gg loclx.io zrok.io`),
    source: 'Reverse-tunnel services used to expose phishing kits from a laptop (ngrok, Cloudflare quick tunnels); https://www.trendmicro.com/en_us/research/20/i/tunnels-threats-ngrok.html',
  },
];

/**
 * TLDs with the highest share of abuse per registration (cheap or free): Spamhaus
 * "most abused TLDs" https://www.spamhaus.org/reputation-statistics/cctlds/domains/ ,
 * Interisle 2024 (above), and the GhostPairing kits' own TLDs (.pro, .top, .world, .live; THREAT.md).
 * Freenom's former free TLDs (.tk .ml .ga .cf .gq) still appear in feeds.
 */
export const ABUSED_TLDS: ReadonlySet<string> = new Set(
  list(`top xyz pro world live shop icu cyou click link site online store buzz rest sbs cfd gq ml tk cf ga bond
    win vip monster quest fun lol mom beauty hair skin makeup autos boats homes motorcycles yachts pics zip mov
    country stream download review party date faith racing cricket science accountant loan men work support
    services best cam uno bar website help surf gdn ws su`),
);

export interface HostingMatch {
  readonly kind: HostingGroup['kind'];
  /** The suffix that matched (`pages.dev`). */
  readonly suffix: string;
  /** Brand id of the company running the platform, when it is one of our brands. */
  readonly operator?: string;
}

/**
 * Platforms run by one of our brands. Their own teams publish there too
 * (googleblog.blogspot.com, google-developers.appspot.com: 6 of the top-100k names), so a
 * brand word on its own operator's platform is weaker evidence. Phishers use them as well
 * (google-square-fr.blogspot.ae), so it still counts.
 */
const OPERATORS: Readonly<Record<string, string>> = {
  blogspot: 'google', 'blogspot.com': 'google', 'appspot.com': 'google', 'web.app': 'google', 'firebaseapp.com': 'google',
  'sites.google.com': 'google', 'googleusercontent.com': 'google', 'storage.googleapis.com': 'google',
  'firebasestorage.googleapis.com': 'google', 'azurewebsites.net': 'microsoft', 'blob.core.windows.net': 'microsoft',
  'web.core.windows.net': 'microsoft',
};

const BY_SUFFIX = new Map<string, HostingMatch>();
for (const g of HOSTING_GROUPS) {
  for (const s of g.suffixes) BY_SUFFIX.set(s, { kind: g.kind, suffix: s, ...(OPERATORS[s] ? { operator: OPERATORS[s] } : {}) });
}

/** Blogspot has one registrable domain per country (blogspot.ae, blogspot.com.br). */
const BLOGSPOT_LABEL = 'blogspot';
const BLOGSPOT: HostingMatch = { kind: 'free-hosting', suffix: 'blogspot', operator: 'google' };

/**
 * The hosting platform a hostname is on, if any (the longest matching suffix). Free hosting
 * and tunnels need an account label in front (`weebly.com` itself is the company's site);
 * a shortener matches its own host (`bit.ly/abc`). At most 8 lookups: O(1) per hostname.
 */
export function hostingOf(hostname: string): HostingMatch | undefined {
  // Suffixes have 2 to 4 labels: look at the last 4, 3, then 2 labels (longest wins).
  const cuts: number[] = [];
  for (let i = hostname.lastIndexOf('.'); i > 0 && cuts.length < 4; i = hostname.lastIndexOf('.', i - 1)) cuts.push(i);
  for (let k = Math.min(cuts.length, 4); k >= 1; k--) {
    const cut = k === cuts.length && cuts.length < 4 ? -1 : (cuts[k] ?? -1);
    const candidate = hostname.slice(cut + 1);
    const m = BY_SUFFIX.get(candidate) ?? (candidate.startsWith(`${BLOGSPOT_LABEL}.`) ? BLOGSPOT : undefined);
    if (!m) continue;
    if (m.kind === 'shortener') return m;
    const account = cut < 0 ? '' : hostname.slice(0, cut);
    return account === '' || account === 'www' ? undefined : m;
  }
  return undefined;
}

/**
 * Hosts on a brand's official domain where anyone can publish: forms, documents, sites,
 * buckets, Telegram's anonymous pages. A link there is not vouched for by the brand, so it
 * is never forced `safe` (phishing on Google Forms and telegra.ph is common: see
 * https://www.microsoft.com/en-us/security/blog/2021/08/26/widespread-credential-phishing-campaign-abuses-open-redirector-links/
 * for open redirectors and https://blog.google/threat-analysis-group/ on Forms abuse).
 */
const USER_CONTENT_HOSTS: ReadonlySet<string> = new Set([
  'sites.google.com', 'docs.google.com', 'drive.google.com', 'forms.gle', 'script.google.com', 'storage.googleapis.com',
  'firebasestorage.googleapis.com', 'googleusercontent.com', 'forms.office.com', 'onedrive.live.com', '1drv.ms',
  'sharepoint.com', 'telegra.ph', 'graph.org', 'icloud.com.cn',
]);

/** True when the host is (under) a publish-anything service of a brand (see USER_CONTENT_HOSTS). */
export function isUserContentHost(hostname: string): boolean {
  for (let i = -1; i < hostname.length; i = hostname.indexOf('.', i + 1)) {
    if (USER_CONTENT_HOSTS.has(hostname.slice(i + 1))) return true;
    if (hostname.indexOf('.', i + 1) < 0) break;
  }
  return false;
}
