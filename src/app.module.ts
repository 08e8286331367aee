import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DomainErrorFilter } from './core/errors/domain-error.filter.js';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { AuthModule } from './core/auth/auth.module.js';
import { TokenService } from './core/auth/token.service.js';
import { DatabaseModule } from './core/database/database.module.js';
import { poolGuardsOf } from './core/database/data-source-options.js';
import { UnitOfWorkModule } from './core/database/unit-of-work.js';
import { DomainEventsModule } from './core/events/domain-events.js';
import { JobsModule } from './core/jobs/job-queue.js';
import { LiveModule } from './core/live/subscription-server.js';
import { CodeFirstApolloDriver } from './core/graphql/apollo-driver.js';
import { graphqlOptions } from './core/graphql/graphql.config.js';
import { GraphiQLAssetsController } from './core/graphql/graphiql.js';
import { HealthController } from './core/health/health.controller.js';
import { RateLimitModule } from './core/rate-limit/rate-limiter.factory.js';
import { RedisModule } from './core/redis/redis-client.js';
import { SettingsModule } from './core/settings/settings.module.js';
import { BedModule } from './modules/bed/bed.module.js';
import { CapacityModule } from './modules/capacity/capacity.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { AssessmentModule } from './modules/assessment/assessment.module.js';
import { ElderModule } from './modules/elder/elder.module.js';
import { HomeCareModule } from './modules/home-care/home-care.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { ProviderModule } from './modules/provider/provider.module.js';
import { StatisticsModule } from './modules/statistics/statistics.module.js';
import { RatingModule } from './modules/rating/rating.module.js';
import { EventsAdminModule } from './modules/events-admin/failed-events.js';
import { RegionModule } from './modules/region/region.module.js';
import { ImportModule } from './modules/import/import.module.js';
import { ReportModule } from './modules/report/report.module.js';
import { SettlementModule } from './modules/settlement/settlement.module.js';
import { CareRecordModule } from './modules/care-record/care-record.module.js';
import { NotificationModule } from './modules/notification/notification.module.js';

/** The feature modules, in no particular order; each owns its tables, rules and part of the schema. */
export const FEATURES = [IdentityModule, ProviderModule, CapacityModule, DemoModule, ElderModule, AssessmentModule, RatingModule, MatchingModule, BedModule, HomeCareModule, StatisticsModule, SettlementModule, CareRecordModule, EventsAdminModule, RegionModule, ImportModule, ReportModule, NotificationModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, config.migrateOnStart, poolGuardsOf(config)),
        UnitOfWorkModule,
        JobsModule.forRoot(databaseUrl),
        RedisModule,
        RateLimitModule,
        AuthModule,
        DomainEventsModule,
        SettingsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: CodeFirstApolloDriver,
          inject: [APP_CONFIG, TokenService],
          useFactory: graphqlOptions,
        }),
        LiveModule,
        ...FEATURES,
      ],
      controllers: [HealthController, GraphiQLAssetsController],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }
}
