// The policy's JSON Schema, derived from the settings the registry declares (each with its own fragment),
// so a setting cannot exist without its schema. `npm run generate` writes it to schemas/policy.schema.json,
// which editors read and which the validators are compiled from; a test keeps the file current.
import { OWNER_CATEGORIES } from '../model/vocabulary.js';
import { ALL_SETTINGS } from '../rules/registry.js';
import type { JsonSchema } from '../rules/setting.js';

type MutableSchema = { type: 'object'; additionalProperties: false; properties: Record<string, JsonSchema | MutableSchema> };

const section = (): MutableSchema => ({ type: 'object', additionalProperties: false, properties: {} });

export function buildPolicySchema(): JsonSchema {
  const rollout = section();
  rollout.properties['applies_to'] = {
    type: 'array',
    minItems: 1,
    items: { type: 'string', minLength: 1 },
    description: 'Globs (minimatch) of the manifests this policy gates. Default: every manifest.',
  };
  for (const s of ALL_SETTINGS) {
    // Settings with a two-part path share their section (`pacing`, `rollout_mode`, `approvals`).
    let parent = rollout;
    for (const key of s.path.slice(0, -1)) {
      const existing = parent.properties[key];
      if (existing !== undefined && !('properties' in existing)) throw new Error(`policy setting ${s.path.join('.')} sits inside a setting`);
      parent = (existing as MutableSchema | undefined) ?? (parent.properties[key] = section());
    }
    const leaf = s.path[s.path.length - 1]!;
    if (parent.properties[leaf] !== undefined) throw new Error(`two policy settings claim ${s.path.join('.')}`);
    parent.properties[leaf] = s.schema;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://rollout-gate.dev/schemas/policy.schema.json',
    title: 'rollout-gate rollout checklist policy',
    description: 'Which readiness checks gate the rollout manifests it applies to. Generated from the rule registry by `npm run generate`.',
    type: 'object',
    additionalProperties: false,
    required: ['rollout'],
    properties: { rollout: rollout },
    definitions: { ownerCategory: { enum: [...OWNER_CATEGORIES] } },
  };
}

export const policySchemaText = (): string => JSON.stringify(buildPolicySchema(), null, 2) + '\n';
