import * as migration_20261203_142237_initial from './20261203_142237_initial';

export const migrations = [
  {
    up: migration_20261203_142237_initial.up,
    down: migration_20261203_142237_initial.down,
    name: '20261203_142237_initial'
  },
];
