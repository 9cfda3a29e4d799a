/** Where people report fraud to the authorities, by region: shown when a vendor takes no reports. */
const SITES: Record<string, { name: string; url: string }> = {
  US: { name: 'FTC ReportFraud', url: 'https://reportfraud.ftc.gov/' },
  CA: { name: 'Canadian Anti-Fraud Centre', url: 'https://antifraudcentre-centreantifraude.ca/' },
  GB: { name: 'Report Fraud (Action Fraud)', url: 'https://www.actionfraud.police.uk/' },
  IE: { name: 'An Garda Síochána', url: 'https://www.garda.ie/' },
  AU: { name: 'Scamwatch', url: 'https://www.scamwatch.gov.au/report-a-scam' },
  NZ: { name: 'Netsafe', url: 'https://netsafe.org.nz/' },
  IN: { name: 'National Cyber Crime Reporting Portal', url: 'https://cybercrime.gov.in/' },
  DE: { name: 'Verbraucherzentrale Phishing-Radar / Polizei', url: 'https://www.verbraucherzentrale.de/' },
  AT: { name: 'Watchlist Internet', url: 'https://www.watchlist-internet.at/' },
  FR: { name: 'Cybermalveillance.gouv.fr', url: 'https://www.cybermalveillance.gouv.fr/' },
  ES: { name: 'INCIBE (017)', url: 'https://www.incibe.es/linea-de-ayuda-en-ciberseguridad' },
  BR: { name: 'Consumidor.gov.br', url: 'https://www.consumidor.gov.br/' },
  PT: { name: 'Polícia Judiciária', url: 'https://www.policiajudiciaria.pt/' },
};

export function fraudReportSite(region: string): { name: string; url: string } | undefined {
  return Object.hasOwn(SITES, region) ? SITES[region] : undefined;
}
