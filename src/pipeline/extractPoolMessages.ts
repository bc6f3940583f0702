// The messages between the extraction pool and its worker threads (structured-clone safe).
import type { ExtractOutcome, LoadSource } from './loadTypes.ts';

export interface WorkerRequest {
  seq: number;
  source: LoadSource;
}

export type WorkerReply = { kind: 'ready' } | { kind: 'outcome'; seq: number; outcome: ExtractOutcome };
