#!/usr/bin/env node
// The CLI is written in TypeScript and run through tsx's loader (no build step to forget).
import { register } from 'tsx/esm/api';

// `ghostguard batch ... | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
