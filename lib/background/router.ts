import * as v from 'valibot';
import { MAX_MESSAGE_CHARS, type MessageType, type Reply, type Request, type Response } from '../messaging';
import { ROUTES } from './routes';
import { describeIssue } from '../validation';

/** The parts of a message sender the router trusts (from the browser, not the message). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number } | unknown;
  frameId?: number;
}

export interface Caller {
  kind: 'content' | 'page';
  /** Origin of the page a content script runs in; the extension origin for pages. */
  origin: string;
  /** The tab and frame a content script runs in, as the browser reports them. */
  tabId?: number;
  frameId?: number;
}

export type Handlers = { [K in MessageType]: (data: Request<K>, caller: Caller) => Promise<Response<K>> | Response<K> };

export interface RouterOptions {
  extensionId: string;
  /** e.g. `chrome-extension://<id>/` */
  extensionOrigin: string;
  onError?: (error: unknown, type: string) => void;
}

/** Works out who sent a message from what the browser says about the sender. */
export function identifyCaller(sender: SenderInfo, options: RouterOptions): Caller | undefined {
  if (sender.id !== options.extensionId || !sender.url) return undefined;
  if (sender.url.startsWith(options.extensionOrigin)) return { kind: 'page', origin: options.extensionOrigin.replace(/\/$/, '') };
  if (!sender.tab) return undefined;
  try {
    const url = new URL(sender.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const tabId = (sender.tab as { id?: unknown }).id;
    return {
      kind: 'content',
      origin: url.origin,
      ...(typeof tabId === 'number' ? { tabId } : {}),
      ...(typeof sender.frameId === 'number' ? { frameId: sender.frameId } : {}),
    };
  } catch {
    return undefined;
  }
}

function fail<K extends MessageType>(code: 'bad-message' | 'forbidden' | 'too-large' | 'internal', message: string): Reply<K> {
  return { ok: false, error: { code, message } };
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(ROUTES, type);
}

/**
 * Validates every message (size, envelope, sender, data) before a handler sees
 * it. Always resolves with a reply: a bad message gets an error, never a throw.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply<MessageType>> {
    let size: number;
    try {
      size = JSON.stringify(message)?.length ?? 0;
    } catch {
      return fail('bad-message', 'Message is not JSON');
    }
    if (size > MAX_MESSAGE_CHARS) return fail('too-large', `Message is over ${MAX_MESSAGE_CHARS} characters`);
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return fail('bad-message', 'Message is not an object');
    const { type, data } = message as { type?: unknown; data?: unknown };
    if (!isMessageType(type)) return fail('bad-message', 'Unknown message type');
    const caller = identifyCaller(sender, options);
    if (!caller) return fail('forbidden', 'Unknown sender');
    const route = ROUTES[type];
    if (route.audience === 'pages' && caller.kind !== 'page') return fail('forbidden', `${type} is only for Hangup's own pages`);
    const parsed = v.safeParse(route.schema, data);
    if (!parsed.success) {
      return fail('bad-message', `${type}: ${describeIssue(parsed.issues, 'invalid data')}`);
    }
    try {
      const handler = handlers[type] as (data: unknown, caller: Caller) => Promise<unknown> | unknown;
      return { ok: true, data: (await handler(parsed.output, caller)) as Response<MessageType> };
    } catch (error) {
      options.onError?.(error, type);
      return fail('internal', error instanceof Error ? error.message : 'Internal error');
    }
  };
}
