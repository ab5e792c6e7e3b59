// Kubernetes files often hold several YAML documents; a bound source must hold exactly one, so the gate
// reads the object the manifest names and nothing a later document could shadow.
import { problem, type InputProblem } from '../model/location.js';

/** A problem when the text holds more than one YAML document (a `---` line with content after it). */
export function singleDocumentProblem(file: string, bytes: Buffer | string, kind: string, object: string): InputProblem | null {
  const lines = (typeof bytes === 'string' ? bytes : bytes.toString('utf8')).split('\n');
  let content = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^---\s*$/.test(line)) {
      if (content && lines.slice(i + 1).some((l) => l.trim() !== '' && !l.trimStart().startsWith('#')))
        return problem(
          { file, line: i + 1, column: 1 },
          `${kind}: the file holds more than one YAML document`,
          `keep the ${object} in a file of its own, so the gate reads exactly the object the manifest binds`,
        );
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#')) content = true;
  }
  return null;
}
