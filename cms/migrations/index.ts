import * as migration_20261128_114105_initial from './20261128_114105_initial';

export const migrations = [
  {
    up: migration_20261128_114105_initial.up,
    down: migration_20261128_114105_initial.down,
    name: '20261128_114105_initial'
  },
];
