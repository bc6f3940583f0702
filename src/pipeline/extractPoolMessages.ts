// The messages between the extraction pool and its worker threads (structured-clone safe).
import type { BulkRowFormat } from '../store/types.ts';
import type { ExtractOutcome, LoadSource } from './loadTypes.ts';

export interface WorkerRequest {
  seq: number;
  source: LoadSource;
  /** Prepare the article for a bulk load in this row format (see prepareBulk.ts). */
  prepare?: BulkRowFormat;
}

export type WorkerReply = { kind: 'ready' } | { kind: 'outcome'; seq: number; outcome: ExtractOutcome };
