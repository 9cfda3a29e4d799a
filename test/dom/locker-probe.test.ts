import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DISARM_EVENT, HELLO_EVENT, installProbe, SIGNALS_EVENT, type ProbeCounts } from '@/lib/page/locker/probe';

type PageWindow = Window & typeof globalThis;
let win: PageWindow;
let reports: ProbeCounts[];
/** Stand-ins for browser methods happy-dom lacks, installed as the page world would have them. */
let native: { requestFullscreen: ReturnType<typeof vi.fn>; alert: ReturnType<typeof vi.fn>; play: ReturnType<typeof vi.fn> };

beforeEach(() => {
  // The probe keeps its own reference to Date.now; fake it first so dialog timing can be stepped.
  vi.useFakeTimers({ toFake: ['Date'] });
  win = new HappyWindow({ url: 'https://locker.example/' }) as unknown as PageWindow;
  native = { requestFullscreen: vi.fn(() => Promise.resolve()), alert: vi.fn(), play: vi.fn(() => Promise.resolve()) };
  Object.defineProperty(win.Element.prototype, 'requestFullscreen', { value: native.requestFullscreen, writable: true, configurable: true });
  Object.defineProperty(win, 'alert', { value: native.alert, writable: true, configurable: true });
  Object.defineProperty(win.HTMLMediaElement.prototype, 'play', { value: native.play, writable: true, configurable: true });
  installProbe(win);
  reports = [];
  win.document.addEventListener(SIGNALS_EVENT, (event) => reports.push(JSON.parse((event as CustomEvent).detail as string) as ProbeCounts));
});

afterEach(async () => {
  vi.useRealTimers();
  await (win as unknown as HappyWindow).happyDOM.close();
});

const last = () => reports[reports.length - 1];

describe('the main-world probe', () => {
  test('counts a fullscreen request and still makes it, with the same element and options', async () => {
    const element = win.document.createElement('div');
    await element.requestFullscreen({ navigationUI: 'hide' });
    expect(native.requestFullscreen).toHaveBeenCalledOnce();
    expect(native.requestFullscreen.mock.contexts[0]).toBe(element);
    expect(native.requestFullscreen.mock.calls[0]).toEqual([{ navigationUI: 'hide' }]);
    expect(last()?.fullscreen).toBe(1);
  });

  test('the wrapped method keeps its name and length', () => {
    expect(win.Element.prototype.requestFullscreen.name).toBe(native.requestFullscreen.name);
    expect(win.history.pushState.length).toBe(3);
  });

  test('counts beforeunload listeners on the window only', () => {
    const seen: string[] = [];
    win.addEventListener('beforeunload', () => seen.push('window'));
    win.document.body.addEventListener('beforeunload', () => seen.push('body'));
    win.addEventListener('load', () => undefined);
    expect(last()?.beforeunload).toBe(1);
    // The listener still works.
    win.dispatchEvent(new win.Event('beforeunload'));
    expect(seen).toEqual(['window']);
  });

  test('once disarmed, the page\'s "Leave site?" traps no longer run', () => {
    const seen: string[] = [];
    win.addEventListener('beforeunload', (event) => (seen.push('listener'), event.preventDefault()), true);
    win.onbeforeunload = () => void seen.push('handler');
    const before = new win.Event('beforeunload', { cancelable: true });
    win.dispatchEvent(before);
    expect(seen).toEqual(['listener', 'handler']);
    win.document.dispatchEvent(new win.CustomEvent(DISARM_EVENT));
    const after = new win.Event('beforeunload', { cancelable: true });
    win.dispatchEvent(after);
    expect(seen).toEqual(['listener', 'handler']);
    expect(after.defaultPrevented).toBe(false);
  });

  test('counts onbeforeunload handlers set on the window or the body', () => {
    win.onbeforeunload = () => 'Leave?';
    win.onbeforeunload = null;
    const body = win.document.body as HTMLBodyElement;
    body.onbeforeunload = () => 'Leave?';
    expect(last()?.beforeunload).toBe(2);
    expect(typeof body.onbeforeunload).toBe('function');
  });

  test('tells a loop of dialogs from a single one', () => {
    win.alert('Your computer is blocked');
    expect(last()).toMatchObject({ dialogs: 1, dialogRepeats: 0 });
    vi.advanceTimersByTime(500);
    win.alert('Call support');
    win.alert('Call support');
    expect(last()).toMatchObject({ dialogs: 3, dialogRepeats: 2 });
    vi.advanceTimersByTime(60_000);
    win.alert('Saved');
    expect(last()).toMatchObject({ dialogs: 4, dialogRepeats: 2 });
    expect(native.alert).toHaveBeenCalledTimes(4);
  });

  test('reports a dialog before it opens: a loop of dialogs never lets a later task run', () => {
    native.alert.mockImplementation(() => expect(last()?.dialogs).toBe(1));
    win.alert('x');
    expect(native.alert).toHaveBeenCalledOnce();
  });

  test('counts loud looping media, not muted background loops', () => {
    const alarm = win.document.createElement('audio');
    alarm.loop = true;
    void alarm.play().catch(() => undefined);
    const hero = win.document.createElement('video');
    hero.loop = true;
    hero.muted = true;
    void hero.play().catch(() => undefined);
    expect(last()?.loopingAudio).toBe(1);
    expect(native.play).toHaveBeenCalledTimes(2);
  });

  test('measures bursts of history entries, not single-page-app navigation', () => {
    for (let i = 0; i < 5; i++) {
      win.history.pushState({ i }, '', `/page/${i}`);
      vi.advanceTimersByTime(1_000);
    }
    expect(last()?.historyBurst).toBe(1);
    for (let i = 0; i < 12; i++) win.history.pushState({ i }, '', `#${i}`);
    expect(last()?.historyBurst).toBe(12);
    expect(win.location.hash).toBe('#11');
  });

  test('answers a hello with its counts so far', () => {
    win.history.pushState(null, '', '#a');
    reports = [];
    win.document.dispatchEvent(new win.CustomEvent(HELLO_EVENT));
    expect(reports).toHaveLength(1);
    expect(last()?.historyBurst).toBe(1);
  });

  test('keeps reporting after the page replaces dispatchEvent and JSON.stringify', () => {
    win.EventTarget.prototype.dispatchEvent = () => false;
    win.JSON.stringify = () => '{}';
    win.history.pushState(null, '', '#b');
    expect(last()?.historyBurst).toBe(1);
  });

  test('a hostile `this` does not stop the real call', () => {
    const hostile = {
      get loop(): boolean {
        throw new Error('boom');
      },
    };
    void win.HTMLMediaElement.prototype.play.call(hostile as unknown as HTMLMediaElement);
    expect(native.play.mock.contexts[0]).toBe(hostile);
  });
});
