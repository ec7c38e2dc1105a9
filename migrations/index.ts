import * as migration_20261203_171949_initial from './20261203_171949_initial';

export const migrations = [
  {
    up: migration_20261203_171949_initial.up,
    down: migration_20261203_171949_initial.down,
    name: '20261203_171949_initial'
  },
];
