import * as migration_20261203_142140_initial from './20261203_142140_initial';

export const migrations = [
  {
    up: migration_20261203_142140_initial.up,
    down: migration_20261203_142140_initial.down,
    name: '20261203_142140_initial'
  },
];
