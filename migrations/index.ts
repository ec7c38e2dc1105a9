import * as migration_20261203_171341_initial from './20261203_171341_initial';

export const migrations = [
  {
    up: migration_20261203_171341_initial.up,
    down: migration_20261203_171341_initial.down,
    name: '20261203_171341_initial'
  },
];
