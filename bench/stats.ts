/** The p-th percentile (nearest rank) of samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Arguments after `pnpm bench:x --` (pnpm passes the "--" along). */
export function benchArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== "--");
}
