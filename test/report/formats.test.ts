import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/check/gate.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadConfig } from '../../src/config/index.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { FORMATS, loadFormatter, type FormatName, type Formatter } from '../../src/report/index.js';
import { RULES_FIXTURE } from '../check/helpers.js';

const formatters = Object.fromEntries(await Promise.all(FORMATS.map(async (f) => [f, await loadFormatter(f)] as const))) as Record<FormatName, Formatter>;
const report = await runCheck({ config: loadConfig({ cwd: RULES_FIXTURE }), cwd: RULES_FIXTURE });
const gate = evaluateGate(report, { maxViolations: 10 });
// ajv-draft-04 is CommonJS with a default export: reach the class however the loader wraps it.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const sarifSchema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

describe('report formats (golden files)', () => {
  for (const format of ['text', 'json', 'sarif', 'markdown', 'github'] as const) {
    it(format, async () => {
      await expect(formatters[format](report, { gate })).toMatchFileSnapshot(`golden/rules-fixture.${format}.golden`);
    });
  }

  it('text is coloured only when asked (a TTY without NO_COLOR)', () => {
    expect(formatters.text(report, { gate })).not.toContain('\u001b[');
    expect(formatters.text(report, { gate, color: true })).toContain('\u001b[31merror\u001b[0m');
  });
});

describe('SARIF', () => {
  const validate = new Ajv({ strict: false, unicodeRegExp: false, validateFormats: false }).compile(sarifSchema);

  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatters.sarif(report, { gate }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is what GitHub code scanning needs: rules with help URIs, relative locations, regions', () => {
    const log = JSON.parse(formatters.sarif(report, { gate }));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'ssot/no-module-singleton', 'ssot/no-singleton-getter-call', 'ssot/no-direct-factory-construction', 'ssot/require-user-context',
    ]);
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/\/docs\/rules\/[a-z-]+\.md$/);
    expect(run.results).toHaveLength(12);
    const first = run.results[0];
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/agents/factory.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 13 },
    });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
  });

  it('a report with errors still validates and marks the run unsuccessful', () => {
    const broken = { ...report, errors: [{ file: 'src/broken file.ts', message: 'Unexpected token (2:0)' }] };
    const log = JSON.parse(formatters.sarif(broken, {}));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/broken%20file.ts');
  });
});

describe('GitHub workflow commands', () => {
  it('escape data and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('emit one ::error per finding with file, line, col and an escaped title', () => {
    const out = formatters.github({ ...report, findings: [{ ...report.findings[0]!, file: 'src/a,b:c.ts', message: 'line one\nline two' }] }, {});
    expect(out.split('\n')[0]).toBe('::error file=src/a%2Cb%3Ac.ts,line=10,col=5,endLine=10,endColumn=13,title=ssot/no-module-singleton::line one%0Aline two');
  });
});

describe('markdown', () => {
  it('leads with compliance and lists rules with links', () => {
    const md = formatters.markdown(report, { gate });
    expect(md.split('\n')[0]).toBe('## ssot-kit check ❌ gate failed');
    expect(md).toContain('**Compliance: 20.0 %**');
    expect(md).toContain('**Why the gate failed:**\n\n- 12 violation(s), more than --max-violations 10\n');
    expect(md).toContain('| [`ssot/no-singleton-getter-call`](https://github.com/ssot-kit/ssot-kit/blob/main/docs/rules/no-singleton-getter-call.md) | 6 |');
  });
});

it('json is the report itself', () => {
  expect(JSON.parse(formatters.json(report, { gate }))).toEqual(JSON.parse(JSON.stringify(report)));
  expect(readFileSync(new URL('./golden/rules-fixture.json.golden', import.meta.url), 'utf8')).toBe(formatters.json(report, { gate }));
});
