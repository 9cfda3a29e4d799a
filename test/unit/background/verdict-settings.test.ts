import { expect, test } from 'vitest';
import { adjustForSettings } from '@/lib/background/verdict-settings';
import type { MessageVerdict } from '@/lib/detect/message';

const vendor = { name: 'Norbury Antivirus', phones: [], domains: [], statements: [] };
const verdict = (overrides: Partial<MessageVerdict>): MessageVerdict => ({
  verdict: 'suspicious',
  score: 0.6,
  vendor,
  numbers: [{ raw: '1-888-555-0199', e164: '+18885550199', status: 'suspicious' }],
  reasons: ['Claims to be Norbury billing.'],
  ...overrides,
});

test.each([
  ['standard keeps a suspicious verdict', verdict({}), 'standard', [], 'suspicious'],
  ['lists-only drops wording-based warnings', verdict({}), 'lists-only', [], 'none'],
  ['lists-only keeps a listed number', verdict({ verdict: 'scam', score: 1, numbers: [{ raw: 'x', e164: '+18885550142', status: 'scam' }] }), 'lists-only', [], 'scam'],
  ['high warns earlier when a vendor is named', verdict({ verdict: 'none', score: 0.35, numbers: [] }), 'high', [], 'suspicious'],
  ['high needs a vendor', verdict({ verdict: 'none', score: 0.35, numbers: [], vendor: undefined }), 'high', [], 'none'],
  ['standard does not warn early', verdict({ verdict: 'none', score: 0.35, numbers: [] }), 'standard', [], 'none'],
  ['numbers marked not a scam do not count', verdict({ verdict: 'scam', numbers: [{ raw: 'x', e164: '+18885550142', status: 'scam' }] }), 'standard', ['+18885550142'], 'none'],
  ['one unmarked flagged number still counts', verdict({ numbers: [{ raw: 'x', e164: '+18885550142', status: 'scam' }, { raw: 'y', e164: '+18885550199', status: 'suspicious' }] }), 'standard', ['+18885550142'], 'suspicious'],
] as const)('%s', (_name, input, sensitivity, allowlist, expected) => {
  expect(adjustForSettings(input, { sensitivity, allowlist }).verdict).toBe(expected);
});
