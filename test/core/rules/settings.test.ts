// Every policy setting, core or owned by a rule, declares how several policies combine it and what
// loosens it; these tables hold each declaration to its own examples, so a new setting is pinned the
// moment it is registered.
import { loadPolicy } from '../../../src/core/load/documents.js';
import { combinePolicies } from '../../../src/core/policy/effective.js';
import { settingsLoosening } from '../../../src/core/policy/loosening.js';
import { settingValues, type Policy } from '../../../src/core/policy/policy.js';
import { ALL_SETTINGS } from '../../../src/core/rules/registry.js';
import { settingLabel, type Setting } from '../../../src/core/rules/setting.js';
import { readFileSync } from 'node:fs';
import { buildPolicySchema, policySchemaText } from '../../../src/core/docs/policySchema.js';

/** A policy file that sets only `value` at the setting's path. */
function policyWith(setting: Setting<unknown>, value: unknown, file = 'policies/p.yaml'): Policy {
  const nested = setting.path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  const loaded = loadPolicy(file, JSON.stringify({ rollout: nested }));
  if (!loaded.ok) throw new Error(`${settingLabel(setting)}: example does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.value;
}

const cases = ALL_SETTINGS.map((s) => [settingLabel(s), s] as const);

describe.each(cases)('policy setting %s', (_label, setting) => {
  const strict = () => policyWith(setting, setting.examples.strict, 'policies/strict.yaml');
  const loose = () => policyWith(setting, setting.examples.loose, 'policies/loose.yaml');
  const none = settingValues(new Map());

  test('its strict example combined with its loose one gives the strict value, in either order', () => {
    const s = strict();
    const l = loose();
    expect(combinePolicies([s, l]).get(setting)).toEqual(s.get(setting));
    expect(combinePolicies([l, s]).get(setting)).toEqual(s.get(setting));
  });

  test('going from strict to loose loosens it, and the reverse, or no change, does not', () => {
    expect(settingsLoosening(strict(), loose()).length).toBeGreaterThan(0);
    expect(settingsLoosening(loose(), strict())).toEqual([]);
    expect(settingsLoosening(strict(), strict())).toEqual([]);
  });

  test('removing it from the policy loosens it, unless leaving it out is already the strict end', () => {
    const s = strict();
    if (JSON.stringify(s.get(setting)) === JSON.stringify(setting.unset)) expect(settingsLoosening(s, none)).toEqual([]);
    else expect(settingsLoosening(s, none).length).toBeGreaterThan(0);
  });

  test('the policy schema has it at its path', () => {
    let node: unknown = (buildPolicySchema() as { properties: { rollout: unknown } }).properties.rollout;
    for (const key of setting.path) node = (node as { properties: Record<string, unknown> }).properties[key];
    expect(node).toBe(setting.schema);
  });
});

// Removing a policy file or narrowing its applies_to is judged by its effect on the manifests it gates:
// test/engine/policyEffect.test.ts.
describe('a policy file changed in a pull request', () => {
  const file = (text: string) => {
    const p = loadPolicy('policies/p.yaml', text);
    if (!p.ok) throw new Error(p.problems[0]!.message);
    return p.value;
  };

  test('dropping the approvals it asks for loosens it', () => {
    const before = file('rollout:\n  approvals:\n    orchestration_pattern_change: [technical, risk]\n');
    expect(settingsLoosening(before, file('rollout: {}\n'))).toEqual(['approvals.orchestration_pattern_change no longer lists technical, risk']);
  });

  test('changing a custom check loosens it (a changed schema cannot be shown to be stricter)', () => {
    const check = (required: string) =>
      `rollout:\n  custom_checks:\n    - id: support_named\n      block: ownership_and_rollback\n      message: name support\n      schema: { required: [${required}] }\n`;
    expect(settingsLoosening(file(check('rollout_plan')), file(check('other')))).toEqual([expect.stringMatching(/custom check support_named changes/)]);
  });
});

test('the committed policy schema is the one the registry gives', () => {
  expect(readFileSync('schemas/policy.schema.json', 'utf8')).toBe(policySchemaText());
});
