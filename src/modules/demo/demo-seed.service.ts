import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { PasswordService } from '../../core/auth/password.service.js';
import { BedCategory, ProviderKind, Ownership, Role, ServiceKind } from '../../core/domain/enums.js';
import { appLogger } from '../../core/logging/logger.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { ProviderService } from '../provider/provider.service.js';

export const DEMO_PASSWORD = 'demo-password';

/** Published monthly bed prices of the demo homes, by category (fen): Jining-like figures. */
const DEMO_BED_PRICES_FEN = { SELF_CARE: 180_000, NURSING: 320_000, DEMENTIA: 420_000 } as const;

/** The demo region: Jining (济宁, 3708), with providers of all four kinds. Listed in the README. */
export const DEMO_PROVIDERS = [
  {
    key: 'nursingHome', name: '济宁市任城区颐养护理院', kind: 'NURSING_HOME', ownership: 'PUBLIC_BUILT_PRIVATE_RUN', regionCode: '370811',
    address: '山东省济宁市任城区琵琶山路88号', latitude: 35.4146, longitude: 116.5872, phone: '0537-2345678', radius: 5, dementia: true,
    beds: [['SELF_CARE', 60, 40], ['NURSING', 120, 90], ['DEMENTIA', 20, 18]],
    services: [['MEAL', 3000, '次', 30], ['BATHING', 8000, '次', 60], ['PERSONAL_CARE', 6000, '次', 60], ['REHABILITATION', 9000, '次', 45]],
  },
  {
    key: 'dayCare', name: '任城区南张街道日间照料中心', kind: 'DAY_CARE_CENTRE', ownership: 'PUBLIC', regionCode: '370811006',
    address: '山东省济宁市任城区南张街道幸福路12号', latitude: 35.3921, longitude: 116.6113, phone: '0537-2233445', radius: null, dementia: false,
    beds: [],
    services: [['MEAL', 1500, '次', 30], ['COMPANIONSHIP', 3000, '小时', 60], ['HEALTH_MONITORING', 2000, '次', 20]],
  },
  {
    key: 'ruralHome', name: '汶上县康驿镇农村幸福院', kind: 'RURAL_HAPPINESS_HOME', ownership: 'PUBLIC', regionCode: '370830104',
    address: '山东省济宁市汶上县康驿镇前进村', latitude: 35.6921, longitude: 116.4361, phone: null, radius: null, dementia: false,
    beds: [['SELF_CARE', 6, 2]],
    services: [['MEAL', 1000, '次', 30], ['COMPANIONSHIP', 0, '小时', 60]],
  },
  {
    key: 'homeCare', name: '济宁安康居家养老服务中心', kind: 'HOME_CARE_AGENCY', ownership: 'PRIVATE', regionCode: '370811',
    address: '山东省济宁市任城区太白楼中路66号', latitude: 35.4083, longitude: 116.5790, phone: '0537-2999888', radius: 8, dementia: false,
    beds: [],
    services: [
      ['MEAL', 3000, '次', 30], ['BATHING', 5000, '次', 60], ['CLEANING', 4000, '次', 90], ['MEDICAL_ESCORT', 6000, '次', 120],
      ['COMPANIONSHIP', 3000, '小时', 60], ['ERRANDS_AND_BILLS', 1000, '次', 30], ['PERSONAL_CARE', 6000, '次', 60], ['WELFARE_VISIT', 0, '次', 30],
    ],
  },
] as const;

/** One account per role, all with DEMO_PASSWORD. */
export const DEMO_ACCOUNTS = [
  { phone: '13800000001', role: 'ADMIN', displayName: '平台管理员', provider: null, scope: null },
  { phone: '13800000002', role: 'CIVIL_AFFAIRS', displayName: '济宁市民政局 王科长', provider: null, scope: '3708' },
  { phone: '13800000003', role: 'PROVIDER_STAFF', displayName: '颐养护理院 李主任', provider: 'nursingHome', scope: null },
  { phone: '13800000004', role: 'PROVIDER_STAFF', displayName: '安康居家 张经理', provider: 'homeCare', scope: null },
  { phone: '13800000005', role: 'CAREGIVER', displayName: '护理员 刘阿姨', provider: 'homeCare', scope: null },
  { phone: '13800000006', role: 'FAMILY', displayName: '家属 陈先生', provider: null, scope: null },
] as const;

/**
 * SEED_DEMO (default on outside production): a demo region and one account per role, created once, through the
 * owners' services (the registry, bed counts, accounts) in one transaction. A marker row in `settings`, inserted in the
 * same transaction, makes it run once even with several instances.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly settings: SettingsService,
    private readonly passwords: PasswordService,
    private readonly providers: ProviderService,
    private readonly capacity: CapacityService,
    private readonly identity: IdentityService,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.seedDemo) return;
    const seeded = await this.uow.run(async () => {
      if (!(await this.settings.claimMarker('demo.seeded'))) return false;
      // Hashed only once the marker is claimed: every later start stops at the one INSERT above instead of spending a
      // bcrypt hash (about 100 ms of CPU at the default cost) on accounts that already exist.
      const hash = await this.passwords.hash(DEMO_PASSWORD);
      const ids = new Map<string, string>();
      for (const p of DEMO_PROVIDERS) {
        const provider = await this.providers.insertEntry({
          name: p.name,
          kind: p.kind as ProviderKind,
          ownership: p.ownership as Ownership,
          regionCode: p.regionCode,
          address: p.address,
          location: { latitude: p.latitude, longitude: p.longitude },
          phone: p.phone,
          serviceRadiusKm: p.radius,
          dementiaCare: p.dementia,
        });
        ids.set(p.key, provider.id);
        for (const [category, total, occupied] of p.beds) {
          await this.capacity.openCategory(provider.id, category as BedCategory, { total, occupied, monthlyPriceFen: DEMO_BED_PRICES_FEN[category] });
        }
        await this.providers.replaceServices(
          provider.id,
          p.services.map(([kind, priceFen, unit, durationMinutes]) => ({ kind: kind as ServiceKind, priceFen, unit, durationMinutes })),
        );
      }
      const hasAdmin = await this.identity.hasAdmin();
      await this.identity.ensureAccounts(
        DEMO_ACCOUNTS.filter((a) => !(a.role === 'ADMIN' && hasAdmin)).map((a) => ({
          phone: a.phone,
          displayName: a.displayName,
          role: a.role as Role,
          providerId: a.provider ? ids.get(a.provider)! : null,
          regionScope: a.scope,
        })),
        hash,
      );
      return true;
    });
    if (seeded) appLogger().info('demo region seeded (see README for the accounts)');
  }
}
