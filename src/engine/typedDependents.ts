// A change that edits a typed evidence file, or a source its freshness depends on (a prompt under
// `sources`), re-judges the manifests that name it, even when it does not touch them: editing results by
// hand, or prompts without running the eval again, must not slip past as "the manifest did not change".
// They are among the candidates the run's one search of the manifests' text finds (manifestsMentioning):
// kept are those that name an edited path as typed evidence, or a prompt source covering one while having
// typed evidence.
import { EVIDENCE_KINDS } from '../core/model/vocabulary.js';
import type { FileChange, TreeEntry } from '../git/tree.js';
import { coversOneOf, namesOneOf, type Candidate } from './dependents.js';

/** Regular files the change adds or edits, other than manifests and policies (`gated`). */
export function editedFiles(diff: readonly FileChange[], gated: (path: string) => boolean): string[] {
  return diff
    .filter((c) => (c.status === 'added' || c.status === 'modified' || c.status === 'renamed' || c.status === 'copied') && !gated(c.path))
    .map((c) => c.path)
    .sort();
}

/**
 * The candidates (untouched manifests found by manifestsMentioning) that name an edited file as typed
 * evidence, or have typed evidence and a prompt source covering an edited file.
 */
export function typedDependents(candidates: readonly Candidate[], edited: readonly string[]): TreeEntry[] {
  if (edited.length === 0) return [];
  const editedSet = new Set(edited);
  return candidates.flatMap(({ entry, loaded }) => {
    if (!loaded.ok) return [];
    const typed = EVIDENCE_KINDS.flatMap((kind) => {
      const ref = loaded.value.evidence[kind];
      return ref?.spec ? [ref.path] : [];
    });
    if (typed.length === 0) return [];
    return typed.some((p) => namesOneOf(p, editedSet)) || loaded.value.sources.some((s) => coversOneOf(s.path, edited)) ? [entry] : [];
  });
}
