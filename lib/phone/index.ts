export { findPhoneNumbers, mayContainPhoneNumber, type PhoneMatch } from './find';
export { normalise, sourceRange, tricksIn, OBFUSCATING, type Normalised, type Trick } from './normalise';
export { parseTypedNumber, isE164, type ParsedInput } from './parse';
export { regionFromLocale, FALLBACK_REGION } from './region';
