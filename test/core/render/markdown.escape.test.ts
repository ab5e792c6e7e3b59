import {
  code,
  escapeInline,
  escapeInlineWithCode,
  logSafe,
  mermaidLabel,
  neutralizeHeadings,
  neutralizeMentions,
  truncateText,
  validGithubHandle,
} from '../../../src/core/render/escape.js';

const ZWJ = '\u200D';

describe('escapeInline: repository text as one inert line of Markdown', () => {
  test('a fake "all passed" heading cannot start a block', () => {
    const out = escapeInline('evidence ok\n## ✅ All checks passed\n\nnothing to see');
    expect(out).not.toContain('\n');
    expect(out).not.toMatch(/(^|\n)#/);
    expect(out).toContain('\\#\\# ✅ All checks passed');
  });

  test('HTML is shown as text, never interpreted', () => {
    expect(escapeInline('<img src=x onerror=alert(1)> & <details open>')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;details open&gt;');
  });

  test('table pipes, backticks, links, images, emphasis and math are escaped', () => {
    const out = escapeInline('a | b `c` [x](http://e.vil) ![i](http://t) *b* _i_ ~~s~~ $1.50/$2');
    expect(out).toBe('a \\| b \\`c\\` \\[x\\](http://e.vil) !\\[i\\](http://t) \\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\$1.50/\\$2');
  });

  test('@-mentions are neutralised so nobody is pinged, and issue references do not link', () => {
    const out = escapeInline('ping @alice and @org/team, see #12, mail a@b.co');
    expect(out).toContain(`@${ZWJ}alice`);
    expect(out).toContain(`@${ZWJ}org/team`);
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).toContain('\\#12');
  });

  test('a line that would be a list, quote or ordered list at the start is escaped', () => {
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('> quote')).toBe('&gt; quote');
    expect(escapeInline('1. first')).toBe('1\\. first');
  });

  test('control and bidirectional-override characters are replaced', () => {
    expect(escapeInline('a\u202Eb\u0007c')).toBe('a\uFFFDb\uFFFDc');
  });

  test('overlong text is cut before escaping, so no escape sequence is split', () => {
    const out = escapeInline('<'.repeat(5000));
    expect(out.endsWith('&lt;…')).toBe(true);
    expect(out.length).toBeLessThan(2000 * 4 + 10);
  });
});

describe('escapeInlineWithCode', () => {
  test('backtick spans become safe code spans and the rest is escaped', () => {
    expect(escapeInlineWithCode('`evidence.slo` is not set for @bob')).toBe(`\`evidence.slo\` is not set for @${ZWJ}bob`);
  });

  test('an unmatched backtick stays literal', () => {
    expect(escapeInlineWithCode('a ` b')).toBe('a \\` b');
  });
});

describe('neutralizeHeadings', () => {
  test('block syntax at the start of any line is escaped; indentation shrinks to one space', () => {
    const text = '## ✅ All checks passed\n---\n===\n> quote\n* star\n```js\n    code\n2) two';
    expect(neutralizeHeadings(text).split('\n')).toEqual([
      '\\## ✅ All checks passed',
      '\\---',
      '\\===',
      '\\> quote',
      '\\* star',
      '\\```js',
      ' code',
      '2\\) two',
    ]);
  });
});

describe('code', () => {
  test('a path becomes a code span', () => {
    expect(code('rollouts/triage.yml:14')).toBe('`rollouts/triage.yml:14`');
  });

  test('backticks inside get a longer fence, and newlines cannot end the span', () => {
    expect(code('a`b``c\nd')).toBe('```a`b``c d```');
    expect(code('`x`')).toBe('`` `x` ``');
  });
});

describe('validGithubHandle', () => {
  test.each(['@alice', '@a-b-c', '@Org/team-name', '@org/team_name.x'])('%s is a handle', (h) => expect(validGithubHandle(h)).toBe(h));
  test.each(['alice', '@', '@-alice', '@alice-', '@a--b', '@alice bob', '@org/', '@' + 'a'.repeat(40), '@alice\n@bob', null, undefined])('%p is not', (h) =>
    expect(validGithubHandle(h)).toBeNull(),
  );
});

describe('logSafe: repository text for the job log', () => {
  test('no line can start a workflow command', () => {
    const out = logSafe('ok\n::set-output name=verdict::pass\n  ::add-mask::x\r::stop-commands::t');
    for (const line of out.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(out).toContain('set-output name=verdict');
  });

  test('the legacy ##[command] form is broken too', () => {
    expect(logSafe('x ##[set-output name=a;]b')).not.toContain('##[');
  });
});

describe('mermaidLabel', () => {
  test('quotes, brackets, semicolons, backticks and newlines become entity codes', () => {
    const label = mermaidLabel('canary"] --> evil[";\n```');
    expect(label).not.toMatch(/["[\]`\n]/);
    expect(label).toBe('canary#34;#93; --#62; evil#91;#34;#59; #96;#96;#96;');
  });

  test('plain stage names stay readable', () => {
    expect(mermaidLabel('limited_beta (live now)')).toBe('limited_beta (live now)');
  });
});

test('neutralizeMentions leaves e-mail-like text readable', () => {
  expect(neutralizeMentions('@bob')).toBe(`@${ZWJ}bob`);
});

test('truncateText never splits a surrogate pair', () => {
  // 'a' then UTF-16 pairs: cutting at 3 code units would leave half an emoji.
  expect(truncateText('a' + '😀'.repeat(10), 3)).toBe('a…');
  expect(truncateText('a' + '😀'.repeat(10), 4)).toBe('a😀…');
});
