import * as migration_20261129_084006_initial from './20261129_084006_initial';

export const migrations = [
  {
    up: migration_20261129_084006_initial.up,
    down: migration_20261129_084006_initial.down,
    name: '20261129_084006_initial'
  },
];
