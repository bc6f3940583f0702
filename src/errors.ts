// Errors a user can act on. The CLI prints `newsgraph: <message>` and exits with `exitCode`.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_INVALID'
  | 'GOLD_INVALID'
  | 'STORE_CONNECTION'
  | 'STORE_WRITE'
  | 'STORE_QUERY'
  | 'QUERY_NOT_READ_ONLY'
  | 'USAGE';

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsgraphError';
    this.code = code;
    this.exitCode = options?.exitCode ?? (code === 'USAGE' ? 64 : code.startsWith('INPUT') || code === 'GOLD_INVALID' ? 65 : 1);
  }
}

export class InputError extends NewsgraphError {}
export class StoreError extends NewsgraphError {}

/** The first line of an error's message: reasons in reports and one-line errors quote only that. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
