/**
 * Runs `fn` over `inputs` repeatedly for at least `minMs` after a warm-up, and reports
 * operations per second (wall clock, and per second of the process's own CPU time, which
 * stays meaningful when other work shares the machine) and peak resident memory (the process's max RSS, so each case
 * runs in its own child process: see run.ts).
 */
export interface CaseResult {
  readonly name: string;
  readonly unit: string;
  readonly opsPerSec: number;
  readonly ops: number;
  readonly seconds: number;
  readonly maxRssMB: number;
  /** ops per second of this process's CPU time: stable when the machine is shared. */
  readonly opsPerCpuSec?: number;
  readonly extra?: Readonly<Record<string, string | number>>;
}

export function measure<T>(name: string, unit: string, inputs: readonly T[], fn: (x: T) => unknown, minMs = 2000): CaseResult {
  for (let i = 0; i < Math.min(inputs.length, 2000); i++) fn(inputs[i]!); // warm-up: JIT, lazy tables
  let ops = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  let sink = 0;
  while (elapsed < minMs) {
    for (const x of inputs) {
      if (fn(x)) sink++;
    }
    ops += inputs.length;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const cpu = process.cpuUsage(cpu0);
  if (sink < 0) console.log(sink);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    name,
    unit,
    ops,
    seconds: elapsed / 1000,
    opsPerSec: Math.round(ops / (elapsed / 1000)),
    opsPerCpuSec: Math.round(ops / Math.max(1e-6, cpuSeconds)),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** A case file prints exactly one JSON line on stdout: its result. */
export function report(r: CaseResult): void {
  process.stdout.write(JSON.stringify(r) + '\n');
}
