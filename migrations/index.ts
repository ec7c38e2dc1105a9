import * as migration_20261204_143838_initial from './20261204_143838_initial';

export const migrations = [
  {
    up: migration_20261204_143838_initial.up,
    down: migration_20261204_143838_initial.down,
    name: '20261204_143838_initial'
  },
];
