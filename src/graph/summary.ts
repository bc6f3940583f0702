// A readable, plain-text summary of a graph for the terminal.
import type { NewsGraph } from './model.ts';

export function summarizeGraph(graph: NewsGraph): string {
  const lines: string[] = [];
  const title = graph.getAttribute('title');
  if (title) lines.push(`Article: ${title}`);
  lines.push(`${graph.order} nodes, ${graph.size} edges`, '', 'Nodes:');
  const nodes = graph.mapNodes((key, a) => ({ key, ...a })).sort((x, y) => x.kind.localeCompare(y.kind) || x.name.localeCompare(y.name));
  for (const node of nodes) {
    const extra = node.aliases.filter((alias) => alias !== node.name);
    lines.push(`  [${node.kind}] ${node.name}${node.title ? ` (${node.title})` : ''}${extra.length ? `  aka ${extra.join(', ')}` : ''}`);
  }
  lines.push('', 'Edges:');
  graph.forEachEdge((_key, a, _source, _target, sa, ta) => {
    const count = a.count !== undefined ? ` [${a.count}${a.object ? ` ${a.object}` : ''}]` : '';
    lines.push(`  ${sa.name} -${a.relation}${a.cameo ? `/${a.cameo}` : ''}-> ${ta.name}${count}`);
    lines.push(`      "${a.evidence.length > 160 ? `${a.evidence.slice(0, 157)}...` : a.evidence}"`);
  });
  return `${lines.join('\n')}\n`;
}
