// A trie over token texts, built once at module load, so that every lexicon lookup is one walk
// from a token with no per-sentence allocation.
import { withoutAccents } from './accents.ts';
import { tokenize } from './tokens.ts';
import type { Token } from './types.ts';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Exclusive end token index. */
  end: number;
  values: readonly T[];
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  constructor(private readonly caseless = false) {}

  private key(text: string): string {
    return this.caseless ? text.toLowerCase() : text;
  }

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const token of tokenize(phrase)) {
      const k = this.key(token.text);
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node !== this.root) node.values.push(value);
  }

  /** Longest phrase starting at token `from`, or undefined. */
  longest(tokens: readonly Token[], from: number): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = from; i < tokens.length; i++) {
      const token = tokens[i]!;
      // Token.lower is the text in lower case, except the possessive "'" that reads "'s".
      const key = this.caseless && token.lower.length === token.text.length ? token.lower : this.key(token.text);
      const next: TrieNode<T> | undefined = node.next.get(key);
      // "Burkinabè" for "Burkinabe": the phrases hold both the spelling given and the plain one.
      const plain: string = next === undefined ? withoutAccents(key) : key;
      node = next ?? (plain !== key ? node.next.get(plain) : undefined);
      if (!node) break;
      if (node.values.length > 0) best = { end: i + 1, values: node.values };
    }
    return best;
  }
}
