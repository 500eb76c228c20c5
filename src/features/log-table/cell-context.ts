import { createContext, useContext } from 'react';

export interface CellFormat {
  zone: string;
  country: string;
  /** In a merged view: each member's label and country, by source id (a row's own source decides). */
  sources?: ReadonlyMap<string, { label: string; defaultCountry: string }>;
}

/** How cells format times and phones: the display zone and the source's country. */
export const CellFormatContext = createContext<CellFormat>({ zone: 'UTC', country: 'US' });
export const useCellFormat = () => useContext(CellFormatContext);
