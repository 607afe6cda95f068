/**
 * Phone numbers written the way people read them: an E.164 number grouped as
 * its country writes it ("+1 833 900 1010", not "+18339001010"), a national
 * short code ("144") or a number already written with spaces left as it is.
 * The `tel:` link keeps the plain digits (locale.ts `telHref`).
 *
 * Build-time only: libphonenumber-js carries every country's grouping rules
 * (Google's libphonenumber metadata), which we would otherwise keep by hand
 * and get wrong; islands receive the grouped text, never the library.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** `number` grouped for reading. Unknown shapes come back unchanged. */
export function groupPhone(number: string): string {
  if (!number.startsWith('+')) return number;
  const parsed = parsePhoneNumberFromString(number);
  return parsed ? parsed.formatInternational() : number;
}
