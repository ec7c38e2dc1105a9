import * as migration_20261203_175740_initial from './20261203_175740_initial';

export const migrations = [
  {
    up: migration_20261203_175740_initial.up,
    down: migration_20261203_175740_initial.down,
    name: '20261203_175740_initial'
  },
];
