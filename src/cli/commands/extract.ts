import type { CommandModule } from 'yargs';
import { toGraphml } from '../../graph/graphml.ts';
import { summarizeGraph } from '../../graph/summary.ts';
import { writeWhole } from '../writeWhole.ts';

interface ExtractArgs {
  path: string;
  out?: string;
  format: 'json' | 'summary' | 'graphml';
}

// yargs turns a lone "-" into "" (yargs/yargs#1312); only a real "-" on the command line means stdin.
function inputPath(path: string): string {
  return path === '' && process.argv.slice(2).includes('-') ? '-' : path;
}

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract <path>',
  describe: 'Extract one article (a text or HTML file, or - for stdin) and print its graph',
  builder: (y) =>
    y
      .positional('path', { type: 'string', demandOption: true, describe: 'article file (.txt, .md, .html), or - for stdin' })
      .option('out', { alias: 'o', type: 'string', describe: 'write to this file instead of stdout' })
      .option('format', { alias: 'f', choices: ['json', 'summary', 'graphml'] as const, default: 'json' as const, describe: 'json: graphology serialisation; summary: readable text; graphml: for networkx, Gephi, apoc.import.graphml' }),
  handler: async (args) => {
    // The extractor loads with the command that runs it, not with every command (see index.ts).
    const { extractFile } = await import('../../pipeline/extractFile.ts');
    const { graph } = await extractFile(inputPath(args.path));
    const output = args.format === 'summary' ? summarizeGraph(graph) : args.format === 'graphml' ? toGraphml(graph) : `${JSON.stringify(graph.export(), null, 2)}\n`;
    if (args.out) await writeWhole(args.out, output);
    else process.stdout.write(output);
  },
};
