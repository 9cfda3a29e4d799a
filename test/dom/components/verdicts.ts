import type { NumberVerdict } from '@/lib/detect/verdict';

export const scamVerdict: NumberVerdict = {
  e164: '+12025550143',
  shown: '+1 202 555 0143',
  verdict: 'scam',
  reasons: ['Listed as a scam number by Demo list.', 'Used for fake technical support pretending to be Norbury.'],
  lists: ['Demo list'],
  vendor: { name: 'Norbury', phones: ['+1 800 555 0100'], domains: ['norbury.example'], statements: ['Norbury never calls you unexpectedly.'] },
};

export const officialVerdict: NumberVerdict = {
  e164: '+18005550100',
  shown: '+1 800 555 0100',
  verdict: 'official',
  reasons: ["One of Norbury's official numbers, as published by Norbury."],
  lists: [],
  vendor: { name: 'Norbury', phones: ['+1 800 555 0100'], domains: [], statements: [] },
};

export const noneVerdict: NumberVerdict = {
  e164: '+12025550100',
  shown: '+1 202 555 0100',
  verdict: 'none',
  reasons: ['Not on any list you subscribe to. That does not make it safe: scammers change numbers often.'],
  lists: [],
};
