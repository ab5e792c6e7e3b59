// Generates the README's format reference from the manifest schema and the rule registry, so the documentation
// cannot drift from what the tool accepts (a test compares the README with this output).
import manifestSchema from '../../../schemas/manifest.schema.json' with { type: 'json' };
import { BUILTIN_CHECKS } from '../rules/builtin.js';
import { blockTitle, RULES } from '../rules/registry.js';
import { buildPolicySchema } from './policySchema.js';

interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  $ref?: string;
  anyOf?: SchemaNode[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

function resolve(root: { definitions?: Record<string, SchemaNode> }, node: SchemaNode): SchemaNode {
  if (node.$ref) {
    const name = node.$ref.replace('#/definitions/', '');
    return { ...(root.definitions?.[name] ?? {}), description: node.description ?? root.definitions?.[name]?.description };
  }
  return node;
}

function typeOf(root: { definitions?: Record<string, SchemaNode> }, raw: SchemaNode): string {
  const node = resolve(root, raw);
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (node.anyOf) return node.anyOf.map((n) => typeOf(root, n)).join(' or ');
  if (node.type === 'array') return `list of ${node.items ? typeOf(root, node.items) : 'values'}`;
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object' && !node.properties)
    return `map of name → ${typeOf(root, node.additionalProperties)}`;
  if (Array.isArray(node.type)) return node.type.join(' or ');
  const range = node.minimum !== undefined || node.maximum !== undefined ? ` (${node.minimum ?? ''}..${node.maximum ?? ''})` : '';
  return (node.type ?? 'value') + range;
}

function rows(root: { definitions?: Record<string, SchemaNode> }, node: SchemaNode, prefix: string, out: string[], depth = 0): void {
  const n = resolve(root, node);
  const target =
    n.type === 'object' && !n.properties && n.additionalProperties && typeof n.additionalProperties === 'object' ? resolve(root, n.additionalProperties) : n;
  const itemTarget = n.type === 'array' && n.items ? resolve(root, n.items) : null;
  const objectLike = itemTarget ?? target;
  const branches = objectLike.anyOf?.map((b) => resolve(root, b)).filter((b) => b.properties) ?? [];
  const props = objectLike.properties ?? branches[0]?.properties;
  if (!props || depth > 4) return;
  const required = new Set(objectLike.required ?? branches[0]?.required ?? []);
  const inner = objectLike !== n ? (itemTarget ? `${prefix}[]` : `${prefix}.<name>`) : prefix;
  for (const [key, child] of Object.entries(props)) {
    const path = inner ? `${inner}.${key}` : key;
    const c = resolve(root, child);
    out.push(`| \`${path}\` | ${typeOf(root, child)} | ${required.has(key) ? 'yes' : ''} | ${(c.description ?? '').replace(/\|/g, '\\|')} |`);
    rows(root, child, path, out, depth + 1);
  }
}

function table(schema: object): string {
  const out = ['| field | type | required | meaning |', '| --- | --- | --- | --- |'];
  rows(schema, schema, '', out);
  return out.join('\n');
}

export function renderReference(): string {
  const checks = RULES.map((c) => `| \`${c.id}\` | ${c.kind} | ${blockTitle(c.readinessBlock)} | ${c.owner ?? ''} | ${c.description} |`);
  const builtins = Object.entries(BUILTIN_CHECKS).map(([id, c]) => `| \`${id}\` | always | ${blockTitle(c.readinessBlock)} | | ${c.title}: ${c.remediation} |`);
  return [
    '### Rollout manifest (`schemas/manifest.schema.json`)',
    '',
    table(manifestSchema),
    '',
    '### Policy (`schemas/policy.schema.json`)',
    '',
    table(buildPolicySchema()),
    '',
    '### Check catalog',
    '',
    '`requirement` checks go under `require`, `hazard` checks under `block_if`; `mode` checks are switched on by `rollout_mode`, `pacing`, `owners` and `stages`; `always` checks cannot be switched off.',
    '',
    '| id | kind | readiness block | notifies | asks for |',
    '| --- | --- | --- | --- | --- |',
    ...checks,
    ...builtins,
  ].join('\n');
}
