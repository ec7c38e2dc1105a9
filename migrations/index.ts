import * as migration_20261204_152307_initial from './20261204_152307_initial';

export const migrations = [
  {
    up: migration_20261204_152307_initial.up,
    down: migration_20261204_152307_initial.down,
    name: '20261204_152307_initial'
  },
];
