/** A message as the scanner reads it, whatever file or record it came from. */
export interface ScanMessage {
  id: string | null;
  subject: string;
  from: string;
  text: string;
  html: string;
}
