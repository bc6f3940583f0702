#!/usr/bin/env node
// Runs the TypeScript sources through tsx so `npx newsgraph` works right after `npm install`,
// with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
