/**
 * Registers the English catalog for code that runs outside the browser (the
 * scan command, the evaluation, unit tests). Never import this from
 * extension code: the browser reads public/_locales itself, and the catalog
 * would only add weight to the content script.
 */
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import { setFallbackMessages } from './index';

setFallbackMessages(english);
