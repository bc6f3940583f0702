// Worker thread entry. src/cli/newsgraph.js registers tsx in the main thread only, and a worker
// inherits no module hooks, so the worker registers tsx itself before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
