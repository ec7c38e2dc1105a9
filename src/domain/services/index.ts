/** Public services and dossiers: pure rules (no Payload, Next or React). */
export * from './codes'
export * from './fold'
export * from './lookup'
export * from './options'
export * from './rows'
export * from './stats'
export * from './timeliness'
export * from './report'
