import * as migration_20261204_151824_initial from './20261204_151824_initial';

export const migrations = [
  {
    up: migration_20261204_151824_initial.up,
    down: migration_20261204_151824_initial.down,
    name: '20261204_151824_initial'
  },
];
