import * as migration_20261204_152531_initial from './20261204_152531_initial';

export const migrations = [
  {
    up: migration_20261204_152531_initial.up,
    down: migration_20261204_152531_initial.down,
    name: '20261204_152531_initial'
  },
];
