import type * as v from 'valibot';

/**
 * The first problem valibot found, as "field.path: message" (or just the
 * message at the top level), for errors that name what is wrong.
 */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[] | undefined, fallback: string): string {
  const issue = issues?.[0];
  if (!issue) return fallback;
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return `${path ? path + ': ' : ''}${issue.message}`;
}
