// The CLI bundle's entry (see cliBundle.ts): newsgraph.js asks it whether it is current, then runs it.
export { cliBundleIsCurrent as isCurrent } from './cliBundle.ts';
export { runCli as run } from './main.ts';
// The checkout the bundle was built from: another checkout sharing node_modules keeps its own there.
export { PROJECT_ROOT as builtFrom } from '../pipeline/cachedBuild.ts';
