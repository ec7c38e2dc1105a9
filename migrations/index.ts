import * as migration_20261203_213208_initial from './20261203_213208_initial';

export const migrations = [
  {
    up: migration_20261203_213208_initial.up,
    down: migration_20261203_213208_initial.down,
    name: '20261203_213208_initial'
  },
];
