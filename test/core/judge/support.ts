// Table cases for judgeManifest: a head (and maybe a base) manifest, evidence statuses, a policy.
import type { Judgement } from '../../../src/core/judge/judgeManifest.js';
import type { ApprovalIndex } from '../../../src/core/rules/rule.js';
import { EVIDENCE_FILES } from '../../fixtures/seeds.js';
import type { EvidenceKindName } from '../../helpers/arbitraries.js';
import { FAKE_OID, judgeTexts, memoryContent, type MemoryHistory } from '../../helpers/judge.js';

export interface PureCase {
  readonly check: string;
  readonly head: string;
  readonly base?: string;
  /** Text on the line the finding must point at; undefined: the `rollout_plan:` line. */
  readonly at?: string;
  /** Lines from `at` to the expected line, where the line itself has no unique text. */
  readonly lineOffset?: number;
  readonly message: RegExp;
  /** Evidence statuses over "every standard evidence file is fine"; 'none': no evidence at all. */
  readonly evidence?: Readonly<Record<string, EvidenceKindName>> | 'none';
  readonly baseOids?: Readonly<Record<string, string>>;
  /** A policy file on the base; default: the embedded default policy. */
  readonly policy?: string;
  readonly dwellSince?: Date | null;
  readonly approvals?: ApprovalIndex;
  /** Typed evidence files by path, read by the product's readers, and their history. */
  readonly files?: Readonly<Record<string, string>>;
  readonly history?: MemoryHistory;
}

/** The blob id the in-memory index gives every valid file: as a base oid it means "not updated in this change". */
export const UNCHANGED_REVIEW = FAKE_OID;

const ALL_OK = Object.fromEntries(Object.keys(EVIDENCE_FILES).map((p) => [p, 'ok' as const]));

export function judgeCase(c: PureCase, now: Date): Judgement {
  return judgeTexts({
    file: 'rollouts/renewal-risk.yaml',
    base: c.base ?? null,
    head: c.head,
    policies: c.policy ? [['policies/p.yaml', c.policy]] : [],
    evidence:
      c.evidence === 'none' ? {} : { ...ALL_OK, ...Object.fromEntries(Object.keys(c.files ?? {}).map((p) => [p, 'ok' as const])), ...(c.evidence ?? {}) },
    baseOids: c.baseOids,
    now,
    dwellSince: c.dwellSince === undefined ? new Date(now.getTime() - 30 * 86_400_000) : c.dwellSince,
    approvals: c.approvals,
    ...(c.files ? { content: memoryContent(c.files, c.history) } : {}),
  });
}
