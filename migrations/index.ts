import * as migration_20261203_153314_initial from './20261203_153314_initial';

export const migrations = [
  {
    up: migration_20261203_153314_initial.up,
    down: migration_20261203_153314_initial.down,
    name: '20261203_153314_initial'
  },
];
