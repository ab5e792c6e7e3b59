// GO Feature Flag flag files (YAML or JSON): the share of evaluations of one flag that get one variation.
// Rules are read as data: a `variation`, `percentage` weights (relative to their sum), or a
// `progressiveRollout` that moves a share from its initial to its end percentage between two dates.
// `scheduledRollout` steps change the flag at their dates without another commit, so the flag is judged
// at `now` and at every later date its steps and ramps name: what it serves is the most it will serve
// from now on without another change (and the least, for the reduction proof). Targeting rules match by a
// query on who the user is: segments whose share the file cannot tell, so they bound the share.
import type { ErrorObject } from 'ajv';
import { roundPoints } from '../model/exposure.js';
import { problem } from '../model/location.js';
import { obj, type Raw } from '../model/raw.js';
import { parseYamlSource, type ParsedYaml, type ValuePath } from '../parse/yamlSource.js';
import { describeErrors } from '../schema/validate.js';
import type { GoFeatureFlagBinding } from './binding.js';
import * as compiled from './compiledSources.js';
import { failed, type SourceRead, type SourceReader } from './source.js';

const validateGoff = compiled.goFeatureFlag as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const SCHEMA_HINT = 'see the flag format, https://gofeatureflag.org/docs/configure_flag/flag_format';

interface Bounds {
  readonly low: number;
  readonly high: number;
  readonly segments: readonly string[];
}

class Refused extends Error {
  constructor(
    readonly path: ValuePath,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export const goFeatureFlagReader: SourceReader<GoFeatureFlagBinding> = {
  kind: 'go_feature_flag',
  read: (file, bytes, binding, { now }) => readGoFeatureFlag(file, bytes, binding, now),
};

function readGoFeatureFlag(file: string, bytes: Buffer | string, binding: GoFeatureFlagBinding, now: Date): SourceRead {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return failed(...parsed.problems);
  const doc = parsed.doc;
  if (!validateGoff(doc.value)) {
    const problems = describeErrors(validateGoff.errors ?? [], doc).map((p) => ({ ...p, message: `go_feature_flag: ${p.message}`, hint: SCHEMA_HINT }));
    return failed(...(problems.length > 0 ? problems : [problem(doc.at([]), 'go_feature_flag: the file is invalid', SCHEMA_HINT)]));
  }
  const root = obj(doc.value);
  if (!Object.hasOwn(root, binding.flag))
    return failed(problem(doc.at([]), `go_feature_flag: no flag "${binding.flag}" in ${file}`, 'name a flag the file defines at its top level'));
  const flag = obj(root[binding.flag]);
  if (!Object.hasOwn(obj(flag['variations']), binding.variation))
    return failed(
      problem(
        doc.keyAt([binding.flag, 'variations']),
        `go_feature_flag: flag "${binding.flag}" has no variation "${binding.variation}" (it has ${Object.keys(obj(flag['variations'])).join(', ')})`,
        'bind a variation the flag defines',
      ),
    );
  try {
    return { ok: true, served: judgeOverTime(doc, binding, flag, now) };
  } catch (error) {
    if (error instanceof Refused) return failed(problem(doc.at(error.path), `go_feature_flag: ${error.message}`, error.hint));
    throw error;
  }
}

const FAR_FUTURE = Date.parse('9999-01-01T00:00:00Z');

function dateOf(value: unknown, path: ValuePath): number {
  const t = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(t)) throw new Refused(path, `${JSON.stringify(value ?? null)} is not a date`, 'write dates as RFC 3339, e.g. 2026-06-01T00:00:00Z');
  return t;
}

function judgeOverTime(doc: ParsedYaml, binding: GoFeatureFlagBinding, flag: Raw, now: Date) {
  const base = [binding.flag];
  const steps = (Array.isArray(flag['scheduledRollout']) ? (flag['scheduledRollout'] as unknown[]) : [])
    .map((s, i) => ({ step: obj(s), at: dateOf(obj(s)['date'], [...base, 'scheduledRollout', i, 'date']), i }))
    .sort((a, b) => a.at - b.at);
  // The moments the flag can change without a commit: every step, ramp and experimentation date.
  const moments = new Set<number>([now.getTime(), FAR_FUTURE]);
  const stateAt = (t: number): Raw => steps.filter((s) => s.at <= t).reduce((state, s) => applyStep(state, s.step), flag);
  for (const s of steps) moments.add(s.at);
  for (const t of [...moments]) for (const d of datesIn(stateAt(t))) moments.add(d);
  const future = [...moments].filter((t) => t >= now.getTime()).sort((a, b) => a - b);
  let low = Infinity;
  let high = -Infinity;
  const segments: string[] = [];
  let peakAt = now.getTime();
  for (const t of future) {
    const b = boundsAt(stateAt(t), binding.variation, t, base);
    if (b.high > high) {
      high = b.high;
      peakAt = t;
    }
    low = Math.min(low, b.low);
    segments.push(...b.segments);
  }
  const current = boundsAt(stateAt(now.getTime()), binding.variation, now.getTime(), base);
  const pct = (x: number) => roundPoints(x * 100);
  const later =
    pct(high) > pct(current.high) ? `, up to ${pct(high)}% ${peakAt >= FAR_FUTURE ? 'once its ramps end' : `from ${new Date(peakAt).toISOString()}`}` : '';
  const where = flag['defaultRule'] !== undefined ? [...base, 'defaultRule'] : base;
  return {
    carriesExposure: true,
    low: pct(low),
    high: pct(high),
    at: doc.at(where),
    basis: `serves ${binding.variation} to ${pct(current.high)}% at ${now.toISOString().slice(0, 10)}${later}`,
    segments: [...new Set(segments)],
    guards: [],
    deploys: null,
    ramp: [],
    metrics: [],
  };
}

/** A scheduled step changes the fields it names; targeting rules it names (by `name`) are updated in place. */
function applyStep(state: Raw, step: Raw): Raw {
  const next: Raw = { ...state };
  for (const [key, value] of Object.entries(step)) {
    if (key === 'date') continue;
    if (key === 'targeting' && Array.isArray(value)) {
      const rules = Array.isArray(state['targeting']) ? (state['targeting'] as unknown[]).map(obj) : [];
      for (const r of value.map(obj)) {
        const i = typeof r['name'] === 'string' ? rules.findIndex((x) => x['name'] === r['name']) : -1;
        if (i >= 0) rules[i] = { ...rules[i], ...r };
        else rules.push(r);
      }
      next['targeting'] = rules;
    } else if ((key === 'defaultRule' || key === 'variations' || key === 'experimentation') && typeof value === 'object' && value !== null) {
      next[key] = { ...obj(state[key]), ...obj(value) };
    } else next[key] = value;
  }
  return next;
}

function datesIn(state: Raw): number[] {
  const out: number[] = [];
  const rules = [obj(state['defaultRule']), ...(Array.isArray(state['targeting']) ? (state['targeting'] as unknown[]).map(obj) : [])];
  for (const r of rules) {
    const p = obj(r['progressiveRollout']);
    for (const side of ['initial', 'end']) {
      const d = obj(p[side])['date'];
      if (typeof d === 'string' && !Number.isNaN(Date.parse(d))) out.push(Date.parse(d));
    }
  }
  const e = obj(state['experimentation']);
  for (const side of ['start', 'end']) if (typeof e[side] === 'string' && !Number.isNaN(Date.parse(e[side]))) out.push(Date.parse(e[side]));
  return out;
}

/** The share of `variation` at time t, as fractions, with segments for the targeting rules' queries. */
function boundsAt(state: Raw, variation: string, t: number, base: ValuePath): Bounds {
  if (state['disable'] === true) return { low: 0, high: 0, segments: [] };
  const e = obj(state['experimentation']);
  // Outside its experimentation window the flag is not served: the application's default applies.
  if (typeof e['start'] === 'string' && t < Date.parse(e['start'])) return { low: 0, high: 0, segments: [] };
  if (typeof e['end'] === 'string' && t > Date.parse(e['end'])) return { low: 0, high: 0, segments: [] };
  const shares: number[] = [];
  const segments: string[] = [];
  const rules = Array.isArray(state['targeting']) ? (state['targeting'] as unknown[]).map(obj) : [];
  for (const [i, r] of rules.entries()) {
    if (r['disable'] === true) continue;
    const query = typeof r['query'] === 'string' ? r['query'] : '';
    shares.push(ruleShare(r, variation, t, [...base, 'targeting', i]));
    if (query.trim() === '') return { low: Math.min(...shares), high: Math.max(...shares), segments };
    segments.push(query);
  }
  if (state['defaultRule'] === undefined) throw new Refused(base, 'the flag has no defaultRule', 'give the flag a defaultRule');
  shares.push(ruleShare(obj(state['defaultRule']), variation, t, [...base, 'defaultRule']));
  return { low: Math.min(...shares), high: Math.max(...shares), segments };
}

function ruleShare(rule: Raw, variation: string, t: number, path: ValuePath): number {
  if (rule['progressiveRollout'] !== undefined) {
    const p = obj(rule['progressiveRollout']);
    const initial = obj(p['initial']);
    const end = obj(p['end']);
    const from = typeof initial['percentage'] === 'number' ? initial['percentage'] : 0;
    const to = typeof end['percentage'] === 'number' ? end['percentage'] : 100;
    const start = dateOf(initial['date'], [...path, 'progressiveRollout', 'initial', 'date']);
    const stop = dateOf(end['date'], [...path, 'progressiveRollout', 'end', 'date']);
    const percent = t <= start ? from : t >= stop ? to : from + ((to - from) * (t - start)) / (stop - start);
    const onEnd = Math.min(100, Math.max(0, percent)) / 100;
    const share = (end['variation'] === variation ? onEnd : 0) + (initial['variation'] === variation ? 1 - onEnd : 0);
    return Math.min(1, share);
  }
  if (rule['percentage'] !== undefined) {
    const weights = Object.entries(obj(rule['percentage'])).filter((e): e is [string, number] => typeof e[1] === 'number');
    const total = weights.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (total <= 0) throw new Refused([...path, 'percentage'], 'percentage has no weight to split by', 'give the variations percentages that add up to 100');
    return weights.filter(([v]) => v === variation).reduce((sum, [, w]) => sum + Math.max(0, w), 0) / total;
  }
  if (typeof rule['variation'] === 'string') return rule['variation'] === variation ? 1 : 0;
  throw new Refused(path, 'the rule names no variation, percentage or progressiveRollout', 'give the rule one of variation, percentage or progressiveRollout');
}
