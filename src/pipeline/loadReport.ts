// The loader's final report, as text for people and as JSON for scripts.
import type { LoadReport } from './loadTypes.ts';

const number = new Intl.NumberFormat('en-US');
const count = (n: number, noun: string): string => `${number.format(n)} ${noun}${n === 1 ? '' : 's'}`;

export function formatLoadReport(report: LoadReport, location: string): string {
  const lines = [
    `${report.interrupted ? 'Interrupted: stopped after the last complete batch. Run the same command again to finish.\n' : ''}` +
      `Loaded ${count(report.loaded, 'article')} into ${location} in ${report.seconds.toFixed(1)} s`,
    `  already stored: ${number.format(report.alreadyStored)}`,
    `  skipped: ${number.format(report.skipped.length)}`,
    ...report.skipped.map((skip) => `    - ${skip.reason}`),
    `  store: ${count(report.nodes, 'entity node')} and ${count(report.edges, 'relationship')} written ` +
      (report.bulk ? 'in one bulk transaction' : '(as the store counts them; an entity in several batches counts in each)'),
    `  extracted: ${count(report.extractedNodes, 'entity node')}, ${count(report.extractedEdges, 'relation')}`,
    `  people merged across articles: ${number.format(report.peopleMerged)}`,
    `  inputs found: ${number.format(report.inputs)}; read: ${(report.bytes / 1024 / 1024).toFixed(1)} MB; peak memory: ${report.peakRssMb} MB`,
  ];
  return `${lines.join('\n')}\n`;
}

export function loadReportJson(report: LoadReport, location: string): string {
  return `${JSON.stringify({ store: location, ...report })}\n`;
}

/**
 * 130 after Ctrl-C (the shell convention for SIGINT); 65 (bad input) when no article could be
 * used at all; 0 otherwise, even with some files skipped: they are listed in the report.
 */
export function loadExitCode(report: LoadReport): number {
  if (report.interrupted) return 130;
  if (report.loaded + report.alreadyStored === 0 && report.skipped.length > 0) return 65;
  return 0;
}
