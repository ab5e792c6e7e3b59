// Placeholders count as missing wherever the gate asks for a name or a strategy, end to end: a pull request
// that writes one into a manifest of a real repository is blocked at the line that holds it.
import { readyManifest } from '../fixtures/seeds.js';
import { findingsOf, gateOn, lineOf, MANIFEST } from '../helpers/gate.js';

const ready = readyManifest();

async function gateWith(from: string, to: string) {
  if (!ready.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  const text = ready.replace(from, to);
  const report = await gateOn({ base: { [MANIFEST]: ready }, head: { [MANIFEST]: text } });
  return { report, text };
}

describe('placeholders block end to end', () => {
  test('the ready manifest itself passes (so each block below comes from the placeholder)', async () => {
    const report = await gateOn({ base: { [MANIFEST]: readyManifest({ tenantPercent: 4 }) }, head: { [MANIFEST]: ready } });
    expect(report.findings.filter((f) => f.severity === 'block')).toEqual([]);
    expect(report.verdict).not.toBe('block');
  });

  test.each(['T.B.D.', 'ＴＢＤ', 'vacant', 'nobody yet', '—'])('an on-call owner %j is not a named owner', async (placeholder) => {
    const { report, text } = await gateWith('    on_call: "AI Platform On-call"', `    on_call: "${placeholder}"`);
    expect(report.verdict).toBe('block');
    const [f] = findingsOf(report, 'oncall_owner');
    expect(f).toMatchObject({ severity: 'block', file: MANIFEST, line: lineOf(text, `on_call: "${placeholder}"`) });
    expect(f!.message).toContain('placeholder');
  });

  test('a capability owner "to be determined" is not a named owner', async () => {
    const { report, text } = await gateWith('      owner: "Support Platform"', '      owner: "to be determined"');
    expect(report.verdict).toBe('block');
    expect(findingsOf(report, 'capability_owners')).toEqual([expect.objectContaining({ severity: 'block', line: lineOf(text, 'owner: "to be determined"') })]);
  });

  test('idempotency "none yet" on a write capability counts as no idempotency strategy', async () => {
    const { report } = await gateWith('      idempotency: "idempotency_key = request_id"', '      idempotency: "none yet"');
    expect(report.verdict).toBe('block');
    const [f] = findingsOf(report, 'write_capability_idempotency');
    expect(f).toMatchObject({ severity: 'block', file: MANIFEST });
    expect(f!.message).toBe('write capability "create_support_ticket" has no idempotency strategy');
  });

  test('unknown_side_effect "not handled" counts as no unknown-side-effect path', async () => {
    const { report } = await gateWith('      unknown_side_effect: "stop the run until reconciliation"', '      unknown_side_effect: "not handled"');
    expect(report.verdict).toBe('block');
    expect(findingsOf(report, 'unknown_side_effect_path_missing')).toEqual([expect.objectContaining({ severity: 'block', file: MANIFEST })]);
  });
});
