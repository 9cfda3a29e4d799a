/** Byte caps, checked before any parsing so hostile input costs at most this much memory and time. */
export const MAX_HEAD_BYTES = 64 * 1024;
/** A snapshot of MAX_ENTRIES (2,000,000) entries is about 90 MB. */
export const MAX_LIST_BYTES = 96 * 1024 * 1024;
/** key.json: the current key and at most MAX_ROTATIONS signed rotations. */
export const MAX_KEY_BYTES = 64 * 1024;
export const MAX_ROTATIONS = 20;
