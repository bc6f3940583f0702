// Renders a corpus evaluation for the terminal (table, optional details) or as JSON.
import type { GoldRelation } from './gold.ts';
import type { Counts, Figures } from './metrics.ts';
import type { ArticleEvaluation, CorpusEvaluation } from './run.ts';
import type { NodeRef, WrongEdge } from './score.ts';

function figure(value: number | null): string {
  return value === null ? '  -  ' : value.toFixed(3);
}

function cell(f: Figures & Pick<Counts, 'found' | 'required'>): string {
  return `${figure(f.precision)} ${figure(f.recall)} ${figure(f.f1)} ${`${f.found}/${f.required}`.padStart(7)}`;
}

function row(label: string, width: number, entities: string, relations: string, forbidden: number): string {
  return `${label.padEnd(width)}  ${entities}   ${relations}   ${String(forbidden).padStart(9)}`;
}

function quote(text: string | undefined): string {
  if (!text) return '(no evidence given)';
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 200 ? `${flat.slice(0, 197)}...` : flat}"`;
}

function goldRelation(r: GoldRelation): string {
  const quantity = [r.count, r.object].filter((part) => part !== undefined).join(' ');
  return `${r.source.join('|')} -${r.type}-> ${r.target.join('|')}${quantity ? ` [${quantity}]` : ''}`;
}

function node(n: NodeRef): string {
  return `[${n.kind}] ${n.name}`;
}

function wrongEdge(e: WrongEdge): string {
  const mark = e.forbidden ? `  FORBIDDEN${e.forbidden.why ? ` (${e.forbidden.why})` : ''}` : '';
  return `${e.source.name} -${e.relation}-> ${e.target.name}${mark}\n        ${quote(e.evidence)}`;
}

function details(article: ArticleEvaluation): string[] {
  const { entities, relations } = article.score;
  const lines = [`${article.name}${article.title ? `: ${article.title}` : ''}`];
  const section = (heading: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`  ${heading} (${items.length}):`, ...items.map((item) => `    ${item}`));
  };
  section('missed relations', relations.missed.map((r) => `${goldRelation(r)}\n        ${quote(r.evidence)}`));
  section('wrong relations', relations.wrong.map(wrongEdge));
  section('missed entities', entities.missed.map((e) => `${e.id} [${e.type}] ${e.names[0] ?? ''}`));
  section('unmatched nodes', entities.unmatched.map(node));
  section('duplicate nodes', entities.duplicates.map((d) => `${node(d)} (same as ${d.gold.join('|')})`));
  if (lines.length === 1) lines.push('  nothing missed, nothing wrong');
  return lines;
}

export function formatEvaluation(result: CorpusEvaluation, verbose: boolean): string {
  const total = `micro-average (${result.articles.length} article${result.articles.length === 1 ? '' : 's'})`;
  const width = Math.max(total.length, ...result.articles.map((a) => a.name.length));
  const head = 'P     R     F1    found/req';
  const lines = [
    `${''.padEnd(width)}  ${'entities'.padEnd(head.length)}   ${'relations'.padEnd(head.length)}   forbidden`,
    `${'article'.padEnd(width)}  ${head}   ${head}`,
  ];
  for (const article of result.articles) {
    const { entities, relations } = article.score;
    lines.push(row(article.name, width, cell({ ...article.entities, ...entities.counts }), cell({ ...article.relations, ...relations.counts }), relations.forbidden));
  }
  lines.push('-'.repeat(lines[1]!.length + 12));
  lines.push(row(total, width, cell(result.entities), cell(result.relations), result.forbidden));
  lines.push('');
  lines.push(`entities:  P ${figure(result.entities.precision)}  R ${figure(result.entities.recall)}  F1 ${figure(result.entities.f1)}`);
  lines.push(`relations: P ${figure(result.relations.precision)}  R ${figure(result.relations.recall)}  F1 ${figure(result.relations.f1)}`);
  lines.push(`forbidden relations emitted: ${result.forbidden}`);
  if (verbose) for (const article of result.articles) lines.push('', ...details(article));
  return `${lines.join('\n')}\n`;
}

/** The JSON form: everything measured, without the gold files themselves. */
export function evaluationToJson(result: CorpusEvaluation): string {
  return `${JSON.stringify(
    {
      dir: result.dir,
      micro: { entities: result.entities, relations: result.relations, forbidden: result.forbidden },
      articles: result.articles.map(({ gold: _gold, ...article }) => article),
    },
    null,
    2,
  )}\n`;
}
