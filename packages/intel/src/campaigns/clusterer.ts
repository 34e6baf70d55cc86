/**
 * Incremental campaign clustering. Each new member (a citizen report, a scan, an indicator) is
 * compared with the campaigns active within the time window, through inverted indexes (no
 * all-pairs scan). It joins the campaign it links to; when it links several, they merge into the
 * oldest. Links (any one suffices, all within WINDOW_MS of the campaign's last activity):
 *  - kit: same DOM-skeleton hash AND one more kit trait (favicon, a shared script, page-text
 *    simhash within 6 bits); a bare skeleton is too generic (one login template fits many sites)
 *  - lure: MinHash estimated Jaccard ≥ 0.5 of the lure texts (LSH candidates)
 *  - infrastructure: same registrable domain, same certificate, or same IP address when that IP is
 *    in at most IP_MAX_CAMPAIGNS campaigns (a CDN address fronts thousands of unrelated sites)
 * Thresholds and measurements: docs/intel.md.
 */
import { getDomain } from 'tldts';
import { bandKeys, LURE_SIMILARITY, minhash, similarity, simhashDistance } from './text-similarity.ts';

export interface KitFingerprint {
  readonly domHash?: string;
  readonly scriptHashes?: readonly string[];
  readonly faviconHash?: string;
  readonly textSimhash?: string;
}

export interface MemberInput {
  readonly id: string;
  readonly kind: 'report' | 'scan' | 'indicator';
  readonly at: string;
  readonly host?: string;
  readonly ip?: string;
  readonly certFingerprint?: string;
  readonly kit?: KitFingerprint;
  /** Redacted lure text (reports). */
  readonly lureText?: string;
}

export type LinkReason = 'kit' | 'lure' | 'domain' | 'certificate' | 'ip';

export interface Assignment {
  readonly memberId: string;
  readonly campaignId: string;
  readonly created: boolean;
  /** Campaigns absorbed into `campaignId` by this member. */
  readonly merged: readonly string[];
  readonly reasons: readonly LinkReason[];
}

export const WINDOW_MS = 14 * 86_400_000;
export const IP_MAX_CAMPAIGNS = 3;
const SIMHASH_MAX_BITS = 6;
/** Per campaign, the lure signatures and kits kept for comparison (most recent). */
const KEEP_PER_CAMPAIGN = 50;

interface CampaignState {
  id: string;
  firstSeen: number;
  lastSeen: number;
  members: string[];
  lures: Uint32Array[];
  kits: KitFingerprint[];
}

export class CampaignClusterer {
  private readonly campaigns = new Map<string, CampaignState>();
  private readonly alias = new Map<string, string>();
  private readonly index = new Map<string, Set<string>>();
  private readonly memberOf = new Map<string, string>();

  constructor(private readonly newId: (memberId: string) => string = (m) => `camp-${m}`) {}

  private resolve(id: string): string {
    let c = id;
    while (this.alias.has(c)) c = this.alias.get(c) ?? c;
    return c;
  }

  private lookup(key: string, at: number): Set<string> {
    const out = new Set<string>();
    for (const raw of this.index.get(key) ?? []) {
      const id = this.resolve(raw);
      const c = this.campaigns.get(id);
      if (c && Math.abs(at - c.lastSeen) <= WINDOW_MS) out.add(id);
    }
    return out;
  }

  private keysOf(m: MemberInput, sig: Uint32Array): { exact: [LinkReason, string][]; lsh: string[]; kitKeys: string[] } {
    const exact: [LinkReason, string][] = [];
    const host = m.host?.toLowerCase();
    const reg = host ? getDomain(host, { allowPrivateDomains: true }) ?? host : undefined;
    if (reg) exact.push(['domain', `reg:${reg}`]);
    if (m.certFingerprint) exact.push(['certificate', `cert:${m.certFingerprint.toLowerCase()}`]);
    if (m.ip) exact.push(['ip', `ip:${m.ip}`]);
    return { exact, lsh: bandKeys(sig).map((k) => `lsh:${k}`), kitKeys: m.kit?.domHash ? [`dom:${m.kit.domHash}`] : [] };
  }

  private kitLinks(kit: KitFingerprint, c: CampaignState): boolean {
    return c.kits.some((k) => {
      if (!k.domHash || k.domHash !== kit.domHash) return false;
      if (kit.faviconHash && kit.faviconHash === k.faviconHash) return true;
      if (kit.scriptHashes?.some((s) => k.scriptHashes?.includes(s))) return true;
      return simhashDistance(kit.textSimhash ?? '', k.textSimhash ?? '') <= SIMHASH_MAX_BITS;
    });
  }

  /** Adds a member (idempotent: a member already placed returns its current campaign). */
  add(m: MemberInput): Assignment {
    const at = Date.parse(m.at);
    if (!Number.isFinite(at)) throw new RangeError(`member ${m.id}: bad time`);
    const known = this.memberOf.get(m.id);
    if (known) return { memberId: m.id, campaignId: this.resolve(known), created: false, merged: [], reasons: [] };
    const sig = m.lureText ? minhash(m.lureText) : new Uint32Array(0);
    const keys = this.keysOf(m, sig);
    const linked = new Map<string, Set<LinkReason>>();
    const note = (id: string, r: LinkReason) => (linked.get(id) ?? linked.set(id, new Set()).get(id))?.add(r);
    for (const [reason, key] of keys.exact) {
      const hits = this.lookup(key, at);
      if (reason === 'ip' && hits.size > IP_MAX_CAMPAIGNS) continue;
      for (const id of hits) note(id, reason);
    }
    for (const key of keys.lsh) {
      for (const id of this.lookup(key, at)) {
        if (linked.get(id)?.has('lure')) continue;
        if (this.campaigns.get(id)?.lures.some((l) => similarity(l, sig) >= LURE_SIMILARITY)) note(id, 'lure');
      }
    }
    for (const key of keys.kitKeys) for (const id of this.lookup(key, at)) if (m.kit && this.kitLinks(m.kit, this.campaigns.get(id)!)) note(id, 'kit');
    const target = this.joinOrCreate(m, at, [...linked.keys()], sig);
    for (const [, key] of keys.exact) this.indexKey(key, target.id);
    for (const key of [...keys.lsh, ...keys.kitKeys]) this.indexKey(key, target.id);
    this.memberOf.set(m.id, target.id);
    const reasons = new Set<LinkReason>();
    for (const rs of linked.values()) for (const r of rs) reasons.add(r);
    return { memberId: m.id, campaignId: target.id, created: target.created, merged: target.merged, reasons: [...reasons].sort() };

  }

  private indexKey(key: string, id: string): void {
    (this.index.get(key) ?? this.index.set(key, new Set()).get(key))?.add(id);
  }

  private joinOrCreate(m: MemberInput, at: number, ids: string[], sig: Uint32Array): { id: string; created: boolean; merged: string[] } {
    const states = ids.map((id) => this.campaigns.get(id)).filter((c): c is CampaignState => c !== undefined).sort((a, b) => a.firstSeen - b.firstSeen || a.id.localeCompare(b.id));
    let created = false;
    let head = states[0];
    if (!head) {
      head = { id: this.newId(m.id), firstSeen: at, lastSeen: at, members: [], lures: [], kits: [] };
      this.campaigns.set(head.id, head);
      created = true;
    }
    const merged: string[] = [];
    for (const other of states.slice(1)) {
      head.members.push(...other.members);
      head.lures = [...head.lures, ...other.lures].slice(-KEEP_PER_CAMPAIGN);
      head.kits = [...head.kits, ...other.kits].slice(-KEEP_PER_CAMPAIGN);
      head.firstSeen = Math.min(head.firstSeen, other.firstSeen);
      head.lastSeen = Math.max(head.lastSeen, other.lastSeen);
      this.campaigns.delete(other.id);
      this.alias.set(other.id, head.id);
      merged.push(other.id);
    }
    head.members.push(m.id);
    if (sig.length > 0) head.lures = [...head.lures, sig].slice(-KEEP_PER_CAMPAIGN);
    if (m.kit?.domHash) head.kits = [...head.kits, m.kit].slice(-KEEP_PER_CAMPAIGN);
    head.firstSeen = Math.min(head.firstSeen, at);
    head.lastSeen = Math.max(head.lastSeen, at);
    return { id: head.id, created, merged };
  }

  /**
   * Restores a stored member into a known campaign without linking (rebuilding the working set
   * after a restart, or in another process). Idempotent per member.
   */
  place(m: MemberInput, campaignId: string): void {
    const at = Date.parse(m.at);
    if (!Number.isFinite(at)) throw new RangeError(`member ${m.id}: bad time`);
    if (this.memberOf.has(m.id)) return;
    const id = this.resolve(campaignId);
    const sig = m.lureText ? minhash(m.lureText) : new Uint32Array(0);
    let c = this.campaigns.get(id);
    if (!c) {
      c = { id, firstSeen: at, lastSeen: at, members: [], lures: [], kits: [] };
      this.campaigns.set(id, c);
    }
    c.members.push(m.id);
    if (sig.length > 0) c.lures = [...c.lures, sig].slice(-KEEP_PER_CAMPAIGN);
    if (m.kit?.domHash) c.kits = [...c.kits, m.kit].slice(-KEEP_PER_CAMPAIGN);
    c.firstSeen = Math.min(c.firstSeen, at);
    c.lastSeen = Math.max(c.lastSeen, at);
    const keys = this.keysOf(m, sig);
    for (const [, key] of keys.exact) this.indexKey(key, id);
    for (const key of [...keys.lsh, ...keys.kitKeys]) this.indexKey(key, id);
    this.memberOf.set(m.id, id);
  }

  campaignOf(memberId: string): string | undefined {
    const c = this.memberOf.get(memberId);
    return c ? this.resolve(c) : undefined;
  }

  /** Current campaigns with their members (merged campaigns are gone; see `resolve`). */
  list(): { id: string; firstSeen: string; lastSeen: string; members: readonly string[] }[] {
    return [...this.campaigns.values()].map((c) => ({ id: c.id, firstSeen: new Date(c.firstSeen).toISOString(), lastSeen: new Date(c.lastSeen).toISOString(), members: [...c.members] }));
  }

  /** Where an absorbed campaign id went. */
  canonicalId(id: string): string {
    return this.resolve(id);
  }
}
