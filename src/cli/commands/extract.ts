import { writeFile } from 'node:fs/promises';
import type { CommandModule } from 'yargs';
import { summarizeGraph } from '../../graph/summary.ts';
import { extractFile } from '../../pipeline/extractFile.ts';

interface ExtractArgs {
  path: string;
  out?: string;
  format: 'json' | 'summary';
}

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract <path>',
  describe: 'Extract one article (a file, or - for stdin) and print its graph',
  builder: (y) =>
    y
      .positional('path', { type: 'string', demandOption: true, describe: 'article file, or - for stdin' })
      .option('out', { alias: 'o', type: 'string', describe: 'write to this file instead of stdout' })
      .option('format', { alias: 'f', choices: ['json', 'summary'] as const, default: 'json' as const, describe: 'json: graphology serialisation; summary: readable text' }),
  handler: async (args) => {
    const { graph } = await extractFile(args.path);
    const output = args.format === 'summary' ? summarizeGraph(graph) : `${JSON.stringify(graph.export(), null, 2)}\n`;
    if (args.out) await writeFile(args.out, output);
    else process.stdout.write(output);
  },
};
