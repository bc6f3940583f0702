// Runs test/bench/<name>.ts when its engineer has written it: the module's exported `bench` function
// (or its default export) gets the corpus and the loaded database and may return figures.
export interface BenchContext {
  corpusDir: string;
  /** The Kùzu database the load step filled. */
  dbPath: string;
  articles: number;
  seed: number;
  /** Prints one line of the report. */
  say: (line: string) => void;
}

type BenchFunction = (context: BenchContext) => unknown;

export async function runOptionalBench(name: 'store' | 'viewer', context: BenchContext): Promise<unknown> {
  let module: Record<string, unknown>;
  try {
    module = (await import(`./${name}.ts`)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`${name}.ts`)) {
      context.say(`(${name}) no test/bench/${name}.ts yet: skipped`);
      return undefined;
    }
    context.say(`(${name}) test/bench/${name}.ts failed to load: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const run = [module.bench, module.default, ...Object.values(module)].find((value): value is BenchFunction => typeof value === 'function');
  if (!run) {
    context.say(`(${name}) test/bench/${name}.ts exports no function: skipped`);
    return undefined;
  }
  try {
    return await run(context);
  } catch (error) {
    context.say(`(${name}) bench failed: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
