// Entity search over names and aliases: accent- and case-insensitive; whole-name and word-prefix
// matches rank above inner substrings, then better-connected nodes first.
import type { ViewerGraph } from './viewerGraph.ts';

export interface SearchHit {
  node: string;
  name: string;
  kind: string;
  /** The alias that matched, when it was not the name itself. */
  via?: string;
}

interface Entry {
  node: string;
  name: string;
  kind: string;
  degree: number;
  forms: { text: string; folded: string }[];
}

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function score(folded: string, query: string): number {
  if (folded === query) return 4;
  if (folded.startsWith(query)) return 3;
  if (folded.includes(` ${query}`) || folded.includes(`-${query}`)) return 2;
  if (folded.includes(query)) return 1;
  return 0;
}

export function createSearchIndex(graph: ViewerGraph) {
  const entries: Entry[] = graph.mapNodes((node, attributes) => {
    const forms = [attributes.name, ...(attributes.aliases ?? [])].filter((form, i, all) => form && all.indexOf(form) === i);
    return { node, name: attributes.name, kind: attributes.kind, degree: graph.degree(node), forms: forms.map((text) => ({ text, folded: fold(text) })) };
  });

  return {
    search(query: string, limit = 8): SearchHit[] {
      const q = fold(query);
      if (!q) return [];
      const hits: { hit: SearchHit; score: number; degree: number }[] = [];
      for (const entry of entries) {
        let best = 0;
        let via: string | undefined;
        for (const [i, form] of entry.forms.entries()) {
          const raw = score(form.folded, q);
          // The canonical name wins a tie with an alias.
          const s = raw === 0 ? 0 : raw + (i === 0 ? 0.5 : 0);
          if (s > best) {
            best = s;
            via = i === 0 ? undefined : form.text;
          }
        }
        if (best > 0) hits.push({ hit: { node: entry.node, name: entry.name, kind: entry.kind, ...(via ? { via } : {}) }, score: best, degree: entry.degree });
      }
      hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.hit.name.localeCompare(b.hit.name));
      return hits.slice(0, limit).map((entry) => entry.hit);
    },
  };
}
