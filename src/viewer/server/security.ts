// What every viewer response carries, and which request paths and Host headers it refuses.

/**
 * No inline script or style, nothing from another origin. `worker-src blob:` is the one
 * allowance: the ForceAtlas2 supervisor starts its worker from a blob URL (without it the
 * page throws when the layout starts). The PNG export draws canvases onto a canvas: it needs
 * no image source.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  'worker-src blob:',
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * True for any path that tries to climb out or hide from a literal comparison: `..` as a
 * segment, backslashes, NUL, after decoding as many times as it takes (double encoding too).
 * The server only serves exact names from its in-memory table anyway; this makes the refusal
 * explicit (400) instead of relying on a lookup miss.
 */
export function isSuspiciousPath(rawPath: string): boolean {
  let path = rawPath;
  for (let round = 0; round < 4; round += 1) {
    if (/(^|[/\\])\.\.([/\\]|$)/.test(path) || path.includes('\\') || path.includes('\0')) return true;
    if (!path.includes('%')) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return true; // malformed escapes are never one of our asset names
    }
    if (decoded === path) return false;
    path = decoded;
  }
  return true; // still encoded after four rounds: nobody legitimate does that
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/**
 * Guards a loopback-bound server against DNS rebinding: a page on another site that resolves
 * its own name to 127.0.0.1 would send its own Host header, which is refused here.
 */
export function isAllowedHostHeader(hostHeader: string | undefined, boundHost: string): boolean {
  if (!isLoopbackHost(boundHost)) return true; // the user chose to expose it; any name may reach it
  if (!hostHeader) return false;
  const name = hostHeader.replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK_NAMES.has(name) || name === boundHost || name.startsWith('127.');
}
