import type { Page } from 'playwright-core';
import { attribute, textOf, walk, withDocument, type CdpNode } from './cdp-dom';

/**
 * Clicks, with the real mouse, the element inside Hangup's closed shadow
 * roots (under hosts named `hostTag`, optionally with an attribute) whose tag
 * is `tag` and whose text contains `text`. The page cannot reach those
 * elements; DevTools can find where they are drawn.
 */
export async function clickInShadow(page: Page, options: { hostTag: string; tag: string; text: string; hostAttribute?: [string, string] }): Promise<void> {
  const box = await withDocument(page, async (root, send) => {
    const hosts = [...walk(root)].filter(
      (node) => node.nodeName === options.hostTag.toUpperCase() && (!options.hostAttribute || attribute(node, options.hostAttribute[0]) === options.hostAttribute[1]),
    );
    let target: CdpNode | undefined;
    for (const host of hosts) {
      target = [...walk(host)].find((node) => node !== host && node.nodeName === options.tag.toUpperCase() && textOf(node, '').includes(options.text));
      if (target) break;
    }
    if (!target) throw new Error(`no <${options.tag}> with "${options.text}" inside <${options.hostTag}>`);
    await send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.backendNodeId });
    const { model } = (await send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as { model: { content: number[] } };
    return model.content as [number, number, number, number, number, number, number, number];
  });
  const [x1, y1, , , x3, y3] = box;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
