// parseTreeObject reads git's binary tree format; what it cannot read is an error, never a shorter listing.
import { parseTreeObject } from '../../src/git/tree.js';

const OID = 'ab'.repeat(20);
const entry = (mode: string, name: string, oid = OID) => Buffer.concat([Buffer.from(`${mode} ${name}\0`, 'utf8'), Buffer.from(oid, 'hex')]);

describe('parseTreeObject', () => {
  test.each([
    { mode: '100644', type: 'blob' },
    { mode: '100755', type: 'blob' },
    { mode: '120000', type: 'blob' },
    { mode: '160000', type: 'commit' },
    { mode: '40000', type: 'tree', printed: '040000' },
  ])('mode $mode is a $type', ({ mode, type, printed }) => {
    const parsed = parseTreeObject(entry(mode, 'x'), 'cd'.repeat(20));
    expect(parsed.get('x')).toEqual({ name: 'x', mode: printed ?? mode, type, oid: OID });
  });

  test('names come through byte-exact, and SHA-256 ids are 32 bytes', () => {
    const long = 'ef'.repeat(32);
    const parsed = parseTreeObject(Buffer.concat([entry('100644', 'é \t-x', long), entry('40000', 'd', long)]), long);
    expect([...parsed.keys()]).toEqual(['é \t-x', 'd']);
    expect(parsed.get('d')?.oid).toBe(long);
  });

  test.each([
    { what: 'a cut-off id', content: entry('100644', 'x').subarray(0, 20) },
    { what: 'no NUL after the name', content: Buffer.from('100644 x') },
    { what: 'a mode that is not octal', content: entry('10064x', 'x') },
  ])('$what is an error', ({ content }) => {
    expect(() => parseTreeObject(content, 'cd'.repeat(20))).toThrow(/tree .* (is malformed|has an entry with mode)/);
  });
});
