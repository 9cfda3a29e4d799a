/** Normalises a pasted key fingerprint: hex digits only, lower case; undefined unless 64 of them. */
export function normaliseFingerprint(input: string): string | undefined {
  const hex = input.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}
