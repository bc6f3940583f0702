// The full `newsgraph load` into a fresh Kùzu database, run as a user runs it (the CLI in its own
// process, all workers), timed end to end.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { KuzuStore } from '../../src/store/kuzu/kuzuStore.ts';

export interface LoadFigures {
  /** Wall time of the whole command: start-up, discovery, extraction, writes, close. */
  wallSeconds: number;
  /** The command's own report (see LoadReport) plus the store location. */
  report: {
    loaded: number;
    alreadyStored: number;
    skipped: { input: string; reason: string }[];
    nodes: number;
    edges: number;
    extractedNodes: number;
    extractedEdges: number;
    seconds: number;
    peakRssMb: number;
  };
  /** Highest resident set size seen by sampling /proc while it ran (Linux), in MB. */
  sampledPeakRssMb: number;
  /** Every relationship in the database afterwards, MENTIONS included (the database starts empty). */
  storedRelationships: number;
}

/** The load's peak RSS in MB: the higher of its own report (getrusage) and /proc sampling. */
export function peakRssOf(figures: LoadFigures): number {
  return Math.max(figures.report.peakRssMb, figures.sampledPeakRssMb);
}

const CLI = fileURLToPath(new URL('../../src/cli/newsgraph.js', import.meta.url));

async function rssMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

export async function measureLoad(corpusDir: string, dbPath: string, workers: number, batch: number, extraArgs: readonly string[] = []): Promise<LoadFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'load', corpusDir, '--db', dbPath, '--json', '--workers', String(workers), '--batch', String(batch), ...extraArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // The benchmark measures the embedded default, whatever Neo4j this shell points at.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_'))),
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  let sampledPeakRssMb = 0;
  const sampler = setInterval(() => {
    if (child.pid) void rssMb(child.pid).then((mb) => (sampledPeakRssMb = Math.max(sampledPeakRssMb, mb)));
  }, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`newsgraph load exited with ${code}: ${stdout.trim().split('\n').pop() ?? ''}`);
  const last = stdout.trim().split('\n').pop() ?? '';
  return { wallSeconds, report: JSON.parse(last) as LoadFigures['report'], sampledPeakRssMb: Math.round(sampledPeakRssMb), storedRelationships: await countRelationships(dbPath) };
}

async function countRelationships(dbPath: string): Promise<number> {
  const store = await KuzuStore.open({ path: dbPath, readOnly: true });
  try {
    const rows = await store.query('MATCH ()-[r]->() RETURN count(r) AS n');
    return Number(rows[0]?.n ?? 0);
  } finally {
    await store.close();
  }
}
