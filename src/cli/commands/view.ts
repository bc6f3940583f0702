import type { CommandModule } from 'yargs';
import { NewsgraphError } from '../../errors.ts';
import { fileGraphSource, storeGraphSource, type GraphSource } from '../../viewer/server/graphSource.ts';
import { DEFAULT_HOST, DEFAULT_PORT, startViewerServer } from '../../viewer/server/server.ts';
import { openStoreFromArgs, storeOptions, type StoreArgs } from '../storeOptions.ts';

interface ViewArgs extends StoreArgs {
  file?: string;
  port: number;
  host: string;
}

function openSource(args: ViewArgs): Promise<GraphSource> {
  if (args.file) return fileGraphSource(args.file);
  return storeGraphSource(() => openStoreFromArgs(args, { readOnly: true }));
}

function checkPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new NewsgraphError('USAGE', `--port must be a whole number from 0 to 65535, not ${port}`);
}

export const viewCommand: CommandModule<object, ViewArgs> = {
  command: 'view [file]',
  describe: 'Serve the graph viewer on a local URL: the store (default), or a graph JSON file',
  builder: (y) =>
    storeOptions(y)
      .positional('file', { type: 'string', describe: 'a graph JSON file (output of newsgraph extract) instead of the store' })
      .option('port', { type: 'number', default: DEFAULT_PORT, describe: 'port to listen on (0: any free port)' })
      .option('host', { type: 'string', default: DEFAULT_HOST, describe: 'address to listen on; anything but 127.0.0.1 exposes the graph to your network' }),
  handler: async (args) => {
    checkPort(args.port);
    const source = await openSource(args);
    let server;
    try {
      server = await startViewerServer({ source, host: args.host, port: args.port });
    } catch (error) {
      await source.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new NewsgraphError('USAGE', `port ${args.port} on ${args.host} is already in use; choose another with --port`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new NewsgraphError('USAGE', `cannot listen on ${args.host}: no such local address`);
      throw error;
    }
    process.stdout.write(`newsgraph viewer: ${server.url}  (${source.origin}; Ctrl+C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await source.close();
  },
};
