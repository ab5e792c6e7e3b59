/** A place in a source file, 1-based as editors and GitHub annotations count. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A problem with an input file: errors are values, never exceptions, so that one bad manifest becomes a
 * located finding and the run goes on to report the rest.
 */
export interface InputProblem extends SourceLocation {
  readonly message: string;
  /** What the author should do about it. */
  readonly hint: string;
}

export function problem(at: SourceLocation, message: string, hint: string): InputProblem {
  return { file: at.file, line: at.line, column: at.column, message, hint };
}
