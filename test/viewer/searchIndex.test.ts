// Search ranking and the URL form of the view state (pure modules of the page, run under Node).
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/viewer/web/searchIndex.ts';
import { EMPTY_STATE } from '../../src/viewer/web/state.ts';
import { readUrlState, urlSearchFor } from '../../src/viewer/web/urlState.ts';
import type { ViewerGraph } from '../../src/viewer/web/viewerGraph.ts';
import { buildSeedGraph } from './fixtures/seedGraph.ts';

// The search reads only names, aliases, kinds and degrees, which the data graph already has (the
// display graph's builder pulls in sigma's WebGL programs, which Node cannot load).
const graph = buildSeedGraph() as unknown as ViewerGraph;
const index = createSearchIndex(graph);

describe('entity search', () => {
  it('finds a node by an alias and says which alias matched', () => {
    const [hit] = index.search('Putin');
    expect(hit).toMatchObject({ node: 'vladimir-putin', name: 'Vladimir Putin', via: 'Putin' });
  });

  it('ranks whole-name and prefix matches above inner substrings', () => {
    const hits = index.search('rus');
    expect(hits[0]?.node).toBe('russia');
    expect(hits.map((hit) => hit.node)).toContain('russian-embassy-in-washington');
  });

  it('ignores case, accents and extra spaces', () => {
    expect(index.search('  THERÉSA   may ')[0]?.node).toBe('theresa-may');
  });

  it('prefers the canonical name to an alias when both match', () => {
    expect(index.search('Donald Trump')[0]).toEqual({ node: 'donald-trump', name: 'Donald Trump', kind: 'Person' });
  });

  it('returns nothing for an empty query or no match, and honours the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
    expect(index.search('e', 3)).toHaveLength(3);
  });
});

describe('view state in the URL', () => {
  it('round-trips selection and filters', () => {
    const state = { ...EMPTY_STATE, selectedNode: 'vladimir-putin', hiddenKinds: new Set(['Place', 'Event']), hiddenRelations: new Set(['LEADS']) };
    const search = urlSearchFor(state);
    expect(search).toBe('?node=vladimir-putin&hideKinds=Event%2CPlace&hideRelations=LEADS');
    expect(readUrlState(search)).toEqual({ selectedNode: 'vladimir-putin', selectedEdge: null, hiddenKinds: new Set(['Event', 'Place']), hiddenRelations: new Set(['LEADS']) });
  });

  it('writes nothing for the default view', () => {
    expect(urlSearchFor(EMPTY_STATE)).toBe('');
  });
});
