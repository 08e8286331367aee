// A provider's region as an SQL expression, for other modules' queries that scope or filter their rows by the region of
// the provider they belong to (a rating's, an elder's serving provider). The registry's table is named only here, in
// the provider module (scripts/table-owners.mjs); the callers compare the expression like any region column. Pure.

/** SQL: the region code of the provider whose id is in `providerIdColumn` (a scalar subquery on the primary key). */
export const providerRegionSql = (providerIdColumn: string): string => `(SELECT rp.region_code FROM providers rp WHERE rp.id = ${providerIdColumn})`;
