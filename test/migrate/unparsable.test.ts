import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({}, '/repo');

// A file the parsers cannot read is left byte for byte; the error says why when the file itself does.
describe('migrate on a file that does not parse', () => {
  it("leaves it untouched and names a Flow module for what it is (parse-server's // @flow files)", () => {
    const flow = "// @flow\r\nexport const sorted = (where) => getAgentInstanceFactory() && Object.keys((where.sorts: any)).length;\r\n";
    const result = migrateSource(flow, '/repo/src/sorted.js', config);
    expect(result.output).toBe(flow);
    expect(result.changed).toBe(false);
    expect(result.error).toMatch(/\(2:\d+\) — a Flow file \(@flow\), which TypeScript's parser cannot read: list it in exclude$/);
  });

  it("names a template for what it is (etherpad's src/templates/*.js, EJS inside JavaScript)", () => {
    const template = "(async () => {\n  window.clientVars = {\n    version: <%-JSON.stringify(settings.version)%>,\n  };\n  getAgentInstanceFactory();\n})();\n";
    const result = migrateSource(template, '/repo/src/templates/padBootstrap.js', config);
    expect(result.output).toBe(template);
    expect(result.error).toMatch(/\(3:\d+\) — a template \(<% … %>\), not JavaScript: list it in exclude$/);
    // A tag in a string elsewhere says nothing of a failure on another line.
    const broken = "const layout = '<%= title %>';\nexport const = getAgentInstanceFactory();\n";
    expect(migrateSource(broken, '/repo/src/layout.js', config).error).toMatch(/\(2:\d+\)$/);
  });

  it('adds nothing to the message of a file that is simply broken', () => {
    const broken = '/* @flowchart */\nexport const = getAgentInstanceFactory();\n';
    const result = migrateSource(broken, '/repo/src/broken.ts', config);
    expect(result.output).toBe(broken);
    expect(result.error).toMatch(/\(2:\d+\)$/);
  });
});
