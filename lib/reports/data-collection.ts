import type { Channel, Report } from './payload';

/** Firefox's names for the kinds of data a report carries (see data_collection_permissions in wxt.config.ts). */
export type DataCategory = 'websiteContent' | 'personalCommunications' | 'browsingActivity';

/**
 * What sending a report transmits, in Firefox's categories: the number (and any
 * subject, excerpt or note) comes from a web page or from a mail, call or text,
 * and a shared page origin is browsing activity. Firefox asks the person for
 * each before a report that carries it may leave the browser.
 */
export function dataCollectionOf(report: { channel: Channel; context?: Report['context'] }): DataCategory[] {
  const categories: DataCategory[] = [report.channel === 'web' ? 'websiteContent' : 'personalCommunications'];
  if (report.context?.origin) categories.push('browsingActivity');
  return categories;
}
