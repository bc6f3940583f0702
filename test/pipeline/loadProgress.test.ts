import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressReporter, progressLine } from '../../src/pipeline/loadProgress.ts';
import { formatLoadReport, loadExitCode } from '../../src/pipeline/loadReport.ts';
import type { LoadProgress, LoadReport } from '../../src/pipeline/loadTypes.ts';

const MB = 1024 * 1024;
const at = (done: number): LoadProgress => ({ done, total: 10, loaded: done - 1, skipped: 1, bytes: done * MB, seconds: done / 2 });

describe('load progress', () => {
  it('writes a plain line with articles, MB/s and ETA', () => {
    expect(progressLine(at(4))).toBe('load: 4/10 articles (40%), 3 loaded, 1 skipped, 4.0 MB at 2.00 MB/s, ETA 3 s');
  });

  it('writes plain lines to a stream that is not a terminal, at most once per interval', async () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const reporter = createProgressReporter({ stream: stream as unknown as NodeJS.WriteStream, interval: 0.05 });
    reporter.update(at(1));
    reporter.update(at(2));
    expect(written).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 60));
    reporter.update(at(3));
    reporter.update(at(4));
    reporter.stop();
    expect(written).toBe(`${progressLine(at(3))}\n`);
  });
});

describe('load report', () => {
  it('lists every skipped input with its reason', () => {
    const report: LoadReport = {
      loaded: 2, alreadyStored: 1, skipped: [{ input: 'x.txt', reason: 'x.txt is empty' }], nodes: 5, edges: 7,
      extractedNodes: 6, extractedEdges: 3, bytes: MB, inputs: 4, seconds: 1.25, bulk: false, peopleMerged: 2, interrupted: true, peakRssMb: 90,
    };
    const text = formatLoadReport(report, 'kuzu at ./db');
    expect(text).toMatch(/^Interrupted: /);
    expect(text).toContain('Loaded 2 articles into kuzu at ./db in 1.3 s');
    expect(text).toContain('already stored: 1');
    expect(text).toContain('people merged across articles: 2\n');
    expect(text).toContain('skipped: 1\n    - x.txt is empty');
    expect(text).toContain('store: 5 entity nodes and 7 relationships written (as the store counts them');
    expect(formatLoadReport({ ...report, bulk: true }, 'kuzu at ./db')).toContain('store: 5 entity nodes and 7 relationships written in one bulk transaction\n');
  });
});

describe('load exit code', () => {
  const base: LoadReport = {
    loaded: 1, alreadyStored: 0, skipped: [], nodes: 0, edges: 0, extractedNodes: 0, extractedEdges: 0, bytes: 1, inputs: 1, seconds: 0, bulk: false, peopleMerged: 0, interrupted: false, peakRssMb: 1,
  };
  it('is 0 when something loaded, even with skips, 65 when nothing could be used, 130 when interrupted', () => {
    expect(loadExitCode(base)).toBe(0);
    expect(loadExitCode({ ...base, skipped: [{ input: 'x', reason: 'x is empty' }] })).toBe(0);
    expect(loadExitCode({ ...base, loaded: 0, alreadyStored: 3 })).toBe(0);
    expect(loadExitCode({ ...base, loaded: 0, skipped: [{ input: 'x', reason: 'x is empty' }] })).toBe(65);
    expect(loadExitCode({ ...base, interrupted: true })).toBe(130);
  });
});

describe('load progress after stop', () => {
  it('writes nothing once stopped, so the report and messages that follow stay readable', async () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const reporter = createProgressReporter({ stream: stream as unknown as NodeJS.WriteStream, interval: 0 });
    reporter.update(at(1));
    reporter.update(at(2));
    reporter.stop();
    reporter.update(at(3));
    expect(written).toBe(`${progressLine(at(1))}\n${progressLine(at(2))}\n`);
  });
});

describe('load progress notes', () => {
  const capture = (isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
    Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    return { stream: stream as unknown as NodeJS.WriteStream, text: () => written };
  };

  it('keeps a short run quiet in a log, but writes the note once progress lines were printed', () => {
    const quiet = capture(false);
    const short = createProgressReporter({ stream: quiet.stream, interval: 60 });
    short.update(at(1));
    short.note('load: writing 9 staged article(s) to kuzu in one transaction');
    expect(quiet.text()).toBe('');

    const log = capture(false);
    const long = createProgressReporter({ stream: log.stream, interval: 0 });
    long.update(at(1));
    long.note('load: writing 9 staged article(s) to kuzu in one transaction');
    expect(log.text()).toBe(`${progressLine(at(1))}\nload: writing 9 staged article(s) to kuzu in one transaction\n`);
  });

  it('ends the bar on a terminal and writes the note on a line of its own', () => {
    const terminal = capture(true);
    const bar = createProgressReporter({ stream: terminal.stream });
    bar.update(at(5));
    bar.note('load: writing 4 staged article(s) to kuzu in one transaction');
    bar.update(at(6));
    expect(terminal.text()).toMatch(/\nload: writing 4 staged article\(s\) to kuzu in one transaction\n$/);
  });
});
