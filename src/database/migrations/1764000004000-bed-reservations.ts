import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'SELF_CARE','NURSING','DEMENTIA'`;
const REGION = `~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'`;

/**
 * Bed reservations and admissions, their transitions, and the fair waitlist (轮候) with its offers.
 * The counts live in bed_capacity (foundation); these tables say who holds or occupies each counted bed.
 */
export class BedReservations1764000004000 implements MigrationInterface {
  name = 'BedReservations1764000004000';

  async up(q: QueryRunner): Promise<void> {
    // Region codes of provider and elder are copied in because neither can change (the update inputs have no
    // region), so lists can be scoped to an officer's region in SQL without reading other modules' tables.
    await q.query(`
      CREATE TABLE bed_waitlist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        elder_id uuid NOT NULL REFERENCES elders(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        status text NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING','OFFERED','ACCEPTED','DECLINED','LAPSED','LEFT')),
        provider_region_code varchar(12) NOT NULL CHECK (provider_region_code ${REGION}),
        elder_region_code varchar(12) NOT NULL CHECK (elder_region_code ${REGION}),
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES users(id),
        closed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bed_waitlist_entries_closed CHECK ((status IN ('WAITING','OFFERED')) = (closed_at IS NULL))
      )`);
    // One open entry per elder, provider and category: joining twice returns the entry already there.
    await q.query(`
      CREATE UNIQUE INDEX bed_waitlist_entries_one_open ON bed_waitlist_entries (provider_id, category, elder_id)
        WHERE status IN ('WAITING','OFFERED')`);
    await q.query(`CREATE INDEX bed_waitlist_entries_queue_idx ON bed_waitlist_entries (provider_id, category, requested_at, id) WHERE status = 'WAITING'`);
    await q.query(`CREATE INDEX bed_waitlist_entries_elder_idx ON bed_waitlist_entries (elder_id, requested_at DESC)`);
    await q.query(`CREATE INDEX bed_waitlist_entries_requested_by_idx ON bed_waitlist_entries (requested_by)`);
    await q.query(`CREATE INDEX bed_waitlist_entries_closed_by_idx ON bed_waitlist_entries (closed_by) WHERE closed_by IS NOT NULL`);

    await q.query(`
      CREATE TABLE bed_reservations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        elder_id uuid NOT NULL REFERENCES elders(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        status text NOT NULL DEFAULT 'HELD' CHECK (status IN ('HELD','ADMITTED','RELEASED','EXPIRED','DISCHARGED')),
        provider_region_code varchar(12) NOT NULL CHECK (provider_region_code ${REGION}),
        elder_region_code varchar(12) NOT NULL CHECK (elder_region_code ${REGION}),
        -- Whether the elder was government-supported when the bed was taken: such beds count towards the
        -- reserved share of a public-built private-run home while they are held or occupied.
        government_supported boolean NOT NULL,
        expires_at timestamptz NOT NULL,
        -- The account that asked; null for a hold created by an automatic waitlist offer.
        requested_by uuid REFERENCES users(id),
        idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 100),
        request_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        admitted_at timestamptz,
        ended_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bed_reservations_idempotency_key UNIQUE (requested_by, idempotency_key),
        CONSTRAINT bed_reservations_key_hash CHECK ((idempotency_key IS NULL) = (request_hash IS NULL)),
        CONSTRAINT bed_reservations_admitted CHECK ((status IN ('ADMITTED','DISCHARGED')) = (admitted_at IS NOT NULL)),
        CONSTRAINT bed_reservations_ended CHECK ((status IN ('HELD','ADMITTED')) = (ended_at IS NULL))
      )`);
    // An elder holds or occupies at most one bed anywhere at a time; two racing reservations cannot both commit.
    await q.query(`CREATE UNIQUE INDEX bed_reservations_one_active ON bed_reservations (elder_id) WHERE status IN ('HELD','ADMITTED')`);
    // The expiry job's queue.
    await q.query(`CREATE INDEX bed_reservations_expiry_idx ON bed_reservations (expires_at, id) WHERE status = 'HELD'`);
    // Beds of supported elders in use, for the reserved-share rule.
    await q.query(`
      CREATE INDEX bed_reservations_supported_idx ON bed_reservations (provider_id, category)
        WHERE government_supported AND status IN ('HELD','ADMITTED')`);
    await q.query(`CREATE INDEX bed_reservations_provider_idx ON bed_reservations (provider_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX bed_reservations_elder_idx ON bed_reservations (elder_id, created_at DESC)`);
    await q.query(`CREATE INDEX bed_reservations_provider_region_idx ON bed_reservations (provider_region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX bed_reservations_elder_region_idx ON bed_reservations (elder_region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX bed_reservations_requested_by_idx ON bed_reservations (requested_by) WHERE requested_by IS NOT NULL`);

    await q.query(`
      CREATE TABLE bed_reservation_events (
        id bigserial PRIMARY KEY,
        reservation_id uuid NOT NULL REFERENCES bed_reservations(id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN ('HELD','ADMITTED')),
        to_status text NOT NULL CHECK (to_status IN ('HELD','ADMITTED','RELEASED','EXPIRED','DISCHARGED')),
        -- null actor: the platform itself (expiry job, waitlist offer)
        actor_id uuid REFERENCES users(id),
        actor_role text NOT NULL CHECK (actor_role IN ('FAMILY','CAREGIVER','PROVIDER_STAFF','CIVIL_AFFAIRS','ADMIN','SYSTEM')),
        note text CHECK (length(note) <= 500),
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bed_reservation_events_actor CHECK ((actor_role = 'SYSTEM') = (actor_id IS NULL))
      )`);
    await q.query(`CREATE INDEX bed_reservation_events_reservation_idx ON bed_reservation_events (reservation_id, at, id)`);
    await q.query(`CREATE INDEX bed_reservation_events_actor_idx ON bed_reservation_events (actor_id) WHERE actor_id IS NOT NULL`);

    // An automatic offer: the waitlist entry that received a freed bed, and the hold made for it.
    await q.query(`
      CREATE TABLE bed_waitlist_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES bed_waitlist_entries(id) ON DELETE CASCADE,
        reservation_id uuid NOT NULL REFERENCES bed_reservations(id) ON DELETE CASCADE,
        offered_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        outcome text CHECK (outcome IN ('ACCEPTED','DECLINED','LAPSED')),
        decided_at timestamptz,
        CONSTRAINT bed_waitlist_offers_reservation_key UNIQUE (reservation_id),
        CONSTRAINT bed_waitlist_offers_decided CHECK ((outcome IS NULL) = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX bed_waitlist_offers_entry_idx ON bed_waitlist_offers (entry_id, offered_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['bed_waitlist_offers', 'bed_reservation_events', 'bed_reservations', 'bed_waitlist_entries']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
