import type { CommandModule } from 'yargs';

interface EvalArgs {
  dir: string;
  verbose: boolean;
  json: boolean;
}

export const evalCommand: CommandModule<object, EvalArgs> = {
  command: 'eval <dir>',
  describe: 'Score the extractor on a folder of NAME.txt (or .md, .html) + NAME.gold.json pairs (see ANNOTATION.md)',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', demandOption: true, describe: 'folder of annotated articles' })
      .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'list, per article, what was missed and what was wrong' })
      .option('json', { type: 'boolean', default: false, describe: 'print the result as JSON' })
      .epilogue(
        'Entities: recall over required gold Person/State/Agency, precision over system Person/State/Agency nodes; ' +
          'nodes matching optional gold entities are neither right nor wrong. Relations: EXPELLED, ACCUSED, DENIED, CONGRATULATED; ' +
          'micro-averaged over the folder. Exit code 0 whenever scoring ran.',
      ),
  handler: async (args) => {
    // The extractor loads with the command that runs it, not with every command (see index.ts).
    const [{ evaluateCorpus }, { evaluationToJson, formatEvaluation }] = await Promise.all([import('../../eval/run.ts'), import('../../eval/report.ts')]);
    const result = await evaluateCorpus(args.dir);
    process.stdout.write(args.json ? evaluationToJson(result) : formatEvaluation(result, args.verbose));
  },
};
