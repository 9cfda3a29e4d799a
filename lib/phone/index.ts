export { findPhoneNumbers, mayContainPhoneNumber, type PhoneMatch } from './find';
export { parseTypedNumber, isE164, formatInternational, type ParsedInput } from './parse';
export { regionFromLocale, FALLBACK_REGION } from './region';
