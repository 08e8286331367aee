import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { Elders1764000001000 } from './1764000001000-elders.js';
import { Rating1764000002000 } from './1764000002000-rating.js';
import { HomeCare1764000003000 } from './1764000003000-home-care.js';
import { BedReservations1764000004000 } from './1764000004000-bed-reservations.js';
import { Matching1764000005000 } from './1764000005000-matching.js';
import { ServiceOffers1764000006000 } from './1764000006000-service-offers.js';
import { BedPrices1764000007000 } from './1764000007000-bed-prices.js';
import { AccountSecurity1765030000000 } from './1765030000000-account-security.js';
import { DurableEvents1765040000000 } from './1765040000000-durable-events.js';
import { Regions1765050000000 } from './1765050000000-regions.js';
import { ProviderCreditCode1765050001000 } from './1765050001000-provider-credit-code.js';
import { ImportJobs1765050002000 } from './1765050002000-import-jobs.js';
import { Settlement1765060000000 } from './1765060000000-settlement.js';
import { CareRecords1765080000000 } from './1765080000000-care-records.js';
import { Notifications1765090000000 } from './1765090000000-notifications.js';
import { NotificationDeliveryStatus1765120000000 } from './1765120000000-notification-delivery-status.js';
import { OwnerReadModels1765120001000 } from './1765120001000-owner-read-models.js';
import { DeviceAccounts1765140000000 } from './1765140000000-device-accounts.js';

/** Every migration, in order. Listed explicitly so that builds and tests load exactly these. */
export const migrations = [Foundation1764000000000, Elders1764000001000, Rating1764000002000, HomeCare1764000003000, BedReservations1764000004000, Matching1764000005000, ServiceOffers1764000006000, BedPrices1764000007000, AccountSecurity1765030000000, DurableEvents1765040000000, Regions1765050000000, ProviderCreditCode1765050001000, ImportJobs1765050002000, Settlement1765060000000, CareRecords1765080000000, Notifications1765090000000, NotificationDeliveryStatus1765120000000, OwnerReadModels1765120001000, DeviceAccounts1765140000000];
