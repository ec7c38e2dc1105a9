import * as migration_20261203_220403_initial from './20261203_220403_initial';

export const migrations = [
  {
    up: migration_20261203_220403_initial.up,
    down: migration_20261203_220403_initial.down,
    name: '20261203_220403_initial'
  },
];
