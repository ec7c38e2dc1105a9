import * as migration_20261203_180618_initial from './20261203_180618_initial';

export const migrations = [
  {
    up: migration_20261203_180618_initial.up,
    down: migration_20261203_180618_initial.down,
    name: '20261203_180618_initial'
  },
];
