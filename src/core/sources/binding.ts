// The objects that carry a rollout's real exposure, as a manifest binds them under `exposure_sources`: a
// flag definition the flag daemon serves as committed, or a progressive-delivery object the controller
// runs as committed. Each binding names the file and what in it to read.
import type { SourceLocation } from '../model/location.js';
import { obj } from '../model/raw.js';

export const SOURCE_KINDS = ['flagd', 'argo_rollout', 'argo_analysis_template', 'flagger_canary', 'go_feature_flag'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

interface BindingBase {
  /** Repository path of the file, as the manifest writes it. */
  readonly path: string;
  /** Where the binding is in the manifest. */
  readonly at: SourceLocation;
}

/** An OpenFeature flagd flag: the share of evaluations that get `variant` of flag `flag`. */
export interface FlagdBinding extends BindingBase {
  readonly kind: 'flagd';
  readonly flag: string;
  readonly variant: string;
}

/** An Argo Rollouts `Rollout`, by `metadata.name`: the weight the new template reaches before a person must act. */
export interface ArgoRolloutBinding extends BindingBase {
  readonly kind: 'argo_rollout';
  readonly name: string;
}

/** A Flagger `Canary`, by `metadata.name`: how far its analysis takes a new version before a person must confirm. */
export interface FlaggerCanaryBinding extends BindingBase {
  readonly kind: 'flagger_canary';
  readonly name: string;
}

/** A GO Feature Flag flag: the share of evaluations of `flag` that get `variation`, now and once its ramps end. */
export interface GoFeatureFlagBinding extends BindingBase {
  readonly kind: 'go_feature_flag';
  readonly flag: string;
  readonly variation: string;
}

/** An Argo Rollouts `AnalysisTemplate`, by `metadata.name`: the metrics its analysis aborts a rollout on. */
export interface ArgoAnalysisTemplateBinding extends BindingBase {
  readonly kind: 'argo_analysis_template';
  readonly name: string;
}

export type SourceBinding = FlagdBinding | ArgoRolloutBinding | ArgoAnalysisTemplateBinding | FlaggerCanaryBinding | GoFeatureFlagBinding;

/** What picks the object inside the file, as one string (`flag=renewal-risk-assistant variant=on`). */
export function selectorOf(b: SourceBinding): string {
  switch (b.kind) {
    case 'flagd':
      return `flag=${b.flag} variant=${b.variant}`;
    case 'go_feature_flag':
      return `flag=${b.flag} variation=${b.variation}`;
    case 'argo_rollout':
    case 'argo_analysis_template':
    case 'flagger_canary':
      return `name=${b.name}`;
  }
}

/** One binding is the same as another when it reads the same object: same kind and selector (the path may move). */
export const bindingKey = (b: SourceBinding): string => `${b.kind}\0${selectorOf(b)}`;

/**
 * The bindings of a schema-valid `exposure_sources` list. `at(i, field?)` locates entry i (or its field);
 * the schema has already refused any other shape, so an entry of another shape here is skipped.
 */
export function bindingsOf(value: unknown, at: (i: number, field?: string) => SourceLocation): SourceBinding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): SourceBinding[] => {
    const o = obj(item);
    const path = typeof o['path'] === 'string' ? o['path'] : null;
    if (path === null) return [];
    if (o['kind'] === 'flagd' && typeof o['flag'] === 'string' && typeof o['variant'] === 'string')
      return [{ kind: 'flagd', path, flag: o['flag'], variant: o['variant'], at: at(i) }];
    if (o['kind'] === 'argo_rollout' && typeof o['name'] === 'string') return [{ kind: 'argo_rollout', path, name: o['name'], at: at(i) }];
    if (o['kind'] === 'go_feature_flag' && typeof o['flag'] === 'string' && typeof o['variation'] === 'string')
      return [{ kind: 'go_feature_flag', path, flag: o['flag'], variation: o['variation'], at: at(i) }];
    if (o['kind'] === 'argo_analysis_template' && typeof o['name'] === 'string') return [{ kind: 'argo_analysis_template', path, name: o['name'], at: at(i) }];
    if (o['kind'] === 'flagger_canary' && typeof o['name'] === 'string') return [{ kind: 'flagger_canary', path, name: o['name'], at: at(i) }];
    return [];
  });
}
