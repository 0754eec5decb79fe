import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// ECMA-262 §21.3.2 lets these be "implementation-approximated", and Node and Chromium do round them differently.
// Math.sqrt is left allowed: every engine computes it with IEEE 754's exactly rounded square root (so do the @stdlib
// ports); abs, floor, round, min, max, … are exact by definition.
const APPROXIMATED_MATH = [
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'atan2',
  'cbrt',
  'cos',
  'cosh',
  'exp',
  'expm1',
  'hypot',
  'log',
  'log1p',
  'log10',
  'log2',
  'pow',
  'sin',
  'sinh',
  'tan',
  'tanh',
]
const PORTABLE =
  'engines round this differently in the last bit: use sim/math/portable.ts (add the function there from @stdlib/math-base-special-*), or x * x for a square'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      'cli/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      'e2e/**/*.ts',
      '**/*.test.ts',
      '**/testing/**/*.ts',
      '*.config.*',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // ECMAScript leaves these Math functions (and `**`) implementation-approximated: Node and Chromium round them
    // differently in the last bit, so the engine would give different bytes in the browser and on the command line.
    // sim/ takes them from sim/math/portable.ts (pure IEEE arithmetic, the same bits everywhere); tests may use Math.
    files: ['sim/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...APPROXIMATED_MATH.map((property) => ({ object: 'Math', property, message: PORTABLE })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "BinaryExpression[operator='**']", message: PORTABLE },
        { selector: "AssignmentExpression[operator='**=']", message: PORTABLE },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
)
