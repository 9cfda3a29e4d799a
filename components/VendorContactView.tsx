import type { VendorContact } from '@/lib/detect/verdict';
import { t } from '@/lib/i18n';

export interface VendorContactViewProps {
  vendor: VendorContact;
  /** Framed as "the real contact" when shown beside a scam number. */
  scam: boolean;
}

/** A vendor's real phone numbers (formatted by the background), websites and promises. */
export function VendorContactView({ vendor, scam }: VendorContactViewProps) {
  if (vendor.phones.length === 0 && vendor.domains.length === 0 && vendor.statements.length === 0) return null;
  return (
    <div class="contact">
      <p>
        <strong>{scam ? t('contact_real', vendor.name) : vendor.name}</strong>
      </p>
      {vendor.phones.length > 0 && <p>{t('contact_phone', vendor.phones.join(', '))}</p>}
      {vendor.domains.length > 0 && <p>{t('contact_website', vendor.domains.join(', '))}</p>}
      {vendor.statements.map((statement) => (
        <p key={statement}>{t('contact_statement', statement)}</p>
      ))}
    </div>
  );
}
