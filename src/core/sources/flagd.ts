// OpenFeature flagd flag definitions: the share of evaluations of one flag that get one variant, read from
// `state`, `defaultVariant` and `targeting` as data. `fractional` splits count by their weights (relative to
// their sum); `if` conditions on who the user is are segments whose share the file cannot tell, so the
// variant's share is given as bounds over the branches. Anything else that computes the variant (a `var`,
// a string built at evaluation time) cannot be resolved: it is reported, never guessed.
import { problem, type InputProblem } from '../model/location.js';
import { obj, type Raw } from '../model/raw.js';
import { roundPoints } from '../model/exposure.js';
import { parseYamlSource, type ParsedYaml, type ValuePath } from '../parse/yamlSource.js';
import { describeErrors } from '../schema/validate.js';
import type { ErrorObject } from 'ajv';
import type { FlagdBinding } from './binding.js';
import * as compiled from './compiledSources.js';
import { failed, type SourceRead, type SourceReader } from './source.js';

const validateFlagd = compiled.flagd as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const SCHEMA_HINT = 'see the flagd flag-definition schema, https://flagd.dev/schema/v0/flags.json';

/** A share as a fraction of evaluations, with bounds where segments leave it open. */
interface Share {
  readonly low: number;
  readonly high: number;
  readonly segments: readonly string[];
}

class Unresolved extends Error {
  constructor(
    readonly path: ValuePath,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const exact = (x: number): Share => ({ low: x, high: x, segments: [] });
const short = (v: unknown): string => {
  const text = (JSON.stringify(v) as string | undefined) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

export const flagdReader: SourceReader<FlagdBinding> = {
  kind: 'flagd',
  read(file, bytes, binding) {
    const parsed = parseYamlSource(file, bytes);
    if (!parsed.ok) return failed(...parsed.problems);
    const doc = parsed.doc;
    if (!validateFlagd(doc.value)) {
      const problems = describeErrors(validateFlagd.errors ?? [], doc).map((p) =>
        p.hint.includes('README') ? { ...p, message: `flagd: ${p.message}`, hint: SCHEMA_HINT } : { ...p, message: `flagd: ${p.message}` },
      );
      return failed(...problems);
    }
    return readFlag(doc, binding);
  },
};

function readFlag(doc: ParsedYaml, binding: FlagdBinding): SourceRead {
  const root = obj(doc.value);
  const flagsValue = root['flags'];
  // The schema takes the flag set as a map of keys (a list is refused before this point).
  const flagPath: ValuePath | null = Object.hasOwn(obj(flagsValue), binding.flag) ? ['flags', binding.flag] : null;
  if (flagPath === null)
    return failed(
      problem(
        doc.keyAt(['flags']),
        `flagd: no flag "${binding.flag}" in ${doc.file}, which the manifest binds at ${binding.at.file}:${binding.at.line}`,
        'name a flag the file defines under `flags`, or add the flag',
      ),
    );
  const flag = obj(flagPath.length === 2 && typeof flagPath[1] === 'number' ? (flagsValue as unknown[])[flagPath[1]] : obj(flagsValue)[binding.flag]);
  const variants = obj(flag['variants']);
  if (!Object.hasOwn(variants, binding.variant))
    return failed(
      problem(
        doc.keyAt([...flagPath, 'variants']),
        `flagd: flag "${binding.flag}" has no variant "${binding.variant}" (it has ${Object.keys(variants).join(', ')})`,
        'bind a variant the flag defines',
      ),
    );
  const base = { carriesExposure: true, guards: [], deploys: null, ramp: [], metrics: [] } as const;
  if (flag['state'] === 'DISABLED') {
    // A disabled flag is reported as not found: every evaluation gets the application's own default.
    return { ok: true, served: { low: 0, high: 0, at: doc.at([...flagPath, 'state']), basis: 'state DISABLED', segments: [], ...base } };
  }
  const defaultVariant = typeof flag['defaultVariant'] === 'string' ? flag['defaultVariant'] : null;
  const targeting = flag['targeting'];
  const noTargeting = targeting === undefined || (isMapping(targeting) && Object.keys(targeting).length === 0);
  if (noTargeting) {
    const on = defaultVariant === binding.variant ? 100 : 0;
    const at = doc.at([...flagPath, defaultVariant === null ? 'state' : 'defaultVariant']);
    const basis = defaultVariant === null ? 'no defaultVariant and no targeting' : `defaultVariant ${defaultVariant}`;
    return { ok: true, served: { low: on, high: on, at, basis, segments: [], ...base } };
  }
  const evaluators = obj(root['$evaluators']);
  const resolver = new Resolver(binding.variant, defaultVariant, new Set(Object.keys(variants)), evaluators);
  try {
    const share = resolver.resolve(targeting, [...flagPath, 'targeting'], 0);
    const low = roundPoints(share.low * 100);
    const high = roundPoints(share.high * 100);
    const at = doc.at(resolver.decidedAt ?? [...flagPath, 'targeting']);
    const basis =
      low === high ? `targeting serves ${binding.variant} to ${low}%` : `targeting serves ${binding.variant} to between ${low}% and ${high}%, by segment`;
    return { ok: true, served: { low, high, at, basis, segments: [...new Set(share.segments)], ...base } };
  } catch (error) {
    if (error instanceof Unresolved) return failed(locatedIn(doc, error));
    throw error;
  }
}

function locatedIn(doc: ParsedYaml, e: Unresolved): InputProblem {
  return problem(doc.at(e.path), `flagd: ${e.message}`, e.hint);
}

const isMapping = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Walks a targeting rule as data. Depth is bounded by the parser's nesting limit and the $ref guard. */
class Resolver {
  /** The first fractional split met: where the share is decided, for the location of changes. */
  decidedAt: ValuePath | null = null;

  constructor(
    private readonly variant: string,
    private readonly defaultVariant: string | null,
    private readonly variants: ReadonlySet<string>,
    private readonly evaluators: Raw,
  ) {}

  resolve(node: unknown, path: ValuePath, refs: number): Share {
    // JsonLogic's `if` without an else, and a rule that returns null, fall back to the default variant.
    if (node === null || node === undefined) return exact(this.defaultVariant === this.variant ? 1 : 0);
    if (typeof node === 'string') {
      if (!this.variants.has(node))
        throw new Unresolved(path, `targeting returns "${node}", which is not a variant of the flag`, "return one of the flag's variants");
      return exact(node === this.variant ? 1 : 0);
    }
    if (!isMapping(node) || Object.keys(node).length !== 1)
      throw new Unresolved(path, `targeting returns ${short(node)}, which is not a variant name`, 'return a variant name, an `if` or a `fractional` split');
    const [op] = Object.keys(node) as [string];
    const args = node[op];
    if (op === '$ref') {
      const name = typeof args === 'string' ? args : '';
      if (!Object.hasOwn(this.evaluators, name) || refs > 16)
        throw new Unresolved(path, `targeting refers to evaluator "${name}", which $evaluators does not define`, 'define the evaluator or inline the rule');
      return this.resolve(this.evaluators[name], ['$evaluators', name], refs + 1);
    }
    if (op === 'fractional') return this.fractional(Array.isArray(args) ? args : [], [...path, 'fractional']);
    if (op === 'if') return this.branches(Array.isArray(args) ? args : [args], [...path, 'if'], refs);
    throw new Unresolved(
      path,
      `targeting computes the variant with \`${op}\`, which the gate cannot resolve without evaluating it`,
      'return the variant through `if` branches and `fractional` splits, so the share it is served to can be read from the file',
    );
  }

  private fractional(args: readonly unknown[], path: ValuePath): Share {
    // The first argument may be the bucketing key (an expression); the buckets are [variant, weight] pairs.
    const start = args.length > 0 && !Array.isArray(args[0]) ? 1 : 0;
    let total = 0;
    let on = 0;
    for (let i = start; i < args.length; i++) {
      const bucket = args[i];
      if (!Array.isArray(bucket) || bucket.length === 0 || bucket.length > 2)
        throw new Unresolved([...path, i], `fractional bucket ${short(bucket)} is not [variant, weight]`, 'write each bucket as ["variant", weight]');
      const [name, weightValue] = bucket as [unknown, unknown];
      const weight = weightValue === undefined ? 1 : weightValue;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
        throw new Unresolved(
          [...path, i, 1],
          `fractional weight ${short(weightValue)} is not a number of at least 0`,
          'give each bucket a weight of 0 or more',
        );
      if (typeof name !== 'string' || !this.variants.has(name))
        throw new Unresolved(
          [...path, i, 0],
          `fractional bucket names ${short(name)}, which is not a variant of the flag`,
          'name a variant of the flag in each bucket',
        );
      total += weight;
      if (name === this.variant) on += weight;
    }
    if (total === 0) throw new Unresolved(path, 'fractional split has no weight to split by', 'give the buckets weights that add up to more than 0');
    this.decidedAt ??= path;
    return exact(on / total);
  }

  private branches(args: readonly unknown[], path: ValuePath, refs: number): Share {
    // [cond, then, cond, then, ..., else?]: a literal true or false condition decides; any other is a segment.
    const outcomes: Share[] = [];
    const segments: string[] = [];
    let i = 0;
    for (; i + 1 < args.length; i += 2) {
      const cond = args[i];
      if (cond === true) return this.withSegments(this.resolve(args[i + 1], [...path, i + 1], refs), segments, outcomes);
      if (cond === false) continue;
      segments.push(short(cond));
      outcomes.push(this.resolve(args[i + 1], [...path, i + 1], refs));
    }
    outcomes.push(this.resolve(i < args.length ? args[i] : null, [...path, i], refs));
    return this.withSegments(outcomes[outcomes.length - 1]!, segments, outcomes.slice(0, -1));
  }

  private withSegments(last: Share, segments: readonly string[], others: readonly Share[]): Share {
    const all = [...others, last];
    return {
      low: Math.min(...all.map((s) => s.low)),
      high: Math.max(...all.map((s) => s.high)),
      segments: [...segments, ...all.flatMap((s) => s.segments)],
    };
  }
}
