import type { CommandModule } from 'yargs';
import { NewsgraphError } from '../../errors.ts';
import { discoverInputs } from '../../pipeline/discoverInputs.ts';
import { DEFAULT_BATCH_SIZE, defaultWorkerCount, emptyReport, LoadFailedError, loadCorpus, peakRssMb } from '../../pipeline/loadCorpus.ts';
import { createProgressReporter } from '../../pipeline/loadProgress.ts';
import { formatLoadReport, loadExitCode, loadReportJson } from '../../pipeline/loadReport.ts';
import type { LoadReport } from '../../pipeline/loadTypes.ts';
import { prestartExtractWorkers } from '../../pipeline/spareWorkers.ts';
import type { Store } from '../../store/types.ts';
import { bulkRowFormatFromArgs, openStoreFromArgs, type StoreArgs, storeOptions } from '../storeOptions.ts';

interface LoadArgs extends StoreArgs {
  paths: string[];
  workers: number;
  batch: number;
  json: boolean;
  bulk: boolean;
  progress: boolean;
  'progress-interval': number;
}

// yargs drops a lone "-" from a variadic positional (yargs/yargs#1312); a "-" on the command line means stdin.
function inputPaths(paths: readonly string[]): string[] {
  const given = paths.filter((path) => path !== '');
  return process.argv.slice(2).includes('-') && !given.includes('-') ? [...given, '-'] : given;
}

function requireWholeNumber(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new NewsgraphError('USAGE', `--${name} must be a whole number of at least ${min}, got ${value}`);
}

export const loadCommand: CommandModule<object, LoadArgs> = {
  command: 'load <paths..>',
  describe: 'Extract articles (files, folders of .txt/.md/.html, or - for stdin) in parallel and load them into the store',
  builder: (y) =>
    storeOptions(y)
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'article files, folders (searched recursively), or - for stdin' })
      .option('workers', { alias: 'w', type: 'number', default: defaultWorkerCount(), describe: 'extraction threads (0: extract on the main thread; default: one per core, at most 8)' })
      .option('batch', { alias: 'b', type: 'number', default: DEFAULT_BATCH_SIZE, describe: 'articles per store transaction' })
      .option('bulk', {
        type: 'boolean',
        default: true,
        describe: 'into an empty Kùzu database, stage the rows on disk and write them in one transaction at the end (faster; --no-bulk: batch by batch)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'print the final report as one JSON object' })
      .option('progress', { type: 'boolean', default: true, describe: 'show progress on stderr (--no-progress: none)' })
      .option('progress-interval', { type: 'number', default: 5, describe: 'seconds between progress lines when stderr is not a terminal' }),
  handler: async (args) => {
    requireWholeNumber('workers', args.workers, 0);
    requireWholeNumber('batch', args.batch, 1);
    const paths = inputPaths(args.paths);
    if (paths.length === 0) throw new NewsgraphError('USAGE', 'name at least one file or folder to load, or - for stdin');
    // The workers start while discovery and the store opening run (~0.1 s each); a pool that needs
    // fewer (a folder of one file) ends the rest, and none keeps the process alive.
    if (args.workers > 0) void prestartExtractWorkers(args.workers);
    const discovery = await discoverInputs(paths);
    if (discovery.sources.length === 0) {
      // Nothing to read: report why without creating or touching a database.
      const report = emptyReport(discovery.skipped);
      process.stdout.write(args.json ? loadReportJson(report, args.db) : formatLoadReport(report, 'the store'));
      process.exitCode = loadExitCode(report);
      return;
    }
    // Extraction starts while the store opens (~0.2 s for Kùzu) when the rows it will take are
    // known already: asked before opening, which creates the database.
    const expectedRowFormat = args.bulk ? bulkRowFormatFromArgs(args) : undefined;
    const opening = openStoreFromArgs(args); // opened and initialised; loadCorpus reports a failure
    let store: Store | undefined;
    opening.then(
      (opened) => (store = opened),
      () => {},
    );

    // First Ctrl-C: finish the batch being written, then report. Second: quit at once (the
    // store's open transaction is rolled back, so nothing is half written either way).
    const progress = args.progress ? createProgressReporter({ interval: args['progress-interval'] }) : undefined;
    const stop = new AbortController();
    let bulk = false;
    const onSigint = (): void => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
      progress?.stop();
      process.stderr.write(
        bulk
          ? 'newsgraph: stopping; writing the articles staged so far (Ctrl-C again to quit at once and write none of them)\n'
          : 'newsgraph: stopping after the current batch (Ctrl-C again to quit at once)\n',
      );
    };
    process.on('SIGINT', onSigint);
    let report: LoadReport;
    let closing = 0;
    try {
      report = await loadCorpus(discovery, opening, {
        expectedRowFormat,
        workers: args.workers,
        batchSize: args.batch,
        bulk: args.bulk,
        signal: stop.signal,
        onProgress: progress ? (p) => progress.update(p) : undefined,
        onBulkStart: () => (bulk = true),
        onBulkWrite: (articles) => progress?.note(`load: writing ${articles} staged article(s) to ${store?.kind ?? 'the store'} in one transaction`),
      });
    } catch (error) {
      progress?.stop();
      if (error instanceof LoadFailedError && store) process.stdout.write(args.json ? loadReportJson(error.report, store.location) : formatLoadReport(error.report, `${store.kind} at ${store.location}`));
      throw error;
    } finally {
      process.off('SIGINT', onSigint);
      closing = performance.now();
      await store?.close();
    }
    // Closing checkpoints the store (Kùzu: seconds and the peak memory on a large database): count it.
    report = { ...report, seconds: report.seconds + (performance.now() - closing) / 1000, peakRssMb: peakRssMb() };
    progress?.stop();
    const opened = await opening; // a load that ran had its store
    process.stdout.write(args.json ? loadReportJson(report, opened.location) : formatLoadReport(report, `${opened.kind} at ${opened.location}`));
    process.exitCode = loadExitCode(report);
  },
};
