type PhoneFormatter = (e164OrRaw: string, defaultCountry: string) => string;

let formatter: PhoneFormatter | null = null;

/**
 * Set by `phone.ts` when it loads. libphonenumber (~30 kB gzip) ships with the adapters rather than the
 * initial bundle; every phone number on screen was normalized by an adapter, so it is loaded by then.
 */
export function setPhoneFormatter(format: PhoneFormatter): void {
  formatter = format;
}

/** A phone number as staff write it (`formatPhone`), or as given while the phone library is not loaded. */
export function displayPhone(e164OrRaw: string, defaultCountry: string): string {
  return formatter ? formatter(e164OrRaw, defaultCountry) : e164OrRaw;
}
