// Query parameters from the command line: `name=text` gives a string, `name:=json` a typed value
// (number, boolean, list, map, null). Strings are the default because the stores compare types
// strictly: a CAMEO code "016" must stay text.
import { NewsgraphError } from '../errors.ts';

export function parseParams(specs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of specs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(:?=)([\s\S]*)$/.exec(spec);
    if (!match) throw new NewsgraphError('USAGE', `--param ${JSON.stringify(spec)} is not name=value (text) or name:=json`);
    const [, name, operator, raw] = match as unknown as [string, string, string, string];
    if (name in params) throw new NewsgraphError('USAGE', `--param ${name} is given twice`);
    if (operator === '=') {
      params[name] = raw;
      continue;
    }
    try {
      params[name] = JSON.parse(raw);
    } catch {
      throw new NewsgraphError('USAGE', `--param ${name}:= takes JSON (e.g. ${name}:=3, ${name}:='["a","b"]'); got ${JSON.stringify(raw)}`);
    }
  }
  return params;
}

/** `$name` parameters a statement uses, ignoring string literals and comments. */
export function parametersUsed(cypher: string): string[] {
  const code = cypher
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' ');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!))];
}
