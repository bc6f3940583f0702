// Turns neo4j-driver failures into one line that names the server and the cause.
import { StoreError } from '../../errors.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** The socket-level reason buried in the driver's message ("... Caused by: connect ECONNREFUSED ..."). */
function socketCause(error: unknown): string | undefined {
  const texts = [messageOf(error)];
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause) texts.push(messageOf(cause));
  for (const text of texts) {
    if (/ECONNREFUSED/.test(text)) return 'connection refused (is Neo4j running and listening on that port?)';
    if (/ENOTFOUND|EAI_AGAIN/.test(text)) return 'unknown host';
    if (/EHOSTUNREACH|ENETUNREACH/.test(text)) return 'host unreachable';
    if (/ETIMEDOUT|timed out/i.test(text)) return 'no answer in time (is it a Neo4j Bolt port?)';
    if (/ECONNRESET|closed/i.test(text)) return 'the server closed the connection (is it a Neo4j Bolt port? does it expect TLS: bolt+s://?)';
  }
  return undefined;
}

export function connectionError(uri: string, user: string, error: unknown): StoreError {
  const code = codeOf(error);
  let cause: string;
  if (code === 'Neo.ClientError.Security.Unauthorized') cause = `authentication failed for user "${user}" (check NEO4J_USER / NEO4J_PASSWORD or --neo4j-user / --neo4j-password)`;
  else if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') cause = 'too many failed logins; the server is refusing attempts for a while';
  else cause = socketCause(error) ?? (messageOf(error).split('\n')[0] ?? '').split('. ')[0] ?? 'unknown error';
  return new StoreError('STORE_CONNECTION', `cannot connect to Neo4j at ${uri}: ${cause}`, { cause: error });
}

/** A failure while connected: the connection itself dropped, or the statement failed. */
export function isConnectionFailure(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security.');
}

export function isAccessModeRefusal(error: unknown): boolean {
  return codeOf(error) === 'Neo.ClientError.Statement.AccessMode' || /in read access mode/i.test(messageOf(error));
}
