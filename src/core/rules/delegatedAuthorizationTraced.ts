import { defineRule, type Violation } from './rule.js';

const TRACED = ['authorization_mode', 'delegated_principal', 'delegated_scope'] as const;

export const delegatedAuthorizationTraced = defineRule({
  id: 'delegated_authorization_traced',
  kind: 'requirement',
  readinessBlock: 'safety_and_policy',
  title: 'Delegated authorization is traced',
  description: 'With delegated authorization, traces keep authorization_mode, delegated principal and scope, and revocation during a pause is handled.',
  remediation: 'List all three `authorization.traced_fields` and set `authorization.on_revoke`.',
  owner: 'risk',
  settings: [],
  needs: [],
  evaluate: (c) => {
    const a = c.manifest.authorization;
    if (!a || a.mode !== 'delegated') return [];
    const missing = TRACED.filter((f) => !a.tracedFields.includes(f));
    const out: Violation[] = [];
    if (missing.length > 0) out.push({ at: a.at, message: `delegated authorization does not trace ${missing.join(', ')}` });
    if (!a.onRevoke) out.push({ at: a.at, message: 'delegated authorization does not say what happens when access is revoked during a pause (`on_revoke`)' });
    return out;
  },
});
