// Deterministic ids: the same text always yields the same node, article and edge keys, so a
// reload changes nothing and two stores agree on identity.
import { hash } from 'node:crypto';
import anyAscii from 'any-ascii';

/**
 * "Théresa  May!" -> "theresa-may". Node ids are the slug of the canonical name. any-ascii, not
 * NFKD alone: letters with no decomposition ("Radosław", "Søren", "Đoković") keep their base
 * letter, so two articles that spell a name with and without them share the node.
 */
export function slug(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// One call per id (crypto.hash, Node >= 20.12; package.json asks for 20.19): ~3x faster than a
// Hash object fed part by part, and the same bytes hashed, so the same ids.
function shortHash(parts: readonly (string | number)[], length: number): string {
  return hash('sha256', `${parts.join('\u0000')}\u0000`, 'hex').slice(0, length);
}

/**
 * The node key of something only this article is known to mean (an incident it denies, "the
 * Foreign Ministry" of a state it never names): the slug plus the article, so that two articles
 * never share the node by accident.
 */
export function articleScopedKey(name: string, article: string): string {
  return scopedToArticle(slug(name), article);
}

/** A node key (a slug already) made the article's own, as articleScopedKey does for a name. */
export function scopedToArticle(key: string, article: string): string {
  return `${key}-${article.slice(2, 10)}`;
}

/** Article id from its normalised text: the same article loaded twice is one Article node. */
export function articleId(normalisedText: string): string {
  return `a-${shortHash([normalisedText], 16)}`;
}

/** One relationship per stated event: article + source + relation + target + sentence. */
export function edgeId(article: string, source: string, relation: string, target: string, sentenceStart: number): string {
  return `e-${shortHash([article, source, relation, target, sentenceStart], 20)}`;
}
