import { describe, expect, it } from 'vitest';
import { CliCommand, parseCommand, startsHidden, USAGE } from '../../shared/cli/command.ts';

const packaged = { packaged: true };
const unpackaged = { packaged: false };

describe('the command line', () => {
  it.each([
    [['/opt/Ownlog/ownlog', 'capture', 'Send rollout plan to Priya by Thu 3pm'], packaged, { kind: 'capture', line: 'Send rollout plan to Priya by Thu 3pm' }],
    [['/opt/Ownlog/ownlog', 'capture', 'Send', 'rollout', 'plan'], packaged, { kind: 'capture', line: 'Send rollout plan' }],
    [['/opt/Ownlog/ownlog', '--no-sandbox', 'capture', '--enable-features=X', 'Reply to Omar'], packaged, { kind: 'capture', line: 'Reply to Omar' }],
    [['/opt/Ownlog/ownlog', 'capture', 'Reply to Omar', '--hidden'], packaged, { kind: 'capture', line: 'Reply to Omar' }],
    [['/usr/bin/electron', '.', 'capture', 'Reply to Omar'], unpackaged, { kind: 'capture', line: 'Reply to Omar' }],
    [['/usr/bin/electron', '/home/me/ownlog', 'checkin'], unpackaged, { kind: 'checkin' }],
    [['C:\\Program Files\\Ownlog\\Ownlog.exe', 'CAPTURE', 'Reply to Omar'], packaged, { kind: 'capture', line: 'Reply to Omar' }],
    [['/opt/Ownlog/ownlog', 'blocker', 'start', 'The payments SDK returns 403'], packaged, { kind: 'blocker', what: 'The payments SDK returns 403' }],
    [['/opt/Ownlog/ownlog', 'blocker', 'start', 'The', 'SDK', 'returns', '403'], packaged, { kind: 'blocker', what: 'The SDK returns 403' }],
    [['/opt/Ownlog/ownlog', 'checkin'], packaged, { kind: 'checkin' }],
    [['/opt/Ownlog/ownlog', 'check-in'], packaged, { kind: 'checkin' }],
    [['/opt/Ownlog/ownlog'], packaged, { kind: 'open' }],
    [['/opt/Ownlog/ownlog', '--hidden'], packaged, { kind: 'open' }],
    [['/usr/bin/electron', '.'], unpackaged, { kind: 'open' }],
  ])('%j → %j', (argv, options, expected) => {
    expect(parseCommand(argv, options)).toEqual(expected);
  });

  it.each([
    [['/opt/Ownlog/ownlog', 'capture'], /Say what to capture/],
    [['/opt/Ownlog/ownlog', 'capture', '   '], /Say what to capture/],
    [['/opt/Ownlog/ownlog', 'blocker'], /“blocker” needs “start”/],
    [['/opt/Ownlog/ownlog', 'blocker', 'stop', 'x'], /“blocker” needs “start”/],
    [['/opt/Ownlog/ownlog', 'blocker', 'start'], /Say what you are stuck on/],
    [['/opt/Ownlog/ownlog', 'captur', 'x'], /no command “captur”/],
  ])('refuses %j with a message saying how', (argv, message) => {
    const command = parseCommand(argv, packaged);
    expect(command.kind).toBe('error');
    if (command.kind === 'error') {
      expect(command.message).toMatch(message);
      expect(command.message).toContain(USAGE);
    }
  });

  it('keeps what it hands over within the limits the running instance accepts', () => {
    const command = parseCommand(['/opt/Ownlog/ownlog', 'capture', 'x'.repeat(5000)], packaged);
    expect(CliCommand.safeParse(command).success).toBe(true);
  });

  it('knows a launch at login asked to start hidden', () => {
    expect(startsHidden(['/opt/Ownlog/ownlog', '--hidden'])).toBe(true);
    expect(startsHidden(['/opt/Ownlog/ownlog', 'capture', 'x'])).toBe(false);
  });
});
