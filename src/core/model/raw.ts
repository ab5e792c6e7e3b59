// Reading schema-valid plain data (parsed YAML) in the model builders.

export type Raw = Record<string, unknown>;

/** The mapping at `v`, or an empty prototype-free one when `v` is not a mapping (an optional section left out). */
export const obj = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : (Object.create(null) as Raw));
