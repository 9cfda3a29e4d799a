import { findFirst, type Found } from './words';

/**
 * Mail-merge placeholders left unfilled ("%PHONE%", "{{name}}", "[FIRST_NAME]"):
 * bulk scam kits leave them behind; a person writing to you does not. Only
 * field names a mail merge uses count, so "%PATH%" in a shell discussion does not.
 */
const FIELD = String.raw`(?:first[_ ]?name|last[_ ]?name|full[_ ]?name|name|e-?mail|phone(?:[_ ]?(?:number|no))?|number|tfn|amount|price|date|company|recipient|user(?:name)?|customer|order(?:[_ ]?(?:id|no|number))?|invoice(?:[_ ]?(?:id|no|number))?|link|url|random\w*|rnd\w*)`;
const TEMPLATE = new RegExp(
  [`%${FIELD}%`, `\\{\\{\\s*\\$?${FIELD}\\s*\\}\\}`, `\\[\\[\\s*${FIELD}\\s*\\]\\]`, `\\[${FIELD}\\]`, `\\{\\$?${FIELD}\\}`, `#${FIELD}#`, `\\$\\{${FIELD}\\}`, `##${FIELD}##`].join('|'),
  'giu',
);

/** The first unfilled placeholder, if any. */
export function findTemplateToken(text: string): Found | undefined {
  return findFirst(TEMPLATE, text);
}
