/**
 * Prometheus text exposition, hand-written (a few counters and histograms do not need a
 * dependency). Gauges that need the database (queue depth, scans by status) are read at scrape.
 */

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const SCAN_BUCKETS = [1, 2.5, 5, 10, 20, 30, 60, 120];

class Histogram {
  readonly counts: number[];
  sum = 0;
  n = 0;
  constructor(readonly buckets: readonly number[]) {
    this.counts = buckets.map(() => 0);
  }
  observe(v: number): void {
    this.sum += v;
    this.n++;
    for (let i = 0; i < this.buckets.length; i++) if (v <= (this.buckets[i] ?? Infinity)) this.counts[i] = (this.counts[i] ?? 0) + 1;
  }
  render(name: string, labels = ''): string[] {
    const l = (extra: string) => `{${[labels, extra].filter(Boolean).join(',')}}`;
    const out = this.buckets.map((b, i) => `${name}_bucket${l(`le="${b}"`)} ${this.counts[i] ?? 0}`);
    out.push(`${name}_bucket${l('le="+Inf"')} ${this.n}`, `${name}_sum${labels ? `{${labels}}` : ''} ${this.sum}`, `${name}_count${labels ? `{${labels}}` : ''} ${this.n}`);
    return out;
  }
}

const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export class Metrics {
  private readonly requests = new Map<string, number>();
  readonly checkLatency = new Histogram(LATENCY_BUCKETS);
  readonly scanDuration = new Histogram(SCAN_BUCKETS);
  private readonly counters = new Map<string, number>();

  countRequest(method: string, route: string, status: number): void {
    const key = `method="${esc(method)}",route="${esc(route)}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  inc(name: string, labels = ''): void {
    const key = `event="${esc(name)}"${labels ? `,${labels}` : ''}`;
    this.counters.set(key, (this.counters.get(key) ?? 0) + 1);
  }

  render(gauges: { queueDepth?: number; scansByStatus?: Record<string, number>; up: number; checksPending?: number }): string {
    const lines: string[] = [
      '# HELP gg_http_requests_total HTTP requests by route and status.',
      '# TYPE gg_http_requests_total counter',
      ...[...this.requests].map(([k, v]) => `gg_http_requests_total{${k}} ${v}`),
      '# HELP gg_check_duration_seconds Time to answer POST /v1/check.',
      '# TYPE gg_check_duration_seconds histogram',
      ...this.checkLatency.render('gg_check_duration_seconds'),
      '# HELP gg_scan_duration_seconds Time of a scan job in the worker.',
      '# TYPE gg_scan_duration_seconds histogram',
      ...this.scanDuration.render('gg_scan_duration_seconds'),
      '# HELP gg_events_total Notable events (storage errors, finished scans).',
      '# TYPE gg_events_total counter',
      ...[...this.counters].map(([k, v]) => `gg_events_total{${k}} ${v}`),
      '# HELP gg_up 1 when the database answers.',
      '# TYPE gg_up gauge',
      `gg_up ${gauges.up}`,
    ];
    if (gauges.checksPending !== undefined) {
      lines.push('# HELP gg_checks_pending Checks accepted and not yet committed (write buffer).', '# TYPE gg_checks_pending gauge', `gg_checks_pending ${gauges.checksPending}`);
    }
    if (gauges.queueDepth !== undefined) lines.push('# HELP gg_queue_depth Scan jobs waiting or running.', '# TYPE gg_queue_depth gauge', `gg_queue_depth ${gauges.queueDepth}`);
    if (gauges.scansByStatus) {
      lines.push('# HELP gg_scans Scans stored, by status.', '# TYPE gg_scans gauge');
      for (const [s, n] of Object.entries(gauges.scansByStatus)) lines.push(`gg_scans{status="${esc(s)}"} ${n}`);
    }
    return lines.join('\n') + '\n';
  }
}
