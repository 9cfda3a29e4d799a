import { expect, test } from 'vitest';
import { fraudReportSite } from '@/lib/reports/fraud-sites';
import { mailtoLink, reportTarget } from '@/lib/reports/target';
import { vendor } from '../fixtures';

test.each([
  ['an https endpoint', vendor('a', { reportUrl: 'https://a.example/reports', reportEmail: 'r@a.example' }), undefined, { kind: 'endpoint', url: 'https://a.example/reports' }],
  ['a loopback http endpoint', vendor('a', { reportUrl: 'http://127.0.0.1:9000/reports' }), undefined, { kind: 'endpoint', url: 'http://127.0.0.1:9000/reports' }],
  ['plain http elsewhere is not used', vendor('a', { reportUrl: 'http://a.example/reports', reportEmail: 'r@a.example' }), undefined, { kind: 'email', address: 'r@a.example' }],
  ['e-mail only', vendor('a', { reportEmail: 'r@a.example' }), undefined, { kind: 'email', address: 'r@a.example' }],
  ['neither: the fallback inbox', vendor('a'), 'https://hangup.example/reports', { kind: 'endpoint', url: 'https://hangup.example/reports' }],
  ['neither and no fallback', vendor('a'), undefined, { kind: 'none' }],
  ['an unknown vendor', undefined, undefined, { kind: 'none' }],
])('reportTarget: %s', (_name, v, fallback, expected) => {
  expect(reportTarget(v, fallback)).toEqual(expected);
});

test('mailto links carry the subject and body encoded', () => {
  const link = mailtoLink('abuse@a.example', { subject: 'Scam & more', lines: ['line 1', 'line 2'] });
  expect(link).toBe('mailto:abuse%40a.example?subject=Scam%20%26%20more&body=line%201%0Aline%202');
});

test('fraud-report sites by region', () => {
  expect(fraudReportSite('US')?.url).toMatch(/^https:\/\//);
  expect(fraudReportSite('GB')?.name).toContain('Fraud');
  expect(fraudReportSite('ZZ')).toBeUndefined();
  expect(fraudReportSite('constructor')).toBeUndefined();
});
