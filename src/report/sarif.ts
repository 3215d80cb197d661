import plugin from '../../rules/index.js';
import { VERSION } from '../version.js';
import type { Formatter } from './format.js';
import { ruleDocsUrl } from './rule-docs.js';

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: the driver lists every rule with its help URI,
 * results point at relative URIs under %SRCROOT%, and files that could not be checked are
 * tool execution notifications.
 */
export const formatSarif: Formatter = (report) => {
  const ruleIds = Object.keys(plugin.rules).map((name) => `ssot/${name}`);
  const rules = Object.entries(plugin.rules).map(([name, rule]) => ({
    id: `ssot/${name}`,
    name: name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.meta.docs?.description ?? name },
    helpUri: ruleDocsUrl(`ssot/${name}`),
    help: { text: `${rule.meta.docs?.description ?? name}. See ${ruleDocsUrl(`ssot/${name}`)}`, markdown: `[${name}](${ruleDocsUrl(`ssot/${name}`)})` },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['ssot', 'security', 'isolation'] },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ssot-kit', version: VERSION, informationUri: 'https://github.com/ssot-kit/ssot-kit', rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory ssot-kit check ran in.' } } },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(ruleIds.includes(f.ruleId) ? { ruleIndex: ruleIds.indexOf(f.ruleId) } : {}),
          level: 'error',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(e.file), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
