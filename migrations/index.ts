import * as migration_20261203_171249_initial from './20261203_171249_initial';

export const migrations = [
  {
    up: migration_20261203_171249_initial.up,
    down: migration_20261203_171249_initial.down,
    name: '20261203_171249_initial'
  },
];
