/** The finder's words, in the page's language (the build passes them in; the islands only show them). */
import type { PluralForms } from '../i18n/plural.ts';

export interface FinderStrings {
  search: string;
  category: string;
  country: string;
  city: string;
  language: string;
  free: string;
  openNow: string;
  nearMe: string;
  nearMeHelp: string;
  nearMeDenied: string;
  /** Shown when "near me" is on but no listed service has a published location. */
  nearMeNone: string;
  any: string;
  count: PluralForms;
  call: string;
  whatsapp: string;
  loading: string;
  unavailable: string;
  clear: string;
  km: string;
  /** "Verified by a person on" (the card adds the date). */
  verified: string;
  /** "Checked by phone on", … per verification method. */
  verifiedBy: Record<string, string>;
  /** The general warnings for a service run by an institution that enforces migration, by its kind. */
  warnings: { police: string; migration: string; other: string };
  warningLabel: string;
  openBadge: string;
  closedBadge: string;
  /** "local time {{offset}}", shown when the service's clock differs from the reader's. */
  localTime: string;
  /** "Link to share: services in {{place}}". */
  share: string;
}

/** A category as the finder lists it. */
export interface CategoryOption {
  value: string;
  label: string;
}
