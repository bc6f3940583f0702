// Every CLI command, in the order --help lists them.
import type { CommandModule } from 'yargs';
import { evalCommand } from './eval.ts';
import { exportCommand } from './export.ts';
import { extractCommand } from './extract.ts';
import { loadCommand } from './load.ts';
import { queryCommand } from './query.ts';
import { viewCommand } from './view.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [extractCommand, loadCommand, queryCommand, exportCommand, evalCommand, viewCommand];
