// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { ChangeQueue } from '@/lib/page/change-queue';
import { PAUSE } from '@/lib/page/text-blocks';

/** Records of the changes `change` makes under the body, as a MutationObserver sees them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href'] });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const take = (queue: ChangeQueue) => [...queue.take()].filter((node) => node !== PAUSE) as Node[];
const byId = (id: string) => document.getElementById(id)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ChangeQueue', () => {
  test('an added node inside another added node is covered by it', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const queue = new ChangeQueue(document.body, () => false);
    const count = queue.add(
      await recordsOf(() => {
        byId('list').insertAdjacentHTML('beforeend', '<section id="outer"></section>');
        byId('outer').insertAdjacentHTML('beforeend', '<p id="inner">x</p>');
      }),
    );
    expect(count).toBe(2);
    expect(take(queue)).toEqual([byId('outer')]);
    expect(queue.size).toBe(0);
  });

  test('a text edit or an inline addition is widened to its block, when the block is small', async () => {
    document.body.innerHTML = '<p id="p">Call <b id="b">x</b></p>';
    const queue = new ChangeQueue(document.body, () => false);
    queue.add(await recordsOf(() => (byId('b').firstChild!.textContent = '202')));
    expect(take(queue)).toEqual([byId('p')]);
  });

  test('not widened to the observed root or to a big block', async () => {
    document.body.innerHTML = `<span id="s">a</span><div id="big">${'<span>x</span>'.repeat(100)}<i id="i">y</i></div>`;
    const queue = new ChangeQueue(document.body, () => false);
    queue.add(
      await recordsOf(() => {
        byId('s').firstChild!.textContent = 'b';
        byId('i').firstChild!.textContent = 'z';
      }),
    );
    expect(take(queue)).toEqual([byId('s'), byId('i')]);
  });

  test("drops Hangup's own nodes, removed nodes and nodes in skipped elements", async () => {
    document.body.innerHTML = '<div id="d"></div><div contenteditable="true" id="editor"></div>';
    const own = new WeakSet<Node>();
    const queue = new ChangeQueue(document.body, (node) => own.has(node));
    queue.add(
      await recordsOf(() => {
        const mine = document.createElement('div');
        own.add(mine);
        byId('d').append(mine);
        const gone = document.createElement('p');
        byId('d').append(gone);
        gone.remove();
        byId('editor').insertAdjacentHTML('beforeend', '<p>typed 202-555-0143</p>');
      }),
    );
    expect(take(queue)).toEqual([]);
  });

  test('a link whose target becomes tel: is queued; other href changes are not', async () => {
    document.body.innerHTML = '<a id="a" href="#">Call</a><a id="b" href="#">Home</a>';
    const queue = new ChangeQueue(document.body, () => false);
    queue.add(
      await recordsOf(() => {
        byId('a').setAttribute('href', 'tel:+12025550143');
        byId('b').setAttribute('href', '/home');
      }),
    );
    expect(take(queue)).toEqual([byId('a')]);
  });
});
