import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Samples the page's JavaScript (every world, content scripts included) while `run` runs. */
export async function profileDuring<T>(cdp: CDPSession, run: () => Promise<T>, intervalUs = 200): Promise<{ result: T; profile: CpuProfile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  const stop = async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Profiler.disable');
    return profile;
  };
  try {
    const result = await run();
    return { result, profile: await stop() };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/**
 * Time (ms) of the samples with a frame from a script whose URL contains
 * `url` anywhere on the stack: that script's JavaScript and the DOM work it
 * called. Garbage collection is not attributed to any script.
 */
export function timeIn(profile: CpuProfile, url: string): number {
  const parent = new Map<number, number>();
  const own = new Set<number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    if (node.callFrame.url.includes(url)) own.add(node.id);
  }
  const memo = new Map<number, boolean>();
  const inside = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const result = own.has(id) || inside(parent.get(id));
    memo.set(id, result);
    return result;
  };
  let us = 0;
  // timeDeltas[i] is the gap before sample i; sample i lasts until sample i + 1.
  for (let i = 0; i < profile.samples.length; i++) if (inside(profile.samples[i])) us += profile.timeDeltas[i + 1] ?? 0;
  return us / 1000;
}
