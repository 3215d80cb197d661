import type { GateResult } from '../check/gate.js';
import type { CheckReport } from '../check/types.js';

export interface FormatContext {
  readonly gate?: GateResult;
  /** ANSI colour (text format only): on for a TTY unless NO_COLOR is set. */
  readonly color?: boolean;
}

export type Formatter = (report: CheckReport, context: FormatContext) => string;

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];
