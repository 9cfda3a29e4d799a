#!/usr/bin/env node
// The kit is TypeScript; tsx (a dependency of this package) compiles it on load, resolved from here rather than the caller's folder.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
