import type { CountryCode } from 'libphonenumber-js/min';
import type { NumberVerdict } from '../detect/verdict';
import type { PageFeature } from './feature';
import { PageScanner } from './scanner';
import type { FindNumbers } from './searches';

export interface NumberMarkersDeps {
  doc: Document;
  region: CountryCode;
  /** See `ScannerDeps.findNumbers`. */
  findNumbers?: FindNumbers;
  lookup: (numbers: string[]) => Promise<NumberVerdict[]>;
  createMarker: (verdict: NumberVerdict, raw: string) => HTMLElement;
  signal: AbortSignal;
}

/** Inline markers after listed and official numbers anywhere in the page. */
export function numberMarkers(deps: NumberMarkersDeps): PageFeature {
  let scanner: PageScanner | undefined;
  return {
    name: 'number-markers',
    start() {
      if (scanner || deps.signal.aborted) return;
      const { region, findNumbers, lookup, createMarker, signal } = deps;
      scanner = new PageScanner({ region, ...(findNumbers ? { findNumbers } : {}), lookup, createMarker, signal });
      void scanner.start(deps.doc.body ?? deps.doc.documentElement);
    },
    stop() {
      scanner?.clear();
      scanner = undefined;
    },
  };
}
