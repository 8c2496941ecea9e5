import * as migration_20261128_114105_initial from './20261128_114105_initial';
import * as migration_20261128_123002_site_builds_and_jobs from './20261128_123002_site_builds_and_jobs';
import * as migration_20261128_123026_audit_log from './20261128_123026_audit_log';
import * as migration_20261128_142842_locale_parent_indexes from './20261128_142842_locale_parent_indexes';
import * as migration_20261202_174955_issue10_closures_credits_reviews from './20261202_174955_issue10_closures_credits_reviews';
import * as migration_20261208_005808_call_details from './20261208_005808_call_details';
import * as migration_20261208_011713_rooms_by_key from './20261208_011713_rooms_by_key';

export const migrations = [
  {
    up: migration_20261128_114105_initial.up,
    down: migration_20261128_114105_initial.down,
    name: '20261128_114105_initial',
  },
  {
    up: migration_20261128_123002_site_builds_and_jobs.up,
    down: migration_20261128_123002_site_builds_and_jobs.down,
    name: '20261128_123002_site_builds_and_jobs',
  },
  {
    up: migration_20261128_123026_audit_log.up,
    down: migration_20261128_123026_audit_log.down,
    name: '20261128_123026_audit_log',
  },
  {
    up: migration_20261128_142842_locale_parent_indexes.up,
    down: migration_20261128_142842_locale_parent_indexes.down,
    name: '20261128_142842_locale_parent_indexes',
  },
  {
    up: migration_20261202_174955_issue10_closures_credits_reviews.up,
    down: migration_20261202_174955_issue10_closures_credits_reviews.down,
    name: '20261202_174955_issue10_closures_credits_reviews',
  },
  {
    up: migration_20261208_005808_call_details.up,
    down: migration_20261208_005808_call_details.down,
    name: '20261208_005808_call_details',
  },
  {
    up: migration_20261208_011713_rooms_by_key.up,
    down: migration_20261208_011713_rooms_by_key.down,
    name: '20261208_011713_rooms_by_key'
  },
];
