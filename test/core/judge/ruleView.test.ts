// What a rule sees of the judgement's inputs: the ones it declares in `needs`, and an error naming the
// rule and the input for any other, so a rule that reads history without saying so fails its table tests
// instead of passing silently whenever the engine skips the walk.
import { viewFor } from '../../../src/core/judge/judgeManifest.js';
import type { JudgeContext, RuleInput } from '../../../src/core/rules/rule.js';
import { evidenceFresh } from '../../../src/core/rules/evidenceFresh.js';

const full = {
  manifest: { file: 'rollouts/a.yaml' },
  policy: { name: 'policy' },
  now: new Date('2026-06-01T00:00:00Z'),
  base: null,
  changes: [{ kind: 'exposure_increased' }],
  evidence: { name: 'evidence' },
  dwell: { kind: 'none' },
  approvals: { name: 'approvals' },
  sources: [{ path: 'flags/a.json' }],
} as unknown as JudgeContext;

const ACCESSORS: [RuleInput, keyof JudgeContext][] = [
  ['base', 'base'],
  ['changes', 'changes'],
  ['evidence', 'evidence'],
  ['history', 'dwell'],
  ['reviews', 'approvals'],
  ['sources', 'sources'],
];

describe('the view a rule gets', () => {
  test('always carries the manifest, the policy and now', () => {
    const view = viewFor({ ...evidenceFresh, needs: [] }, full);
    expect(view.manifest).toBe(full.manifest);
    expect(view.policy).toBe(full.policy);
    expect(view.now).toBe(full.now);
  });

  test.each(ACCESSORS)('gives %s (as `%s`) to a rule that declares it', (input, key) => {
    expect(viewFor({ ...evidenceFresh, needs: [input] }, full)[key]).toBe(full[key]);
  });

  test.each(ACCESSORS)('refuses %s (as `%s`) to a rule that does not declare it', (input, key) => {
    const others = ACCESSORS.map(([i]) => i).filter((i) => i !== input);
    const view = viewFor({ ...evidenceFresh, needs: others }, full);
    expect(() => view[key]).toThrow(`rule evidence_fresh reads the ${input} input without declaring it in \`needs\``);
  });
});
