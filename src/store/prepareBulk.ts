// Turns an extracted article into the form a store's bulk load stages. Pure and free of any
// database driver, so extraction workers can run it and hand over ready rows.
import { prepareKuzuBulkArticle } from './kuzu/bulkRows.ts';
import type { ArticleGraph, BulkRowFormat, PreparedBulkArticle } from './types.ts';

/** Validates `article` (a bad one throws StoreError) and prepares it in `format`. */
export function prepareBulkArticle(format: BulkRowFormat, article: ArticleGraph): PreparedBulkArticle {
  switch (format) {
    case 'kuzu-csv':
      return prepareKuzuBulkArticle(article);
  }
}
