// A waiver silences a check, so one that the pull request adds or renews is judged like any other
// release-bearing change: it takes effect in that change only when the owners the policy names approve it,
// within the policy's longest allowed term. Waivers already on the base hold as they are until they expire.
import type { Waiver } from '../model/manifest.js';
import type { ChangeOf } from '../report/model.js';
import { defineRule, type ApprovalRequest, type JudgeContext } from './rule.js';
import { ownerCategories, upperBound } from './setting.js';

export const WAIVER_APPROVERS = ownerCategories(
  ['waivers', 'approvers'],
  'Owner categories whose GitHub handles (from the manifest at the base) must approve a waiver that a pull request adds or renews before it takes effect in that pull request.',
);

export const WAIVER_MAX_DAYS = upperBound(
  ['waivers', 'max_days'],
  {
    type: 'integer',
    minimum: 1,
    maximum: 3650,
    description: 'Longest term, in days from the evaluated moment, of a waiver that a pull request adds or renews.',
  },
  { strict: 30, loose: 90 },
);

const ID = 'waiver_approved';
const DAY_MS = 86_400_000;

const addedWaivers = (c: JudgeContext): ChangeOf<'waiver_added'>[] => c.changes.filter((x): x is ChangeOf<'waiver_added'> => x.kind === 'waiver_added');

function requests(c: JudgeContext): ApprovalRequest[] {
  return addedWaivers(c).flatMap((x) =>
    c.policy.get(WAIVER_APPROVERS).map((category) => {
      // The approver's handle comes from the base: the pull request cannot name its own approver.
      const owner = c.base?.owners[category];
      const handle = owner && !owner.placeholder ? owner.github : null;
      const state = handle === null ? 'missing' : c.approvals.kind === 'reviews' ? c.approvals.stateOf(handle) : 'unchecked';
      return { check: ID, file: x.file, line: x.line, subject: `waiver for ${x.check} until ${x.to.expires}`, category, handle, state };
    }),
  );
}

/** Days from the evaluated moment to the end of the waiver's last day (UTC). */
function daysLeft(expires: string, now: Date): number {
  return Math.ceil((Date.parse(`${expires}T00:00:00Z`) + DAY_MS - now.getTime()) / DAY_MS);
}

/** Why a waiver the change adds is not in effect; null when it is. */
function whyNotInEffect(c: JudgeContext, x: ChangeOf<'waiver_added'>): string | null {
  const approvers = c.policy.get(WAIVER_APPROVERS);
  const maxDays = c.policy.get(WAIVER_MAX_DAYS);
  const what = `waiver for ${x.check} ${x.from === null ? 'added' : 'renewed'} in this change`;
  if (maxDays !== null && daysLeft(x.to.expires, c.now) > maxDays)
    return `${what} runs until ${x.to.expires}, longer than the ${maxDays} days the policy allows`;
  if (approvers.length === 0) return `${what} is not in effect: the policy names no \`waivers.approvers\` who could approve it here`;
  // A manifest new in the change names its own owners: nobody at the base can approve its waivers.
  if (c.base === null)
    return `${what} is not in effect: the manifest is new, so no owner named at the base can approve it; meet the check, or add the waiver in a later change`;
  const open = requests(c).filter((r) => r.line === x.line && r.state !== 'approved');
  if (open.length === 0) return null;
  const who = open.map((r) => (r.handle === null ? `the ${r.category} owner (no GitHub handle at the base)` : `the ${r.category} owner ${r.handle}`));
  return `${what} is not in effect until ${who.join(' and ')} approve${open.length === 1 ? 's' : ''} the pull request`;
}

/** Whether the head's waiver silences its check in this change: unchanged from the base, or added and approved. */
export function waiverInEffect(c: JudgeContext, w: Waiver): boolean {
  const added = addedWaivers(c).find((x) => x.line === w.at.line);
  return added === undefined || whyNotInEffect(c, added) === null;
}

export const waiverApproved = defineRule({
  id: ID,
  kind: 'mode',
  readinessBlock: 'safety_and_policy',
  title: 'Waiver approved',
  description:
    'A waiver that the pull request adds or renews takes effect only when the owners `waivers.approvers` lists approve the pull request (by the GitHub handles the manifest gives them at the base), within `waivers.max_days`; until then the waived check still runs. Waivers already on the base hold until they expire.',
  remediation: 'Ask the waiver approvers to approve the pull request, shorten the waiver, or meet the check instead.',
  owner: 'risk',
  settings: [WAIVER_APPROVERS, WAIVER_MAX_DAYS],
  needs: ['base', 'changes', 'reviews'],
  // Always on: a waiver added without approvers configured must still be reported, never silently honoured.
  active: () => true,
  approvals: requests,
  evaluate: (c) =>
    addedWaivers(c).flatMap((x) => {
      const why = whyNotInEffect(c, x);
      return why === null ? [] : [{ at: { file: x.file, line: x.line, column: 1 }, message: why }];
    }),
});
