// The `base` input comes from the workflow file, and on a pull request GitHub runs the workflow as the pull
// request leaves it: a base the pull request picked (its own head, say) would empty the diff and read the
// "base" policy from the change under review. Where the event names a base (a pull request's, a merge
// group's), the input may only move it back along that base's history; elsewhere it is honoured as given.
import { isAncestor } from '../../git/revs.js';

export type BaseInputCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Whether the `base` input may replace the event's base: it must be that commit or one of its ancestors.
 * A revision that does not resolve throws a GitError (the run fails closed with what to fix).
 */
export async function checkBaseInput(dir: string, input: string | undefined, eventBase: string | null): Promise<BaseInputCheck> {
  if (input === undefined || eventBase === null) return { ok: true };
  if (await isAncestor(dir, input, eventBase)) return { ok: true };
  return {
    ok: false,
    message:
      `the \`base\` input (${JSON.stringify(input)}) is not the event's base commit ${eventBase} or an ancestor of it. ` +
      "On a pull request the workflow file is the pull request's own, so a base it chooses would let the change pick what judges it. " +
      "To fix: remove the `base` input (the event's base is used), or set it to a commit on the base branch's history. " +
      'In a shallow clone an ancestor can look unrelated: check out with `fetch-depth: 0`.',
  };
}
