// The one free-port finder of the test suites lives in the testkit.
export { freePort } from '@minimax-files/testkit';
