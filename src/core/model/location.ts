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

/**
 * One problem per distinct message in a file: a parser that trips over one tab reports the same follow-on
 * error at every later line, and fourteen identical findings hide the one that matters. The first keeps its
 * place; the message says how many more lines had it.
 */
export function collapseRepeats(problems: readonly InputProblem[]): InputProblem[] {
  const groups = new Map<string, InputProblem[]>();
  for (const p of problems) {
    const key = `${p.file}\0${p.message}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map(([first, ...rest]) => {
    if (rest.length === 0) return first!;
    const lines = rest.map((p) => p.line);
    const shown = lines.length > 5 ? `${lines.slice(0, 5).join(', ')}, …` : lines.join(', ');
    return { ...first!, message: `${first!.message} (and on ${rest.length} more line${rest.length === 1 ? '' : 's'}: ${shown})` };
  });
}
