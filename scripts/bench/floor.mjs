// The floor of a gate run: the unavoidable work, done as plainly as possible.
//   pr:   one `git diff-tree` base..head, then the old and new blobs of every changed manifest
//   full: one `git ls-tree -r` of head and (with --base) one `git diff-tree` base..head, then the blob of
//         every manifest plus the old blob of every changed one: the manifest blobs a full check has to
//         parse, since it diffs each changed manifest as the PR check does (the PR floor reads both
//         sides too). Neither floor reads the base-branch history that pacing walks.
// Blobs are read through ONE `git cat-file --batch` process and each is YAML-parsed with the `yaml`
// package (YAML.parse: parseDocument + toJS). No validation, no evaluation, no report.
//
//   node scripts/bench/floor.mjs --repo DIR --mode pr|full --base REV --head REV
// Prints one JSON line: { mode, blobs, bytes, parsed, ms }.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const MANIFEST = /^rollouts\/.*\.ya?ml$/i;

function run(cwd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`git ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

/** Reads `oids` through one `git cat-file --batch`; calls onBlob(content) in order. */
function catFile(cwd, oids, onBlob) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    let pending = Buffer.alloc(0);
    let want = -1; // bytes of the current body still to come (+1 for the LF); -1 while reading a header
    let got = 0;
    child.stdout.on('data', (chunk) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (want < 0) {
          const lf = pending.indexOf(10);
          if (lf < 0) return;
          const header = pending.subarray(0, lf).toString('latin1');
          pending = pending.subarray(lf + 1);
          const size = Number(header.split(' ')[2]);
          if (!Number.isFinite(size)) return reject(new Error(`cat-file: ${header}`));
          want = size + 1;
        }
        if (pending.length < want) return;
        onBlob(pending.subarray(0, want - 1));
        pending = pending.subarray(want);
        want = -1;
        got += 1;
      }
    });
    child.on('close', (code) =>
      code === 0 && got === oids.length ? resolve(got) : reject(new Error(`cat-file exited ${code} after ${got}/${oids.length}: ${err}`)),
    );
    child.stdin.end(oids.map((o) => `${o}\n`).join(''));
  });
}

export async function floor({ repo, mode, base, head }) {
  const t0 = performance.now();
  const oids = [];
  /** [oldOid, newOid] of every changed manifest between base and head (a zero id for a missing side). */
  const changedManifests = async () => {
    const out = await run(repo, ['diff-tree', '-r', '-z', '--no-commit-id', '--raw', '--no-abbrev', base, head, '--']);
    const rec = out.toString('utf8').split('\0');
    const pairs = [];
    for (let i = 0; i + 1 < rec.length; i += 2) {
      const [, , oldOid, newOid] = rec[i].replace(/^\n/, '').split(' ');
      if (MANIFEST.test(rec[i + 1])) pairs.push([oldOid, newOid]);
    }
    return pairs;
  };
  const present = (oid) => !/^0+$/.test(oid);
  if (mode === 'pr') {
    for (const pair of await changedManifests()) oids.push(...pair.filter(present));
  } else if (mode === 'full') {
    const [listing, changed] = await Promise.all([run(repo, ['ls-tree', '-r', '-z', '--full-tree', head]), base ? changedManifests() : []]);
    for (const rec of listing.toString('utf8').split('\0')) {
      const tab = rec.indexOf('\t');
      if (tab < 0 || !MANIFEST.test(rec.slice(tab + 1))) continue;
      oids.push(rec.slice(0, tab).split(' ')[2]);
    }
    for (const [oldOid] of changed) if (present(oldOid)) oids.push(oldOid);
  } else throw new Error(`mode must be pr or full, not ${mode}`);
  let bytes = 0;
  let parsed = 0;
  await catFile(repo, oids, (content) => {
    bytes += content.length;
    if (YAML.parse(content.toString('utf8')) != null) parsed += 1;
  });
  return { mode, blobs: oids.length, bytes, parsed, ms: Math.round(performance.now() - t0) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { repo: { type: 'string' }, mode: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' } } });
  if (!values.repo || !values.mode || !values.head || (values.mode === 'pr' && !values.base)) {
    process.stderr.write('usage: node scripts/bench/floor.mjs --repo DIR --mode pr|full [--base REV] --head REV\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(await floor({ repo: values.repo, mode: values.mode, base: values.base, head: values.head })) + '\n');
}
