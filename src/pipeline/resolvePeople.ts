// After a load: people the store holds under a short name in one article and a full name in
// another become one node where the graph leaves no doubt (the rules: src/graph/personMerges.ts).
import { nameRelatedPairs, planPersonMerges } from '../graph/personMerges.ts';
import { readArticlesMentioning, readStoredPeople } from '../store/storedPeople.ts';
import type { Store } from '../store/types.ts';

/** Plans and makes the merges, all in one transaction; returns how many people were merged away. */
export async function resolvePeopleAcrossArticles(store: Store): Promise<number> {
  const people = await readStoredPeople(store);
  const pairs = nameRelatedPairs(people);
  if (pairs.length === 0) return 0;
  const articles = await readArticlesMentioning(store, [...new Set(pairs.flatMap((pair) => [pair.from, pair.into]))]);
  const merges = planPersonMerges(people, (id) => articles.get(id) ?? [], pairs);
  return store.mergePeople(merges);
}
