// The terminal rendering's lines for what a report carries besides findings: bound sources, waivers.
import { renderText } from '../../../src/core/render/text.js';
import { manifest, report } from '../../adapters/action/reportFixtures.js';

const flag = { kind: 'flagd', path: 'flags/r.flagd.json', selector: 'flag=r variant=on' } as const;

test('each bound source says what it serves against the declared share, or that it cannot be read', () => {
  const text = renderText(
    report({
      manifests: [
        manifest({
          sources: [
            { source: flag, declared: 5, before: { low: 5, high: 5 }, served: { low: 5, high: 25 }, basis: null },
            { source: { ...flag, path: 'flags/gone.flagd.json' }, declared: null, before: null, served: null, basis: null },
          ],
        }),
      ],
    }),
  );
  expect(text).toContain('        source flags/r.flagd.json flagd flag flag=r variant=on: serves 5%-25%, declared 5%');
  expect(text).toContain('        source flags/gone.flagd.json flagd flag flag=r variant=on: cannot be read, declared no share');
});

test('waivers are listed with their state, check, expiry and approver', () => {
  const text = renderText(
    report({
      waivers: [
        {
          file: 'rollouts/r.yaml',
          line: 40,
          check: 'slo_defined',
          approver: 'Trust Steward',
          expires: '2026-07-01',
          reason: 'next sprint',
          state: 'awaiting_approval',
        },
      ],
    }),
  );
  expect(text).toContain('Waivers:\n  rollouts/r.yaml:40: awaiting approval: slo_defined until 2026-07-01, approved by Trust Steward');
});
