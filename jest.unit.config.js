/**
 * `npm run test:unit`: the quick inner loop — core, functions, sheets, xlsx, the Excel fake, the
 * catalogue, the pane's pure logic, the layer and cycle checks. Left to `npm test`: the suites that
 * need a production build, LibreOffice or Chromium, and the jsdom suites that render the whole pane.
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
    '\\.test\\.tsx$',
  ],
};
