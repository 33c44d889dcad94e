/**
 * `npm run test:unit`: the quick inner loop — core, functions, sheets, xlsx, the Excel fake, the
 * catalogue, the pane's pure logic, the layer and cycle checks. Left to `npm test`: the suites that
 * need a production build, LibreOffice or Chromium, the command-line suites (each test starts a
 * child process), the jsdom suites that render the whole pane, and the scale tests
 * (`*.scale.test.ts`: hundreds of thousands of rows or tiers).
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  // Every core (jest's default leaves one free): about a minute of CPU finishes in half that on two.
  maxWorkers: '100%',
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/build\\.test\\.ts$',
    '<rootDir>/test/libreoffice\\.test\\.ts$',
    '<rootDir>/test/libreofficeRefresh\\.test\\.ts$',
    '<rootDir>/test/print(OwnData)?\\.test\\.ts$',
    '<rootDir>/test/close/closedStatementPdf\\.test\\.ts$',
    '<rootDir>/test/scripts/',
    '\\.test\\.tsx$',
    '\\.scale\\.test\\.ts$',
  ],
};
