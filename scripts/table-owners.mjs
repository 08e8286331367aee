// Which module owns each table: the only one whose code may name it in SQL. Shared by the table-ownership check
// (scripts/check-table-ownership.mjs) and the dependency rules (.dependency-cruiser.cjs). `core` owns the platform's
// own tables (settings); migrations create every table and are not checked.
export const TABLE_OWNERS = {
  users: 'identity',
  providers: 'provider',
  provider_services: 'provider',
  bed_capacity: 'capacity',
  bed_capacity_history: 'capacity',
  elders: 'elder',
  elder_categories: 'elder',
  elder_guardians: 'elder',
  provider_elder_links: 'elder',
  capability_assessments: 'assessment',
  subsidy_rule_sets: 'subsidy',
  subsidy_rules: 'subsidy',
  rating_rubrics: 'rating',
  rating_rubric_sections: 'rating',
  rating_rubric_items: 'rating',
  rating_assessments: 'rating',
  rating_item_scores: 'rating',
  rating_events: 'rating',
  rating_subsidy_tiers: 'rating',
  caregiver_profiles: 'home-care',
  home_beds: 'home-care',
  home_care_allowances: 'subsidy',
  home_care_orders: 'home-care',
  home_care_order_events: 'home-care',
  home_care_provider_settings: 'home-care',
  bed_reservations: 'bed',
  bed_reservation_events: 'bed',
  bed_waitlist_entries: 'bed',
  bed_waitlist_offers: 'bed',
  settlement_statements: 'settlement',
  settlement_lines: 'settlement',
  settlement_adjustments: 'settlement',
  settlement_events: 'settlement',
  settlement_ledger_entries: 'settlement',
  elder_payments: 'settlement',
  visit_evidence: 'home-care',
  visit_evidence_heads: 'home-care',
  auth_sessions: 'core',
  refresh_tokens: 'core',
  rate_limits: 'core',
  elder_guardian_invitations: 'elder',
  care_alerts: 'care-record',
  care_plan_tasks: 'care-record',
  care_plans: 'care-record',
  care_record_reads: 'care-record',
  emergencies: 'care-record',
  incident_events: 'care-record',
  incidents: 'care-record',
  medication_administrations: 'care-record',
  medication_orders: 'care-record',
  observations: 'care-record',
  risk_alerts: 'care-record',
  visit_tasks: 'care-record',
  settings: 'core',
  regions: 'region',
  import_jobs: 'import',
  processed_events: 'core',
  notifications: 'notification',
  notification_deliveries: 'notification',
  notification_preferences: 'notification',
  // Views (migration OwnerReadModels1765120001000): an owner's rows with the region they are counted under, read only
  // by the owner's service (the regional figures and exports ask it).
  capacity_by_region: 'capacity',
  capacity_history_by_region: 'capacity',
  home_beds_by_region: 'home-care',
  assessments_by_region: 'assessment',
};

/**
 * Declared read models: the one file of a module that may name other modules' tables, and exactly which. A read model
 * is not a debt: it is a query whose speed depends on reading the owners' rows together (one indexed statement), and
 * its owners' columns it reads are a contract the owners keep. At most one file per module; the check fails on a table
 * the file names that is not listed, and on a listed table it no longer names. Keys are files; `reads` the tables.
 */
export const READ_MODELS = {
  // Matching's candidate query reads the registry, free beds and supported beds in use in one statement on the
  // registry's (kind, location) GiST index: one indexed query per search is what keeps matching fast (bench/RESULTS.md).
  'src/modules/matching/match-candidates.query.ts': {
    reads: ['providers', 'bed_capacity', 'bed_reservations', 'provider_elder_links'],
    why: 'matching candidates: the registry, free beds per category, supported beds in use, providers already serving the elder',
  },
  // Statistics' care gaps: dependent elders at home against the agencies that reach them and the free nursing beds
  // near them, a spatial join on the registry's GiST index; one statement keeps a province's gaps under a second.
  'src/modules/statistics/care-gaps.query.ts': {
    reads: ['elders', 'providers', 'bed_reservations', 'bed_capacity'],
    why: 'care gaps: dependent elders at home, agencies reaching them, free nursing beds within reach',
  },
};

/**
 * Reads of another module's tables that are not moved behind the owner's service yet. Each entry is a debt with its
 * reason; the check fails on any use not listed here, and on an entry that no longer occurs (so the list only shrinks).
 * Keys are `file -> table`.
 */
export const KNOWN_CROSSINGS = {
};
