import type { CommandModule } from 'yargs';
import { NewsgraphError } from '../../errors.ts';
import { readQueryFile } from '../../store/cypherFiles.ts';
import { parametersUsed, parseParams } from '../../store/queryParams.ts';
import { formatRows, ROW_FORMATS, type RowFormat } from '../../store/rowFormats.ts';
import { openStoreFromArgs, type StoreArgs, storeOptions } from '../storeOptions.ts';

interface QueryArgs extends StoreArgs {
  cypher?: string;
  file?: string;
  param: string[];
  format: RowFormat;
  write: boolean;
}

export const queryCommand: CommandModule<object, QueryArgs> = {
  command: 'query [cypher]',
  describe: 'Run a Cypher query against the store (read-only unless --write); the library is in cypher/queries',
  builder: (y) =>
    storeOptions(y)
      .positional('cypher', { type: 'string', describe: 'the Cypher statement (or use --file)' })
      .option('file', { alias: 'F', type: 'string', describe: 'read the statement from a .cypher file, e.g. cypher/queries/who-expelled-whom.cypher' })
      .option('param', { alias: 'p', type: 'string', array: true, nargs: 1, requiresArg: true, default: [] as string[], describe: 'a parameter: name=text, or name:=json for numbers, lists, ...' })
      .option('format', { alias: 'f', choices: ROW_FORMATS, default: 'table' as RowFormat, describe: 'output format' })
      .option('write', { type: 'boolean', default: false, describe: 'allow the statement to change the store' })
      .example('$0 query --file cypher/queries/actor-activity.cypher --param name=Russia', 'everything Russia did')
      .example('$0 query "MATCH (a)-[r:EXPELLED]->(b) RETURN a.name, b.name, r.count" --format csv', 'expulsions as CSV') as never,
  handler: async (args) => {
    if ((args.cypher === undefined) === (args.file === undefined)) {
      throw new NewsgraphError('USAGE', 'give the query either as an argument or with --file, not both');
    }
    const file = args.file === undefined ? undefined : await readQueryFile(args.file);
    const cypher = file ? file.text : args.cypher!;
    const params = parseParams(args.param);
    const used = parametersUsed(cypher);
    for (const name of used) {
      if (!(name in params)) {
        const declared = file?.parameters.find((parameter) => parameter.name === name);
        throw new NewsgraphError('USAGE', `the query uses $${name}: give it with --param ${name}=VALUE${declared?.description ? ` (${declared.description})` : ''}`);
      }
    }
    for (const name of Object.keys(params)) {
      if (!used.includes(name)) throw new NewsgraphError('USAGE', `--param ${name} is not used by the query`);
    }
    const store = await openStoreFromArgs(args, { readOnly: !args.write });
    try {
      const rows = await store.query(cypher, params, { write: args.write });
      process.stdout.write(formatRows(rows, args.format));
    } finally {
      await store.close();
    }
  },
};
