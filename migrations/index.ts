import * as migration_20261203_173539_initial from './20261203_173539_initial';

export const migrations = [
  {
    up: migration_20261203_173539_initial.up,
    down: migration_20261203_173539_initial.down,
    name: '20261203_173539_initial'
  },
];
