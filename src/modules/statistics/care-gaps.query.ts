// The care-gap query of regionStatistics.careGaps: statistics' one declared read model (READ_MODELS in
// scripts/table-owners.mjs). For every dependent elder at home it asks whether a home-care agency reaches them and,
// for those none reaches, how many free nursing beds are within reach: a spatial join of the elders with the registry
// on its GiST index, which as one statement takes a province in half a second (bench/RESULTS.md) and as separate reads
// through the owners would ship every dependent elder's coordinates back and forth.
import { regionSliceSql, type RegionSlice } from '../../core/access/region-code.js';
import { SqlParams } from '../../core/database/paged-query.js';

/** Home-care agencies serve at most this far (the providers table's CHECK). */
export const MAX_SERVICE_RADIUS_KM = 200;

/** The largest service radius of any home-care agency (the box the agencies are searched in). */
export const AGENCY_RADIUS_SQL = `SELECT coalesce(max(service_radius_km), 0)::float8 AS radius FROM providers WHERE kind = 'HOME_CARE_AGENCY'`;

/** Per township of the slice: dependent elders at home, how many an agency reaches, free nursing beds within `reachKm` of the others. */
export function careGapsQuery(slice: RegionSlice, agencyRadiusKm: number, reachKm: number): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const radius = params.param(Math.min(MAX_SERVICE_RADIUS_KM, agencyRadiusKm));
  const reach = params.param(reachKm);
  // The box (GiST index on providers) around the elder's home, then the distance as matching measures it (core/database/geo).
  const near = (home: string, row: string, km: string) =>
    `earth_box(ll_to_earth(${home}.latitude, ${home}.longitude), ${km}::float8 * 1002) @> ll_to_earth(${row}.latitude, ${row}.longitude)
       AND ((point(${home}.longitude, ${home}.latitude) <@> point(${row}.longitude, ${row}.latitude)) * 1.609344)`;
  const sql = `WITH d AS (
         SELECT e.id, left(e.region_code, 9) AS township, e.latitude, e.longitude,
                EXISTS (SELECT 1 FROM providers a
                         WHERE a.kind = 'HOME_CARE_AGENCY' AND a.service_radius_km > 0
                           AND ${near('e', 'a', radius)} <= a.service_radius_km) AS reached
           FROM elders e
          WHERE ${regionSliceSql(slice, 'e.region_code', params.param)} AND e.care_level IN ('SEVERE','TOTAL')
            AND NOT EXISTS (SELECT 1 FROM bed_reservations r WHERE r.elder_id = e.id AND r.status = 'ADMITTED')),
       beds AS (
         SELECT township, sum(free)::int AS free FROM (
           SELECT DISTINCT d.township, p.id, GREATEST(bc.total - bc.occupied - bc.reserved, 0) AS free
             FROM d JOIN providers p ON ${near('d', 'p', reach)} <= ${reach}::float8
             JOIN bed_capacity bc ON bc.provider_id = p.id AND bc.category = 'NURSING'
            WHERE NOT d.reached) x
          GROUP BY township)
       SELECT d.township, count(*)::int AS dependent, count(*) FILTER (WHERE d.reached)::int AS reached, coalesce(max(b.free), 0)::int AS beds
         FROM d LEFT JOIN beds b ON b.township = d.township
        GROUP BY d.township`;
  return { sql, params: params.values };
}
