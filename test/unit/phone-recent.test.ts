import { expect, test } from 'vitest';
import { RecentAnswers } from '@/lib/phone/recent';

test('an answer is computed once, then remembered', () => {
  const answers = new RecentAnswers<string[]>(4);
  let computed = 0;
  const compute = () => (computed++, []);
  const first = answers.get('a', compute);
  expect(answers.get('a', compute)).toBe(first);
  expect(computed).toBe(1);
});

test('a falsy answer is remembered too', () => {
  const answers = new RecentAnswers<string>(4);
  let computed = 0;
  answers.get('a', () => (computed++, ''));
  answers.get('a', () => (computed++, ''));
  expect(computed).toBe(1);
});

test('when full, every answer is forgotten and the new one kept', () => {
  const answers = new RecentAnswers<number>(2);
  let computed = 0;
  const compute = () => ++computed;
  answers.get('a', compute);
  answers.get('b', compute);
  answers.get('c', compute);
  expect(computed).toBe(3);
  expect(answers.get('c', compute)).toBe(3);
  expect(answers.get('a', compute)).toBe(4);
  answers.clear();
  expect(answers.get('c', compute)).toBe(5);
});
