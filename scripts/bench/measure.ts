// Shared by the in-process benchmarks: run a request at a fixed concurrency and summarise latencies.
import { percentile } from "./bench-server";

export interface Latencies {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Calls `request(i)` `total` times with `concurrency` callers in flight, after `warmup` untimed
 * calls, and returns the latency percentiles in milliseconds.
 */
export async function measure(
  request: (i: number) => Promise<unknown>,
  { total, concurrency, warmup = 50 }: { total: number; concurrency: number; warmup?: number },
): Promise<Latencies> {
  for (let i = 0; i < warmup; i++) await request(i);
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const started = performance.now();
        await request(i);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

export const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
