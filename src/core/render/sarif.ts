// SARIF 2.1.0, for code-scanning uploads: one rule per check id that fired, one result per finding.
import type { Report } from '../report/model.js';
import { alsoFails } from '../report/phrases.js';
import { BUILTIN_CHECKS, isBuiltinId } from '../rules/builtin.js';
import { blockTitle, findRule } from '../rules/registry.js';

export function renderSarif(report: Report): string {
  const ids = [...new Set(report.findings.map((f) => f.check))].sort();
  const rules = ids.map((id) => {
    const rule = findRule(id);
    const builtin = isBuiltinId(id) ? BUILTIN_CHECKS[id] : undefined;
    const finding = report.findings.find((f) => f.check === id)!;
    return {
      id,
      name: id,
      shortDescription: { text: rule?.title ?? builtin?.title ?? id },
      fullDescription: { text: rule?.description ?? finding.message },
      help: { text: rule?.remediation ?? builtin?.remediation ?? finding.remediation },
      properties: { readinessBlock: blockTitle(finding.readinessBlock) },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, rules } },
        results: report.findings.map((f) => ({
          ruleId: f.check,
          ruleIndex: ids.indexOf(f.check),
          level: f.severity === 'block' ? 'error' : 'warning',
          message: { text: `${f.message}${f.covers.length > 0 ? `; ${alsoFails(f) ?? ''}` : ''} (${f.remediation})` },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: f.column } } }],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
