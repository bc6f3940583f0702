// The `newsgraph` command line: yargs wiring only; each command lives in ./commands.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { NewsgraphError } from '../errors.ts';
import { commands } from './commands/index.ts';

/** One line, always: messages from libraries (yargs, drivers) may span several. */
function oneLine(message: string): string {
  return message.split(/\s*\n\s*/).filter(Boolean).join(' ').replace(/:\s*;/g, ':');
}

function fail(error: unknown): never {
  if (error instanceof NewsgraphError) {
    process.stderr.write(`newsgraph: ${oneLine(error.message)}\n`);
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph: ${oneLine(message)}\n`);
  if (process.env.NEWSGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

/** Runs the command line in process.argv (an export, not top-level code, so that the CLI bundle can load it first and run it after). */
export async function runCli(): Promise<void> {
  // `newsgraph ... | head` closes stdout early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    fail(error);
  });

  const cli = yargs(hideBin(process.argv))
    .scriptName('newsgraph')
    .usage('$0 <command> [options]\n\nBuild a knowledge graph of who did what to whom from news articles.')
    .strict()
    .demandCommand(1, 'Name a command.')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) fail(error);
      fail(new NewsgraphError('USAGE', `${message} (see newsgraph --help)`));
    });

  for (const command of commands) cli.command(command);

  try {
    await cli.parseAsync();
  } catch (error) {
    fail(error);
  }
}
