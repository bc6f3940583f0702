import type { CommandModule } from 'yargs';
import { toGraphml } from '../../graph/graphml.ts';
import { openStoreFromArgs, type StoreArgs, storeOptions } from '../storeOptions.ts';
import { writeWhole } from '../writeWhole.ts';

const EXPORT_FORMATS = ['graphml', 'json'] as const;

interface ExportArgs extends StoreArgs {
  format: (typeof EXPORT_FORMATS)[number];
  out?: string;
}

export const exportCommand: CommandModule<object, ExportArgs> = {
  command: 'export',
  describe: 'Export the stored graph (entities and their relationships) as GraphML or graphology JSON',
  builder: (y) =>
    storeOptions(y)
      .option('format', { alias: 'f', choices: EXPORT_FORMATS, default: 'graphml' as const, describe: 'graphml: for networkx, igraph, Gephi, apoc.import.graphml; json: graphology serialisation' })
      .option('out', { alias: 'o', type: 'string', describe: 'write to this file instead of stdout' }) as never,
  handler: async (args) => {
    const store = await openStoreFromArgs(args, { readOnly: true });
    let output: string;
    try {
      const graph = await store.exportGraph();
      output = args.format === 'graphml' ? toGraphml(graph) : `${JSON.stringify(graph.export(), null, 2)}\n`;
    } finally {
      await store.close();
    }
    if (args.out) await writeWhole(args.out, output);
    else process.stdout.write(output);
  },
};
