import * as migration_20261203_182851_initial from './20261203_182851_initial';

export const migrations = [
  {
    up: migration_20261203_182851_initial.up,
    down: migration_20261203_182851_initial.down,
    name: '20261203_182851_initial'
  },
];
