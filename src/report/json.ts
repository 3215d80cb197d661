import type { Formatter } from './format.js';

/** The DESIGN.md contract, version 1: exactly the report, nothing added. */
export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
