import * as migration_20261203_151229_initial from './20261203_151229_initial';

export const migrations = [
  {
    up: migration_20261203_151229_initial.up,
    down: migration_20261203_151229_initial.down,
    name: '20261203_151229_initial'
  },
];
