/** Report limits and enumerations, free of the schema library so content scripts can use them cheaply. */
export const CHANNELS = ['web', 'email', 'call', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];
/** How the contact was judged: by Hangup (scam, suspicious) or only by the person reporting it. */
export const REPORT_VERDICTS = ['scam', 'suspicious', 'user'] as const;
export const MAX_NOTE = 1000;
export const MAX_EXCERPT = 1000;
/** Time to undo a report before it is sent. */
export const UNDO_MS = 5_000;
