import { defineContentScript } from 'wxt/utils/define-content-script';
import { installProbe } from '@/lib/page/locker/probe';

// In the page's own world, before its scripts, so locker calls are seen as they happen (see lib/page/locker/probe.ts).
// Top frame only: the guard and its warning live there, and a frame's full screen shows in the top document.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installProbe(window);
  },
});
