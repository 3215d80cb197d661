#!/usr/bin/env node
import { CommanderError } from 'commander';
import { createProgram } from './program.js';

const program = createProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; every usage error is exit code 2 (DESIGN.md).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`ssot-kit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
