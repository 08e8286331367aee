/**
 * Great-circle search in SQL, shared by the provider finder and matching so that both report the same distance.
 *
 * The distance is earthdistance's `<@>` operator (C, haversine, statute miles) rather than earth_distance(ll_to_earth()):
 * those are SQL-language wrappers that cost about 15 µs a row, which at a dense county seat (a few thousand providers
 * in the box) was most of a search's time. earth_box on ll_to_earth still drives the GiST indexes; it measures on
 * earthdistance's earth() sphere (6378.168 km) and `<@>` on a 6370.997 km one, so a box 0.2% larger always holds the
 * circle.
 */
const MILE_KM = 1.609344;
const BOX_MARGIN = 1.002;

/** The earth_box radius, in metres, for a search of `km`: bind it as a parameter of boxContainsSql. */
export function boxRadiusMetres(km: number): number {
  return km * 1000 * BOX_MARGIN;
}

/** The row's point is inside the box around (lat, lon): SQL expressions (placeholders) for the centre and radius. */
export function boxContainsSql(lat: string, lon: string, radiusMetres: string, row = 'p'): string {
  return `earth_box(ll_to_earth(${lat}::float8, ${lon}::float8), ${radiusMetres}::float8) @> ll_to_earth(${row}.latitude, ${row}.longitude)`;
}

/** Kilometres from (lat, lon) to the row's point. */
export function distanceKmSql(lat: string, lon: string, row = 'p'): string {
  return `((point(${lon}::float8, ${lat}::float8) <@> point(${row}.longitude, ${row}.latitude)) * ${MILE_KM})`;
}
