import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * uPlot in React. uPlot styles its elements through the CSSOM (element.style), never with style
 * attributes or <style> tags, so it runs under the console's CSP (style-src 'self'); its own CSS
 * is bundled by Vite. Colours come from a fixed palette that stays readable for colour-blind
 * viewers (Okabe–Ito, 2008).
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export interface Series {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color?: string;
  readonly dash?: boolean;
  /** Draw as a band between this series and the one at `bandWith` (forecast interval). */
  readonly bandWith?: number;
}

const dayToSec = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

export function TimeChart({ days, series, title, height = 220 }: { days: readonly string[]; series: readonly Series[]; title: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || days.length === 0) return;
    const data = [days.map(dayToSec), ...series.map((s) => s.values.map((v) => (v === null ? null : v)))] as uPlot.AlignedData;
    const opts: uPlot.Options = {
      title, width: Math.max(280, el.clientWidth), height,
      scales: { x: { time: true } },
      axes: [{}, { size: 50 }],
      series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: s.color ?? PALETTE[i % PALETTE.length] ?? '#000', width: 2, ...(s.dash ? { dash: [6, 4] } : {}) }))],
      bands: series.flatMap((s, i) => (s.bandWith !== undefined ? [{ series: [i + 1, s.bandWith + 1] as [number, number], fill: 'rgba(0,114,178,0.15)' }] : [])),
    };
    const plot = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [days, series, title, height]);
  return <div className="chart" ref={box} role="img" aria-label={title} />;
}
