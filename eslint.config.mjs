import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import boundaries from 'eslint-plugin-boundaries'

/**
 * Layers of src/, lowest first. A layer may import from layers below it, never above:
 *   domain/                      pure rules: imports nothing outside itself (no Payload, Next, React)
 *   lib/ fields/ access/ routes/ shared building blocks: never collections/, data/, app/, components/
 * Everything else (collections, hooks, search, data, components, app, …) is above them.
 * Tests under domain/ keep their fixtures in domain/ (never src/seed).
 * `src/__tests__/boundaries.test.ts` proves the rules fail on a deliberate violation.
 */
const LAYERS = [
  'domain', 'lib', 'fields', 'access', 'routes', 'collections', 'data', 'app', 'components', 'seed',
  'hooks', 'search', 'transparency', 'plugins', 'globals', 'admin', 'i18n', '__tests__',
]
const FRAMEWORKS = ['payload', '@payloadcms/*', 'next', 'react', 'react-dom']

export const layerRules = {
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { alwaysTryTypes: true, project: './tsconfig.json' }, node: true },
    // First match wins: the layers, then anything else in src/ (payload-types.ts, proxy.ts, …).
    'boundaries/elements': [
      ...LAYERS.map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
      { type: 'src', pattern: 'src', partialMatch: false },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        checkAllOrigins: true,
        checkUnknownLocals: true,
        policies: [
          {
            from: { element: { type: 'domain' } },
            disallow: { to: { element: { type: '!domain' }, module: { origin: 'local' } } },
            message: 'domain/ is pure: it imports nothing outside src/domain',
          },
          {
            from: { element: { type: 'domain' } },
            disallow: { to: { module: { origin: 'external', source: FRAMEWORKS } } },
            message: 'domain/ is pure: no Payload, Next or React',
          },
          {
            from: { element: { types: { anyOf: ['lib', 'fields', 'access', 'routes'] } } },
            disallow: { to: { element: { types: { anyOf: ['collections', 'data', 'app', 'components'] } } } },
            message: 'lib/, fields/, access/ and routes/ are below collections/, data/, app/ and components/: move what they need down',
          },
          {
            from: { element: { type: 'domain' } },
            disallow: { to: { element: { type: 'seed' } } },
            message: 'tests under domain/ keep their fixtures in domain/, never src/seed',
          },
        ],
      },
    ],
  },
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'media/**',
      'test-results/**',
      'playwright-report/**',
      'migrations/**',
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...layerRules },
]

export default config
