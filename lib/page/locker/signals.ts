import { PROBE_KEYS, type ProbeCounts } from './probe';

/** What a page did to hold its visitor, as counts. Each count only ever grows. */
export type LockerSignals = ProbeCounts;

export function noSignals(): LockerSignals {
  const signals = {} as LockerSignals;
  for (const key of PROBE_KEYS) signals[key] = 0;
  return signals;
}

/** The larger of each count: a report (forged or not) can add to what is known, never take away. */
export function mergeSignals(into: LockerSignals, from: Partial<LockerSignals>): boolean {
  let changed = false;
  for (const key of PROBE_KEYS) {
    const value = from[key];
    if (value !== undefined && value > into[key]) {
      into[key] = value;
      changed = true;
    }
  }
  return changed;
}

/** Reads a probe event's detail, which the page may have forged: known keys, sane numbers, nothing else. */
export function parseProbeReport(detail: unknown): Partial<LockerSignals> {
  if (typeof detail !== 'string' || detail.length > 1000) return {};
  let data: unknown;
  try {
    data = JSON.parse(detail);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const report: Partial<LockerSignals> = {};
  for (const key of PROBE_KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) report[key] = Math.min(Math.floor(value), 1_000_000);
  }
  return report;
}
