/** Great-circle distance between two points, for "near me" (computed on the device only). Pure. */

export interface Point {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Distance in kilometres between `a` and `b` (haversine formula). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Sorts items by distance from `from`; items without a location keep their
 * order after the located ones.
 */
export function byDistance<T extends { location?: Point | null }>(items: readonly T[], from: Point): (T & { km?: number })[] {
  const located = items
    .filter((i) => i.location)
    .map((i) => ({ ...i, km: distanceKm(from, i.location!) }))
    .sort((a, b) => a.km - b.km);
  return [...located, ...items.filter((i) => !i.location)];
}
