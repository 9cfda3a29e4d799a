import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Talks DevTools protocol to a target Playwright gives no session for (the
 * extension's service worker), through a page's session and
 * Target.sendMessageToTarget.
 */
export async function attachToTarget(context: BrowserContext, page: Page, match: (target: { type: string; url: string }) => boolean) {
  const cdp: CDPSession = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const target = targetInfos.find(match);
  if (!target) throw new Error('target not found');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let next = 0;
  return {
    call<T>(method: string, params: object = {}): Promise<T> {
      const id = ++next;
      return new Promise((resolve, reject) => {
        const listener = (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
          if (message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          if (message.error) reject(new Error(message.error.message));
          else resolve(message.result as T);
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    },
    detach: () => cdp.detach(),
  };
}

/** Evaluates code in the extension's content-script world of a page (an isolated world DevTools can reach). */
export async function contentScriptWorld(context: BrowserContext, page: Page, extensionName: string) {
  const cdp = await context.newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => contexts.push(created));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let world: (typeof contexts)[number] | undefined;
  while (!(world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === extensionName)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!world) throw new Error(`no content-script world named ${extensionName}`);
  const contextId = world.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = (await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return reply.result.value;
    },
    detach: () => cdp.detach(),
  };
}
