import type { CountryCode } from 'libphonenumber-js/min';
import type { MessageVerdict } from '../detect/message';
import type { ListsService } from '../lists/service';
import type { ScanMessage } from '../scan/message';
import { scanContext, scanMessage, type ScanContext } from '../scan/scanner';

/**
 * Message-level verdicts in the background, with the same code as
 * `npm run scan`. The vendor directory is rebuilt only when the lists change.
 */
export class MessageChecker {
  private context: ScanContext | undefined;
  private key = '';

  constructor(private readonly lists: ListsService) {}

  async check(message: ScanMessage, region: CountryCode): Promise<MessageVerdict> {
    const records = await this.lists.feeds();
    const key = `${region}|${records.map((record) => `${record.feedId}@${record.version}:${record.generation}`).join(',')}`;
    if (!this.context || key !== this.key) {
      this.context = scanContext(this.lists.index, region);
      this.key = key;
    }
    return scanMessage(message, this.context);
  }
}
