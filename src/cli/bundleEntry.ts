// The CLI bundle's entry (see cliBundle.ts): newsgraph.js asks it whether it is current, then runs it.
export { cliBundleIsCurrent as isCurrent } from './cliBundle.ts';
export { runCli as run } from './main.ts';
