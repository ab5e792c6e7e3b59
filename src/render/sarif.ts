// SARIF 2.1.0, for code-scanning uploads: one rule per check id that fired, one result per finding.
import { BUILTIN_CHECKS, blockTitle, findCheck } from '../checks/catalog.js';
import type { Report } from '../report/model.js';

export function renderSarif(report: Report): string {
  const ids = [...new Set(report.findings.map((f) => f.check))].sort();
  const rules = ids.map((id) => {
    const def = findCheck(id);
    const builtin = Object.hasOwn(BUILTIN_CHECKS, id) ? (BUILTIN_CHECKS as Record<string, { title: string; remediation: string }>)[id] : undefined;
    const finding = report.findings.find((f) => f.check === id)!;
    return {
      id,
      name: id,
      shortDescription: { text: def?.title ?? builtin?.title ?? id },
      fullDescription: { text: def?.description ?? finding.message },
      help: { text: def?.remediation ?? builtin?.remediation ?? finding.remediation },
      properties: { readinessBlock: blockTitle(finding.block) },
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
          message: { text: `${f.message} (${f.remediation})` },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: f.column } } }],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
