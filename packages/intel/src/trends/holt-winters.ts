/**
 * Short-term forecast of daily report volume with prediction intervals.
 *
 * Method (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", ch. 8, ETS(A,A,A)
 * and ETS(A,A,N) in error-correction form): with one-step error e_t = y_t − (l + b + s_{t−m}),
 *   l_t = l_{t−1} + b_{t−1} + α e_t,   b_t = b_{t−1} + β e_t,   s_t = s_{t−m} + γ e_t.
 * Additive Holt-Winters with a weekly season (m = 7) when there are at least two full weeks of
 * data (the season cannot be told from the trend with less), else Holt's linear method (γ = 0,
 * no season), else the mean. α, β, γ are chosen by grid search on the one-step squared error
 * within the usual bounds 0 < β < α, 0 ≤ γ < 1 − α.
 * Interval: σ² is the one-step residual variance; the h-step variance is
 *   σ²·[1 + Σ_{j=1}^{h−1} (α + βj + γ·[j mod m = 0])²]  (fpp3 table 5.2 / Hyndman et al. 2008),
 * and the 95% interval is mean ± 1.96σ_h, floored at 0 (counts are never negative).
 */
export type ForecastModel = 'holt-winters-additive' | 'holt-linear' | 'mean';

export interface ForecastPoint {
  readonly step: number;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
}

export interface Forecast {
  readonly model: ForecastModel;
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly season: number;
  readonly sigma: number;
  readonly points: readonly ForecastPoint[];
}

interface Fit {
  sse: number;
  /** Squared error after the first season of fitting (start-up transients excluded), for σ. */
  sseTail: number;
  nTail: number;
  level: number;
  trend: number;
  seasonal: number[];
  n: number;
}

const Z95 = 1.959964;

function initial(y: readonly number[], m: number): { level: number; trend: number; seasonal: number[] } {
  if (m <= 1) return { level: y[0] ?? 0, trend: (y[1] ?? y[0] ?? 0) - (y[0] ?? 0), seasonal: [0] };
  const mean = (a: readonly number[]) => a.reduce((s, x) => s + x, 0) / Math.max(1, a.length);
  const first = y.slice(0, m);
  const second = y.slice(m, 2 * m);
  const level = mean(first);
  return { level, trend: (mean(second) - level) / m, seasonal: first.map((v) => v - level) };
}

function run(y: readonly number[], m: number, a: number, b: number, g: number): Fit {
  const init = initial(y, m);
  let level = init.level;
  let trend = init.trend;
  const s = init.seasonal.slice();
  let sse = 0;
  let sseTail = 0;
  let nTail = 0;
  // Start after the initialisation window so that fitted values are honest forecasts.
  const start = m > 1 ? m : 2;
  if (m <= 1) {
    level = y[1] ?? level;
  }
  for (let t = start; t < y.length; t++) {
    const si = m > 1 ? t % m : 0;
    const season = m > 1 ? (s[si] ?? 0) : 0;
    const e = (y[t] ?? 0) - (level + trend + season);
    sse += e * e;
    if (t >= start + Math.max(m, 3)) {
      sseTail += e * e;
      nTail++;
    }
    level = level + trend + a * e;
    trend = trend + b * e;
    if (m > 1) s[si] = season + g * e;
  }
  return { sse, sseTail, nTail, level, trend, seasonal: s, n: y.length - start };
}

function grid(y: readonly number[], m: number): { a: number; b: number; g: number; fit: Fit } {
  let best: { a: number; b: number; g: number; fit: Fit } | undefined;
  const steps = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
  for (const a of steps) {
    for (const bf of [0.01, 0.05, 0.1, 0.2, 0.4]) {
      for (const gf of m > 1 ? [0, 0.05, 0.1, 0.2, 0.4, 0.6] : [0]) {
        const b = a * bf;
        const g = (1 - a) * gf;
        const fit = run(y, m, a, b, g);
        if (!best || fit.sse < best.fit.sse) best = { a, b, g, fit };
      }
    }
  }
  return best ?? { a: 0.5, b: 0.05, g: 0, fit: run(y, m, 0.5, 0.05, 0) };
}

/** Forecast `horizon` steps after the series (daily counts, oldest first). */
export function forecastSeries(series: readonly number[], horizon: number, season = 7): Forecast {
  const y = series.map((v) => (Number.isFinite(v) ? v : 0));
  const h = Math.max(0, Math.min(Math.floor(horizon), 366));
  if (y.length < 3) {
    const mean = y.length ? y.reduce((s, x) => s + x, 0) / y.length : 0;
    // With < 3 points there is no variance estimate: a Poisson-like guess, sqrt(mean)+1.
    const sigma = Math.sqrt(mean) + 1;
    const points = Array.from({ length: h }, (_, i) => ({ step: i + 1, mean, lower: Math.max(0, mean - Z95 * sigma), upper: mean + Z95 * sigma }));
    return { model: 'mean', alpha: 0, beta: 0, gamma: 0, season: 1, sigma, points };
  }
  const m = y.length >= 2 * season && season > 1 ? season : 1;
  const { a, b, g, fit } = grid(y, m);
  // σ from the residuals after the start-up season when there are enough of them (≥ 7).
  const params = m > 1 ? 3 : 2;
  const sigma = fit.nTail >= 7 ? Math.sqrt(fit.sseTail / Math.max(1, fit.nTail - params)) : Math.sqrt(fit.sse / Math.max(1, fit.n - 1));
  const points: ForecastPoint[] = [];
  let cum = 0;
  for (let k = 1; k <= h; k++) {
    const j = k - 1;
    if (j >= 1) cum += (a + b * j + (m > 1 && j % m === 0 ? g : 0)) ** 2;
    const sd = sigma * Math.sqrt(1 + cum);
    const seasonIdx = m > 1 ? (y.length + k - 1) % m : 0;
    const mean = fit.level + k * fit.trend + (m > 1 ? (fit.seasonal[seasonIdx] ?? 0) : 0);
    points.push({ step: k, mean, lower: Math.max(0, mean - Z95 * sd), upper: Math.max(0, mean + Z95 * sd) });
  }
  return { model: m > 1 ? 'holt-winters-additive' : 'holt-linear', alpha: a, beta: b, gamma: g, season: m, sigma, points };
}
