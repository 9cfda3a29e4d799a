import { t } from '../i18n';

/**
 * "Norton's", "Bluegate Computers'". Sentences that name a vendor get both
 * the name and this form, so each language uses the one its grammar needs.
 */
export const possessive = (name: string) => t(/s$/i.test(name) ? 'grammar_possessive_s' : 'grammar_possessive', name);
