import * as migration_20261203_170424_initial from './20261203_170424_initial';

export const migrations = [
  {
    up: migration_20261203_170424_initial.up,
    down: migration_20261203_170424_initial.down,
    name: '20261203_170424_initial'
  },
];
