import { known, type KnownVendor } from './types';

/** Security software: the brands fake renewal and "your PC is infected" mail uses most. */
export const SECURITY: KnownVendor[] = [
  known('norton', 'Norton', 'security', {
    aliases: ['Norton', 'Norton 360', 'Norton LifeLock', 'NortonLifeLock', 'LifeLock', 'Life Lock', 'Gen Digital', 'Symantec'],
    typos: ['Nortan', 'Norten', 'Nortton', 'Norrton', 'Northon', 'Nortn'],
    domains: ['norton.com', 'nortonlifelock.com', 'lifelock.com', 'gendigital.com', 'symantec.com'],
  }),
  known('mcafee', 'McAfee', 'security', {
    aliases: ['McAfee', 'Mc Afee', 'McAfee Total Protection', 'McAfee LiveSafe'],
    typos: ['McAffee', 'Mcafe', 'Macafee', 'McAfe', 'Mcaffe', 'McAffe', 'Mcafeee'],
    domains: ['mcafee.com'],
  }),
  known('avast', 'Avast', 'security', { aliases: ['Avast'], typos: ['Avaast'], domains: ['avast.com'] }),
  known('avg', 'AVG', 'security', { exact: ['AVG'], aliases: ['AVG AntiVirus', 'AVG Antivirus', 'AVG Technologies'], domains: ['avg.com'] }),
  known('kaspersky', 'Kaspersky', 'security', {
    aliases: ['Kaspersky'],
    typos: ['Kasperski', 'Kapersky', 'Kaspersy', 'Kasparsky'],
    domains: ['kaspersky.com'],
  }),
  known('bitdefender', 'Bitdefender', 'security', { aliases: ['Bitdefender', 'Bit Defender'], typos: ['Bitdefnder', 'Bitdefener'], domains: ['bitdefender.com'] }),
  known('malwarebytes', 'Malwarebytes', 'security', { aliases: ['Malwarebytes', 'Malware Bytes'], typos: ['Malwarebyte', 'Malwearbytes'], domains: ['malwarebytes.com'] }),
  known('webroot', 'Webroot', 'security', { aliases: ['Webroot', 'Web Root'], domains: ['webroot.com'] }),
  known('eset', 'ESET', 'security', { exact: ['ESET'], aliases: ['ESET NOD32', 'NOD32'], domains: ['eset.com'] }),
  known('trendmicro', 'Trend Micro', 'security', { aliases: ['Trend Micro', 'TrendMicro'], domains: ['trendmicro.com'] }),
  known('avira', 'Avira', 'security', { aliases: ['Avira'], domains: ['avira.com'] }),
  known('totalav', 'TotalAV', 'security', { aliases: ['TotalAV', 'Total AV'], domains: ['totalav.com'] }),
  known('sophos', 'Sophos', 'security', { aliases: ['Sophos'], domains: ['sophos.com'] }),
  known('defender', 'Windows Defender', 'security', {
    aliases: ['Windows Defender', 'Microsoft Defender', 'Windows Security', 'Defender Antivirus', 'Windows Firewall', 'Microsoft Firewall'],
    domains: ['microsoft.com', 'windows.com'],
  }),
];
