// The `newsgraph` command line: yargs wiring only; each command lives in ./commands.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { NewsgraphError } from '../errors.ts';
import { commands } from './commands/index.ts';

function fail(error: unknown): never {
  if (error instanceof NewsgraphError) {
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph: ${message.split('\n')[0]}\n`);
  if (process.env.NEWSGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

const cli = yargs(hideBin(process.argv))
  .scriptName('newsgraph')
  .usage('$0 <command> [options]\n\nBuild a knowledge graph of who did what to whom from news articles.')
  .strict()
  .demandCommand(1, 'Name a command; see newsgraph --help.')
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
