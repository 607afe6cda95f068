/**
 * Site-search vocabulary shared by the pages (which tag themselves for
 * Pagefind) and the search island (which filters on the same values).
 */

/** Content types a search can be narrowed to. */
export const SEARCH_TYPES = ['guide', 'scam', 'service', 'course', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** How a page describes itself to the search index. */
export interface SearchInfo {
  type: SearchType;
  /** Country codes the page applies to, or `all`. */
  countries?: readonly string[] | 'all';
  /** Guide topic, for guides and scams. */
  topic?: string;
}

/**
 * Pagefind filters for a query narrowed by type and country. A page for
 * `all` countries matches every country.
 */
export function pagefindFilters(type: string, country: string): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (type) filters.type = { any: [type] };
  if (country) filters.country = { any: [country, 'all'] };
  return filters;
}
