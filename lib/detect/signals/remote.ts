import { findFirst, words, type Found } from './words';

/** "Your computer is infected" and remote-access language: the tech-support scam's opening move. */
const REMOTE = words([
  // English
  '(?:computer|pc|device|system|laptop|mac|windows|browser)s? (?:is|are|has been|have been|was|may be|might be) (?:infected|compromised|hacked|blocked|locked|at risk)',
  '(?:virus|viruses|malware|trojan|spyware|ransomware|pornographic spyware)(?: infection)? (?:detected|found|alert)', 'infected with', 'remote (?:access|session|desktop|connection)',
  'anydesk', 'teamviewer', 'ultraviewer', 'logmein', 'screenconnect', 'supremo', 'do not (?:shut down|restart|turn off|close) (?:your|this)', 'access to your (?:computer|device|pc)',
  // German
  '(?:computer|rechner|gerat|geraet|pc|system) (?:ist|wurde) (?:infiziert|gehackt|gesperrt|kompromittiert)', 'infiziert', 'fernzugriff', 'fernwartung', 'virus (?:gefunden|entdeckt|erkannt)',
  // French
  '(?:ordinateur|appareil|pc|systeme) (?:est|a ete) (?:infecte|pirate|bloque|compromis)', 'infecte par', 'acces a distance', 'prise en main a distance', 'virus detecte',
  // Spanish
  '(?:computadora|ordenador|equipo|dispositivo|pc|sistema) (?:esta|ha sido) (?:infectad[oa]|hackead[oa]|bloquead[oa]|comprometid[oa])', 'infectado con', 'acceso remoto', 'virus detectado',
  // Portuguese
  '(?:computador|dispositivo|aparelho|pc|sistema) (?:esta|foi) (?:infectad[oa]|hackead[oa]|bloquead[oa]|invadid[oa]|comprometid[oa])', 'infectado com', 'acesso remoto', 'virus detectado',
]);

/** The first remote-access or infection claim, if any. */
export function findRemoteAccess(text: string): Found | undefined {
  return findFirst(REMOTE, text);
}
