import * as migration_20261204_144509_initial from './20261204_144509_initial';

export const migrations = [
  {
    up: migration_20261204_144509_initial.up,
    down: migration_20261204_144509_initial.down,
    name: '20261204_144509_initial'
  },
];
