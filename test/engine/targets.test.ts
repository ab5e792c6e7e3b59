// The pure parts of manifest identity: which diff entries are which manifests, pairing by workflow, and
// which copies of a workflow are duplicates.
import type { FileChange } from '../../src/git/tree.js';
import { duplicatesOf } from '../../src/engine/identity.js';
import { pairByWorkflow, targetsFromDiff, workflowKey, type FileRef, type ManifestTarget } from '../../src/engine/targets.js';

const isManifest = (p: string) => p.startsWith('rollouts/') && p.endsWith('.yaml');
const oid = (n: number) => String(n).padStart(40, '0');
const change = (status: 'added' | 'deleted' | 'modified', path: string, n: number): FileChange => ({
  status,
  path,
  oldOid: status === 'added' ? null : oid(n),
  newOid: status === 'deleted' ? null : oid(n + 1),
  oldMode: status === 'added' ? null : '100644',
  newMode: status === 'deleted' ? null : '100644',
});
const rename = (from: string, path: string, n: number): FileChange => ({
  status: 'renamed',
  from,
  path,
  similarity: 90,
  oldOid: oid(n),
  newOid: oid(n + 1),
  oldMode: '100644',
  newMode: '100644',
});

describe('targetsFromDiff', () => {
  test.each<[string, FileChange, [string, Partial<ManifestTarget>]]>([
    ['an added manifest', change('added', 'rollouts/a.yaml', 1), ['rollouts/a.yaml', { status: 'added', base: null }]],
    ['a deleted manifest', change('deleted', 'rollouts/a.yaml', 1), ['rollouts/a.yaml', { status: 'removed', head: null, movedTo: null }]],
    ['an edited manifest', change('modified', 'rollouts/a.yaml', 1), ['rollouts/a.yaml', { status: 'modified' }]],
    ['a rename between manifests', rename('rollouts/a.yaml', 'rollouts/b.yaml', 1), ['rollouts/b.yaml', { status: 'renamed' }]],
    [
      'a rename out of the globs',
      rename('rollouts/a.yaml', 'rollouts/a.yaml.bak', 1),
      ['rollouts/a.yaml', { status: 'removed', movedTo: 'rollouts/a.yaml.bak' }],
    ],
    ['a rename into the globs', rename('drafts/a.yaml', 'rollouts/a.yaml', 1), ['rollouts/a.yaml', { status: 'added', base: null }]],
  ])('%s', (_name, c, [key, expected]) => {
    const targets = targetsFromDiff([c], isManifest, [], true);
    expect([...targets.keys()]).toEqual([key]);
    expect(targets.get(key)).toMatchObject(expected);
  });

  test('files that are not manifests are not targets', () => {
    expect(targetsFromDiff([change('deleted', 'evidence/slo.md', 1), rename('docs/a.md', 'docs/b.md', 3)], isManifest, [], true).size).toBe(0);
  });
});

describe('pairByWorkflow', () => {
  const workflows = new Map<string, string | null>();
  const workflowOf = (ref: FileRef) => workflows.get(ref.path) ?? null;
  const diff = [
    change('deleted', 'rollouts/old.yaml', 1),
    change('deleted', 'rollouts/gone.yaml', 3),
    change('added', 'rollouts/new.yaml', 5),
    change('added', 'rollouts/unrelated.yaml', 7),
  ];
  workflows
    .set('rollouts/old.yaml', 'Renewal risk')
    .set('rollouts/gone.yaml', 'Triage')
    .set('rollouts/new.yaml', '  RENEWAL RISK ')
    .set('rollouts/unrelated.yaml', 'Billing');

  test('an added manifest naming the workflow of a removed one is that manifest renamed, compared with its base', () => {
    const paired = pairByWorkflow(targetsFromDiff(diff, isManifest, [], true), workflowOf);
    expect(paired.get('rollouts/new.yaml')).toEqual({
      status: 'renamed',
      head: { path: 'rollouts/new.yaml', oid: oid(6), mode: '100644' },
      base: { path: 'rollouts/old.yaml', oid: oid(1), mode: '100644' },
    });
    expect(paired.has('rollouts/old.yaml')).toBe(false);
    expect(paired.get('rollouts/gone.yaml')).toMatchObject({ status: 'removed' });
    expect(paired.get('rollouts/unrelated.yaml')).toMatchObject({ status: 'added' });
  });

  test('one removed manifest pairs with one added manifest, in path order; a version that does not load pairs with none', () => {
    const twice = [
      change('deleted', 'rollouts/old.yaml', 1),
      change('added', 'rollouts/x.yaml', 3),
      change('added', 'rollouts/y.yaml', 5),
      change('added', 'rollouts/z.yaml', 7),
    ];
    const names = new Map<string, string | null>([
      ['rollouts/old.yaml', 'W'],
      ['rollouts/x.yaml', null],
      ['rollouts/y.yaml', 'w'],
      ['rollouts/z.yaml', 'W'],
    ]);
    const paired = pairByWorkflow(targetsFromDiff(twice, isManifest, [], true), (r) => names.get(r.path) ?? null);
    expect([...paired.entries()].map(([k, t]) => [k, t.status])).toEqual([
      ['rollouts/x.yaml', 'added'],
      ['rollouts/y.yaml', 'renamed'],
      ['rollouts/z.yaml', 'added'],
    ]);
  });

  test('workflow names compare trimmed and without case', () => {
    expect(workflowKey('  AI Renewal-Risk ')).toBe(workflowKey('ai renewal-risk'));
    expect(workflowKey('AI renewal risk')).not.toBe(workflowKey('AI renewal-risk'));
  });
});

describe('duplicatesOf', () => {
  test('every manifest of a workflow but the keeper: the first that already named it, else the first by path', () => {
    expect(
      duplicatesOf([
        { file: 'rollouts/b.yaml', workflow: 'W', continues: true },
        { file: 'rollouts/a.yaml', workflow: ' w ', continues: false },
        { file: 'rollouts/c.yaml', workflow: 'W', continues: false },
        { file: 'rollouts/solo.yaml', workflow: 'Other', continues: false },
      ]),
    ).toEqual([
      { file: 'rollouts/a.yaml', workflow: ' w ', keeper: 'rollouts/b.yaml' },
      { file: 'rollouts/c.yaml', workflow: 'W', keeper: 'rollouts/b.yaml' },
    ]);
    expect(
      duplicatesOf([
        { file: 'rollouts/z.yaml', workflow: 'N', continues: false },
        { file: 'rollouts/y.yaml', workflow: 'N', continues: false },
      ]),
    ).toEqual([{ file: 'rollouts/z.yaml', workflow: 'N', keeper: 'rollouts/y.yaml' }]);
  });

  test('one file named twice is not a duplicate of itself', () => {
    expect(
      duplicatesOf([
        { file: 'rollouts/a.yaml', workflow: 'W', continues: true },
        { file: 'rollouts/a.yaml', workflow: 'W', continues: true },
      ]),
    ).toEqual([]);
  });
});
