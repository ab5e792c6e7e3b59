// One reader per source kind, behind the one interface (src/core/sources/source.ts).
import type { SourceBinding } from './binding.js';
import { argoRolloutReader } from './argoRollout.js';
import { flagdReader } from './flagd.js';
import { flaggerCanaryReader } from './flagger.js';
import type { SourceRead } from './source.js';

export function readSource(file: string, bytes: Buffer | string, binding: SourceBinding): SourceRead {
  switch (binding.kind) {
    case 'flagd':
      return flagdReader.read(file, bytes, binding);
    case 'argo_rollout':
      return argoRolloutReader.read(file, bytes, binding);
    case 'flagger_canary':
      return flaggerCanaryReader.read(file, bytes, binding);
  }
}
