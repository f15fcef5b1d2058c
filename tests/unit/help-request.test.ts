import { describe, expect, it } from 'vitest';
import { draftHelpRequest } from '../../shared/blockers/help-request.ts';

const AT = '2026-11-24T15:00:00.000Z';

const stuck = {
  what: 'CI cannot pull the base image since the registry move.',
  attempts: [
    { at: AT, tried: 'Re-ran the job with a fresh runner', showed: 'Same "manifest unknown" error.' },
    { at: AT, tried: 'Pulled the image on my laptop', showed: 'Works with my credentials' },
  ],
  evidence: 'Error: manifest unknown\n  at pull (registry.go:88)\n',
  theory: 'the CI service account has no read access to the new registry',
  ask: 'someone with admin on the registry to check its permissions.',
};

describe('the help request draft', () => {
  it('follows the shape of the two-hour rule in plain text', () => {
    expect(draftHelpRequest(stuck).plain).toBe(
      [
        "I'm stuck on CI cannot pull the base image since the registry move.",
        '',
        "I've tried:",
        '1. Re-ran the job with a fresh runner — Same "manifest unknown" error',
        '2. Pulled the image on my laptop — Works with my credentials',
        '',
        'Here is the evidence:',
        'Error: manifest unknown',
        '  at pull (registry.go:88)',
        '',
        "I think it's the CI service account has no read access to the new registry, but I need someone with admin on the registry to check its permissions.",
      ].join('\n'),
    );
  });

  it('puts the evidence in a code block and the attempts in a list in Markdown', () => {
    const { markdown, missing } = draftHelpRequest(stuck);
    expect(markdown).toBe(
      [
        "I'm stuck on CI cannot pull the base image since the registry move.",
        '',
        "I've tried:",
        '',
        '1. Re-ran the job with a fresh runner — Same "manifest unknown" error',
        '2. Pulled the image on my laptop — Works with my credentials',
        '',
        'Here is the evidence:',
        '',
        '```text',
        'Error: manifest unknown',
        '  at pull (registry.go:88)',
        '```',
        '',
        "I think it's the CI service account has no read access to the new registry, but I need someone with admin on the registry to check its permissions.",
      ].join('\n'),
    );
    expect(missing).toEqual([]);
  });

  it('keeps evidence verbatim, with a fence longer than any backticks inside it', () => {
    const evidence = 'step 1\n```\nnested fence\n```\n\ttabbed    spacing';
    const { markdown, plain } = draftHelpRequest({ ...stuck, evidence });
    expect(markdown).toContain(`\`\`\`\`text\n${evidence}\n\`\`\`\``);
    expect(plain).toContain(`Here is the evidence:\n${evidence}\n\n`);
  });

  it('leaves out what is not written yet and names it, never sending a placeholder', () => {
    const bare = { what: 'Login fails on staging', attempts: [], evidence: '  \n', theory: '', ask: '' };
    expect(draftHelpRequest(bare)).toEqual({
      plain: "I'm stuck on Login fails on staging.",
      markdown: "I'm stuck on Login fails on staging.",
      missing: ['attempts', 'evidence', 'theory', 'ask'],
    });
    expect(draftHelpRequest({ ...bare, ask: 'a second pair of eyes' }).plain).toBe("I'm stuck on Login fails on staging.\n\nI need a second pair of eyes.");
    expect(draftHelpRequest({ ...bare, theory: 'an expired cookie' }).plain).toBe("I'm stuck on Login fails on staging.\n\nI think it's an expired cookie.");
  });

  it('writes an attempt with no result yet without a dangling dash', () => {
    const { plain } = draftHelpRequest({ ...stuck, attempts: [{ at: AT, tried: 'Asked in #infra', showed: '' }] });
    expect(plain).toContain("I've tried:\n1. Asked in #infra\n\n");
  });
});
