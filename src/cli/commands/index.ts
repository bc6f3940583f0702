// Every CLI command, in the order --help lists them. The commands that extract load the extractor
// (and html-to-text) in their handlers: `load` runs it on worker threads only, and a start-up that
// skips it is ~0.1 s shorter.
import type { CommandModule } from 'yargs';
import { evalCommand } from './eval.ts';
import { exportCommand } from './export.ts';
import { extractCommand } from './extract.ts';
import { loadCommand } from './load.ts';
import { queryCommand } from './query.ts';
import { viewCommand } from './view.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [extractCommand, loadCommand, queryCommand, exportCommand, evalCommand, viewCommand];
