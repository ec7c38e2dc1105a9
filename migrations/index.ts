import * as migration_20261203_205137_initial from './20261203_205137_initial';

export const migrations = [
  {
    up: migration_20261203_205137_initial.up,
    down: migration_20261203_205137_initial.down,
    name: '20261203_205137_initial'
  },
];
