/** How readily Hangup warns about messages that are not on a list. */
export const SENSITIVITIES = ['lists-only', 'standard', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** What a new report offers to share, pre-ticked; both off unless the person turns them on. */
export interface ReportSharing {
  origin: boolean;
  excerpt: boolean;
}
