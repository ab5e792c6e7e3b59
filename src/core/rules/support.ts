// Small pieces several rules share: evidence and owner requirements, and the capabilities they look at.
import type { EvidenceRef, Manifest, Owner } from '../model/manifest.js';
import type { OwnerCategory } from '../model/vocabulary.js';
import type { SourceLocation } from '../model/location.js';
import type { EvidenceStatus, JudgeContext, Violation } from './rule.js';

export function describeEvidenceProblem(path: string, status: EvidenceStatus): string | null {
  switch (status.kind) {
    case 'ok':
      return null;
    case 'missing':
      return `"${path}" does not exist at the evaluated commit`;
    case 'empty':
      return `"${path}" is empty`;
    case 'symlink':
      return `"${path}" is a symbolic link; evidence must be a regular file in the repository`;
    case 'not_a_file':
      return `"${path}" is not a regular file`;
    case 'outside_repo':
      return `"${path}" ${status.reason}`;
  }
}

/** A violation unless `ref` names a valid artifact; `what` says what the artifact is for. */
export function requireArtifact(ctx: JudgeContext, ref: EvidenceRef | null | undefined, what: string, field: string, missingAt: SourceLocation): Violation[] {
  if (!ref) return [{ at: missingAt, message: `no ${what}: \`${field}\` is not set` }];
  const trouble = describeEvidenceProblem(ref.path, ctx.evidence.status(ref.path));
  return trouble ? [{ at: ref.at, message: `${what} ${trouble}`, causes: [evidenceCause(ref.path)] }] : [];
}

/** The cause shared by every finding about one evidence file. */
export const evidenceCause = (path: string): string => `evidence:${path}`;

/** The cause shared by every finding about one orchestration path (its pattern, review and approvals). */
export const orchestrationCause = (path: string): string => `orchestration:${path}`;

/** The cause shared by every finding about one owner category. */
export const ownerCause = (category: OwnerCategory): string => `owner:${category}`;

/** A violation unless the owner is named (placeholders such as TBD, TODO or ? do not count). */
export function requireOwner(owner: Owner | null | undefined, label: string, missingAt: SourceLocation, category?: OwnerCategory): Violation[] {
  const causes = category ? [ownerCause(category)] : owner ? [`owner-line:${owner.at.line}`] : [];
  if (!owner) return [{ at: missingAt, message: `no ${label} is named`, causes }];
  if (owner.placeholder) return [{ at: owner.at, message: `${label} is a placeholder ("${owner.name}"), not a named owner`, causes }];
  return [];
}

export const writeCapabilities = (m: Manifest) => m.capabilities.filter((c) => c.access === 'write');

/** Runs can pause for a human: the manifest has an approval path, or a capability asks for approval. */
export const needsApprovalPath = (m: Manifest): boolean => m.approval !== null || m.capabilities.some((c) => c.requiresApproval);
