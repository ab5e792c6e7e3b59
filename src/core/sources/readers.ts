// One reader per source kind, behind the one interface (src/core/sources/source.ts).
import type { SourceBinding } from './binding.js';
import { argoAnalysisTemplateReader } from './argoAnalysisTemplate.js';
import { argoRolloutReader } from './argoRollout.js';
import { flagdReader } from './flagd.js';
import { flaggerCanaryReader } from './flagger.js';
import { goFeatureFlagReader } from './goFeatureFlag.js';
import type { ReadContext, SourceRead } from './source.js';

export function readSource(file: string, bytes: Buffer | string, binding: SourceBinding, context: ReadContext): SourceRead {
  switch (binding.kind) {
    case 'flagd':
      return flagdReader.read(file, bytes, binding, context);
    case 'argo_rollout':
      return argoRolloutReader.read(file, bytes, binding, context);
    case 'argo_analysis_template':
      return argoAnalysisTemplateReader.read(file, bytes, binding, context);
    case 'flagger_canary':
      return flaggerCanaryReader.read(file, bytes, binding, context);
    case 'go_feature_flag':
      return goFeatureFlagReader.read(file, bytes, binding, context);
  }
}
