// Everything that reaches Markdown or the job log from a manifest, a policy or a file name passes through
// here first. Those strings are written by whoever opened the pull request (possibly from a fork), so they
// must not be able to add headings that fake a passing gate, ping people, inject HTML, break out of a table
// or a code fence, or issue workflow commands (`::set-output`, `::add-mask`, ...) through the log.

/** Longest piece of repository text rendered in one place; a longer one is cut so one field cannot flood a comment. */
export const MAX_FIELD_CHARS = 2000;

const ZERO_WIDTH_JOINER = '\u200D';
const ZERO_WIDTH_SPACE = '\u200B';

// C0/C1 controls (but not tab/newline, handled separately) and the bidirectional overrides that can make
// text display in a different order than it reads ("Trojan source").
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** Cuts plain text (before any escaping, so an escape sequence is never split) to `max` characters. */
export function truncateText(text: string, max = MAX_FIELD_CHARS): string {
  if (text.length <= max) return text;
  // Do not leave half of a surrogate pair behind.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function clean(text: string): string {
  return truncateText(text).replace(UNSAFE_CHARS, '\uFFFD');
}

/**
 * Backslash-escapes the Markdown characters that start links and images (`[`; `(` and `!` only matter
 * next to it), emphasis, code, tables, strikethrough, math and issue references, and turns HTML's `<`,
 * `>` and `&` into entities. Characters that only matter at the start of a line are left to
 * neutralizeHeadings.
 */
function escapeMarkdownChars(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `@name` would notify somebody: a zero-width joiner after the `@` keeps the text readable but inert. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`);
}

/**
 * Makes each line of multi-line text unable to start a Markdown block: headings (`## ✅ All checks
 * passed`), quotes, lists, thematic breaks, setext underlines, fences, tables and indented code.
 * Lines are backslash-escaped at their first non-blank character; indentation shrinks to one space.
 */
export function neutralizeHeadings(text: string): string {
  return text
    .split(LINE_BREAKS)
    .map((line) => {
      const trimmed = line.replace(/^[ \t]+/, '');
      // Indentation shrinks to one space: four would make an indented code block.
      const indent = trimmed.length < line.length ? ' ' : '';
      if (trimmed === '') return indent;
      // A leading digit run followed by `.` or `)` is an ordered-list marker.
      const ordered = /^(\d{1,9})([.)])/.exec(trimmed);
      if (ordered) return `${indent}${ordered[1]!}\\${trimmed.slice(ordered[1]!.length)}`;
      return indent + (/^[#>\-+*=_|<`~]/.test(trimmed) ? `\\${trimmed}` : trimmed);
    })
    .join('\n');
}

/**
 * Repository text as one line of inert Markdown: safe in a paragraph, a list item, a heading or a table
 * cell. Line breaks become spaces, so nothing can start a new block.
 */
export function escapeInline(text: string): string {
  const oneLine = clean(text).replace(LINE_BREAKS, ' ').replace(/\t/g, ' ');
  return neutralizeHeadings(neutralizeMentions(escapeMarkdownChars(oneLine)));
}

/**
 * Repository text as an inline code span, for paths and identifiers outside tables (GitHub splits table
 * cells at `|` before it parses code spans; use escapeInline there). The fence is longer than any run of
 * backticks inside. Code spans never render mentions, HTML or emphasis.
 */
export function code(text: string): string {
  const body = clean(text).replace(LINE_BREAKS, ' ');
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick (or is blank) needs padding spaces, which GitHub strips.
  const pad = body === '' || body.startsWith('`') || body.endsWith('`') || body.trim() === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Like escapeInline, but a `backtick span` in the text becomes a real code span. Check messages quote
 * field names that way; a span built from repository content is still harmless, since code() is safe
 * for any content.
 */
export function escapeInlineWithCode(text: string): string {
  const oneLine = clean(text).replace(LINE_BREAKS, ' ');
  let out = '';
  let last = 0;
  for (const m of oneLine.matchAll(/`([^`]+)`/g)) {
    out += escapeInline(oneLine.slice(last, m.index)) + code(m[1]!);
    last = m.index + m[0].length;
  }
  return out + escapeInline(oneLine.slice(last));
}

/** GitHub's syntax for a user (`@octocat`) or a team (`@org/team-slug`). */
const GITHUB_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;

/** The handle itself when it is a syntactically valid GitHub user or team handle, else null. */
export function validGithubHandle(handle: string | null | undefined): string | null {
  if (typeof handle !== 'string') return null;
  const trimmed = handle.trim();
  return GITHUB_HANDLE.test(trimmed) ? trimmed : null;
}

/**
 * Repository text for the job log. The runner treats a line whose first non-blank characters are `::` as a
 * workflow command (and `##[` anywhere as the legacy form), so both are broken with a zero-width space.
 */
export function logSafe(text: string): string {
  return clean(text)
    .split(LINE_BREAKS)
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${ZERO_WIDTH_SPACE}`).replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`))
    .join('\n');
}

/**
 * A Mermaid node label: Mermaid's `#NNN;` entity codes for everything but plain word characters, so a stage
 * name can neither close the quoted label, add edges or directives, nor end the surrounding code fence.
 */
export function mermaidLabel(text: string): string {
  return Array.from(clean(text).replace(LINE_BREAKS, ' '))
    .map((ch) => (/^[A-Za-z0-9 _.,:()/%+-]$/.test(ch) ? ch : `#${ch.codePointAt(0) ?? 0};`))
    .join('');
}
