/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts?(x)'],
  transform: {
    // Transpile only: `npm run typecheck` (tsc over src, test, bench and scripts) is the type
    // check, once; ts-jest checking every file again in every worker doubled the suite's time.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', isolatedModules: true }],
  },
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup/customFunctions.ts'],
  testTimeout: 60000,
};
