import * as migration_20261129_063916_initial from './20261129_063916_initial';

export const migrations = [
  {
    up: migration_20261129_063916_initial.up,
    down: migration_20261129_063916_initial.down,
    name: '20261129_063916_initial'
  },
];
