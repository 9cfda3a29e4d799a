import type { CDPSession } from 'playwright-core';

/** One event of a Chrome trace (the subset the benchmarks read). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, µs on the trace clock. */
  ts: number;
  /** Wall duration, µs (complete events). */
  dur?: number;
  /** Thread (CPU) duration, µs. */
  tdur?: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

/** devtools.timeline gives RunTask per main-thread task; blink.user_timing the page's performance marks. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.gc'];

/** Records a browser-wide trace while `run` runs. */
export async function traceDuring<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await run();
  } finally {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { result, events };
}

/** The first performance mark named `name` (its pid/tid are the page's main thread). */
export function markNamed(events: TraceEvent[], name: string): TraceEvent {
  const mark = events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
  if (!mark) throw new Error(`no performance mark ${name} in the trace`);
  return mark;
}

export interface Task {
  start: number;
  /** ms */
  wall: number;
  /** ms of thread time: what the task cost when other processes share the CPU */
  cpu: number;
  children: TraceEvent[];
}

/** Top-level tasks of one thread that start in [from, to] (trace µs), with the events inside each. */
export function tasksOf(events: TraceEvent[], thread: { pid: number; tid: number }, from: number, to: number): Task[] {
  const own = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let current: (Task & { end: number }) | undefined;
  for (const event of own) {
    if (event.name === 'RunTask') {
      if (current && event.ts < current.end) continue; // nested run loop
      current = undefined;
      if (event.ts < from || event.ts > to) continue;
      current = { start: event.ts, wall: (event.dur ?? 0) / 1000, cpu: (event.tdur ?? event.dur ?? 0) / 1000, children: [], end: event.ts + (event.dur ?? 0) };
      tasks.push(current);
    } else if (current && event.ts < current.end) {
      current.children.push(event);
    }
  }
  return tasks;
}

const RENDERING = new Set(['ParseHTML', 'PrePaint', 'Paint', 'Layout', 'UpdateLayoutTree', 'Layerize', 'Commit', 'ResourceReceivedData', 'ResourceFinish', 'ParseAuthorStyleSheet', 'HitTest', 'ScrollLayer', 'BeginMainThreadFrame']);
const SCRIPT = new Set(['FunctionCall', 'RunMicrotasks', 'RunYieldContinuation', 'EvaluateScript', 'TimerFire', 'FireIdleCallback', 'V8.BytecodeBudgetInterrupt', 'V8.BytecodeBudgetInterruptWithStackCheck', 'V8.StackGuard']);

/** Page loading and rendering only, with no script in it: the page's work, not an extension's. */
export function isRenderingOnly(task: Task): boolean {
  return task.children.some((event) => RENDERING.has(event.name)) && !task.children.some((event) => SCRIPT.has(event.name));
}

/**
 * True for a task in which script ran or garbage was collected: the only tasks
 * an extension's work can be in. The rest is the browser's own work for the
 * page, which it does with or without an extension: the inbox's load event, for
 * one, dispatched to no listener, costs 3.3 ms of CPU in a browser without
 * Hangup, and comes after the content script has started.
 */
export function ranScriptOrGc(task: Task): boolean {
  return task.children.some((event) => SCRIPT.has(event.name) || GC.test(event.name));
}
const GC = /^(MinorGC|MajorGC|V8\.GC)/;

/** A script the benchmark itself ran in the page (DevTools' Runtime.evaluate has no URL). */
export function isBenchProbe(task: Task): boolean {
  return task.children.some((event) => event.name === 'EvaluateScript' && !String(event.args?.data?.url ?? ''));
}

/** The task that evaluated a script whose URL contains `url` (a content script's start-up). */
export function scriptStart(tasks: Task[], url: string): Task | undefined {
  return tasks.find((task) => task.children.some((event) => event.name === 'EvaluateScript' && String(event.args?.data?.url ?? '').includes(url)));
}

/** The thread of the service worker whose script URL contains `url` (an extension's background). */
export function serviceWorkerThread(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  const event = events.find((e) => e.name === 'TracingSessionIdForWorker' && String(e.args?.data?.url ?? '').includes(url));
  const tid = event?.args?.data?.workerThreadId;
  return event && typeof tid === 'number' ? { pid: event.pid, tid } : undefined;
}
