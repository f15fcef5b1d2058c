/**
 * npm run screenshots — every screen, in a real Chromium, over realistic seeded journals.
 * PNGs go to screenshots/ (see README). Run `npm run build` first; the npm script does.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderHtml } from '../../shared/export/html.ts';
import { parseMarkdown } from '../../shared/export/parse-markdown.ts';
import { dailyBackupId } from '../../shared/data/backup-rules.ts';
import { createFolderBackups } from '../../shared/node/backups.ts';
import { writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { makeJournalDir, openJournalAt } from '../support/journal-dir.ts';
import { FLAKY_SAFARI, SDK_SCOPE, seedBlocker, STAGING_MIGRATION } from '../support/seed-blockers.ts';
import { FLAG_DEFAULT_ID, ORDERS_MIGRATION_ID, seedPostmortems } from '../support/seed-postmortems.ts';
import { seedCommitments } from '../support/seed.ts';
import { makeRepository, type TestRepository } from '../support/git-repo.ts';
import { seedRecord } from '../support/seed-record.ts';
import { DAY, HOUR, VirtualClock } from '../support/virtual-clock.ts';
import type { ShellInfo } from '../../shared/shell/channels.ts';
import { openApp, type AppPage } from './support/app-page.ts';
import { launchChromium } from './support/browser.ts';
import { serveBuiltRenderer } from './support/renderer-server.ts';

const OUT = path.resolve('screenshots');
const NOW = '2026-11-24T14:30:00.000Z';
process.env.TZ ??= 'Europe/Berlin';

/** `npm run screenshots -- settings capture` shoots only the shots whose names start so. */
const ONLY = process.argv.slice(2);

fs.mkdirSync(OUT, { recursive: true });
const [browser, server] = await Promise.all([launchChromium(), serveBuiltRenderer()]);
const written: string[] = [];
/** Folders of files the shots "import", each made by mkdtemp: the only folders removed at the end. */
const tempFolders: string[] = [];

function tempFile(name: string, text: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-shot-import-'));
  tempFolders.push(folder);
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

interface ShotOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  route?: string;
  /** Off for dialogs and the undo bar: they sit on the window, so they are shot as it shows them. */
  fullPage?: boolean;
  shellInfo?: (info: ShellInfo) => void;
}

async function shot(name: string, setUp: (dir: string) => void, act: (app: AppPage) => Promise<void>, options: ShotOptions = {}) {
  if (ONLY.length > 0 && !ONLY.some((prefix) => name.startsWith(prefix))) return;
  const folder = makeJournalDir('shots');
  try {
    setUp(folder.dir);
    const app = await openApp(browser, { baseUrl: server.url, dir: folder.dir, clock: new VirtualClock(NOW, process.env.TZ), ...options });
    await app.page.mouse.move(0, 0);
    try {
      await app.page.locator('.screen').waitFor();
      await act(app);
      const file = path.join(OUT, `${name}.png`);
      // Dialogs and the undo bar sit on the window, so they are shot as the window shows them.
      await app.page.screenshot({ path: file, fullPage: options.fullPage ?? true });
      written.push(file);
      if (app.problems.length > 0) throw new Error(`${name}: ${app.problems.join('; ')}`);
    } finally {
      await app.close();
    }
  } finally {
    folder.remove();
  }
}

const seeded = (dir: string) => writeJournalFiles(confFiles(dir), seedCommitments({ now: new Date(NOW), closed: 300, open: 9, seed: 11 }));
const firstOpen = (app: AppPage) => app.journal.openLoops()[0]?.commitment;
async function openDetail(app: AppPage, id: string) {
  await app.page.evaluate((commitmentId) => {
    location.hash = `#/commitment/${commitmentId}`;
  }, id);
  await app.page.getByRole('heading', { name: 'History' }).waitFor();
}
async function onRow({ page }: AppPage, index: number) {
  await page.keyboard.press('Escape');
  for (let step = 0; step < index; step += 1) await page.keyboard.press('j');
}
const typing = async ({ page }: AppPage) => {
  await page.getByLabel('What did you promise?').fill('Send rollout plan to Priya by Thu 3pm');
  await page.locator('.chip-due').waitFor();
};

const blockers = [
  seedBlocker(STAGING_MIGRATION, { now: new Date(NOW), id: 'shot-blocker-migration' }),
  seedBlocker(SDK_SCOPE, { now: new Date(NOW), id: 'shot-blocker-sdk-scope' }),
  seedBlocker(FLAKY_SAFARI, { now: new Date(NOW), id: 'shot-blocker-safari' }),
];
const withBlockers = (dir: string) => writeJournalFiles(confFiles(dir), [...seedCommitments({ now: new Date(NOW), closed: 300, open: 9, seed: 11 }), ...blockers]);
/** The shell's first heartbeat at start, then the page shows the clocks counting. */
const blockersShown = async ({ page, journal }: AppPage) => {
  journal.blockers.heartbeat();
  await page.locator('.blocker-item').first().waitFor();
};
const panelShown = async ({ page, journal }: AppPage) => {
  journal.blockers.heartbeat();
  await page.locator('.clock-time').waitFor();
};

const withPostmortems = (dir: string) => {
  const { postmortems, commitments } = seedPostmortems();
  writeJournalFiles(confFiles(dir), [...seedCommitments({ now: new Date(NOW), closed: 300, open: 9, seed: 11 }), ...commitments, ...postmortems]);
};
/** A step of the seeded draft, every field written. */
const stepShown = (title: string) => async ({ page }: AppPage) => {
  await page.locator('#pm-step-title', { hasText: title }).waitFor();
};
const POSTMORTEM_STEPS = [
  ['acknowledge', 'Acknowledge'],
  ['impact', 'Impact'],
  ['tell', 'Tell the right people'],
  ['timeline', 'Timeline'],
  ['root-cause', 'Root cause'],
  ['resolution', 'Resolution'],
  ['action-items', 'Action items'],
  ['lessons', 'Lessons'],
] as const;

/** Every tray icon at each size, on a light and a dark panel as menu bars and trays show them. */
async function trayIconSheet() {
  if (ONLY.length > 0 && !ONLY.some((prefix) => 'tray-icons'.startsWith(prefix))) return;
  const folder = path.resolve('assets/tray');
  const files = fs.readdirSync(folder).filter((file) => file.endsWith('.png')).sort();
  const cell = (file: string) => `<figure><img src="data:image/png;base64,${fs.readFileSync(path.join(folder, file)).toString('base64')}"><figcaption>${file}</figcaption></figure>`;
  const row = (label: string, background: string, color: string) =>
    `<section style="background:${background};color:${color}"><h2>${label}</h2>${files.map(cell).join('')}</section>`;
  const page = await browser.newPage({ viewport: { width: 900, height: 120 } });
  try {
    await page.setContent(`<style>body{margin:0;font:13px system-ui}section{display:flex;gap:18px;align-items:end;padding:14px}h2{width:110px;font-size:13px;margin:0}figure{margin:0;text-align:center}img{display:block;margin:0 auto 4px;image-rendering:pixelated}</style>${row('Light panel', '#f2f2f2', '#222')}${row('Dark panel', '#2b2b2b', '#eee')}`);
    const file = path.join(OUT, 'tray-icons.png');
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
  } finally {
    await page.close();
  }
}

try {
  for (const [step, title] of POSTMORTEM_STEPS) {
    await shot(`postmortem-${String(POSTMORTEM_STEPS.findIndex(([name]) => name === step) + 1)}-${step}`, withPostmortems, stepShown(title), { route: `/postmortem/${ORDERS_MIGRATION_ID}/${step}` });
  }
  await shot('postmortem-review-ready', withPostmortems, stepShown('Review'), { route: `/postmortem/${ORDERS_MIGRATION_ID}/review` });
  await shot('postmortem-complete', withPostmortems, async ({ page }) => {
    await page.getByText(/^Complete since/).waitFor();
  }, { route: `/postmortem/${FLAG_DEFAULT_ID}` });
  await shot('postmortem-blameless-prompt', withPostmortems, async ({ page }) => {
    await page.locator('#pm-step-title', { hasText: 'Root cause' }).waitFor();
    const whys = page.locator('.pm-whys textarea');
    await whys.last().fill('Priya forgot to pause the BI export before the deploy');
    await page.getByRole('note').waitFor();
  }, { route: `/postmortem/${ORDERS_MIGRATION_ID}/root-cause` });
  await shot('postmortem-impact-dark', withPostmortems, stepShown('Impact'), { route: `/postmortem/${ORDERS_MIGRATION_ID}/impact`, colorScheme: 'dark' });
  await shot('postmortem-timeline-narrow', withPostmortems, stepShown('Timeline'), { route: `/postmortem/${ORDERS_MIGRATION_ID}/timeline`, viewport: { width: 520, height: 760 } });
  await shot('postmortem-start', withPostmortems, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await page.keyboard.type('Wrong feature flag default shipped to production');
  }, { fullPage: false });
  await shot('postmortem-library', withPostmortems, async ({ page }) => {
    await page.getByRole('list', { name: 'All postmortems' }).waitFor();
  }, { route: '/postmortems' });
  await shot('postmortem-library-search', withPostmortems, async ({ page }) => {
    await page.getByLabel('Search postmortems and lessons').fill('deploying');
    await page.locator('.pm-hit').first().waitFor();
  }, { route: '/postmortems' });
  await shot('postmortem-library-empty', () => undefined, async ({ page }) => {
    await page.getByRole('heading', { name: 'No postmortems yet' }).waitFor();
  }, { route: '/postmortems' });
  await shot('open-loops-postmortem-draft', withPostmortems, async ({ page }) => {
    await page.getByRole('region', { name: /Postmortem drafts/ }).waitFor();
  });
  await shot('open-loops-blockers', withBlockers, blockersShown);
  await shot('open-loops-blockers-dark', withBlockers, blockersShown, { colorScheme: 'dark' });
  await shot('open-loops-blockers-narrow', withBlockers, blockersShown, { viewport: { width: 520, height: 640 } });
  await shot('blocker-start', seeded, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await page.keyboard.type('CI cannot pull the base image since the registry move');
  });
  await shot('blocker-panel-raise-now', withBlockers, panelShown, { route: '/blocker/shot-blocker-migration' });
  await shot('blocker-panel-raise-now-dark', withBlockers, panelShown, { route: '/blocker/shot-blocker-migration', colorScheme: 'dark' });
  await shot('blocker-panel-narrow', withBlockers, panelShown, { route: '/blocker/shot-blocker-migration', viewport: { width: 520, height: 640 } });
  await shot('blocker-panel-early', withBlockers, panelShown, { route: '/blocker/shot-blocker-sdk-scope' });
  await shot('blocker-panel-raised', withBlockers, async (app) => {
    await panelShown(app);
    await app.page.keyboard.press('r');
    await app.page.keyboard.type('Ana (data team)');
    await app.page.keyboard.press('Enter');
    await app.page.getByText('The help request is marked sent').waitFor();
  }, { route: '/blocker/shot-blocker-migration' });
  await shot('blocker-resolved', withBlockers, async (app) => {
    await panelShown(app);
    await app.page.keyboard.press('x');
    await app.page.keyboard.type('Ana moved the BI export to 02:00; the migration ran in 40 s');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('Check pg_stat_activity for lock holders before raising timeouts');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { name: STAGING_MIGRATION.what }).waitFor();
    await app.page.locator('.resolved').waitFor();
  }, { route: '/blocker/shot-blocker-migration' });
  const settingsShown = async ({ page }: AppPage) => {
    await page.getByRole('heading', { name: 'Your day' }).waitFor();
    await page.getByText('No backups yet.').waitFor();
  };
  await shot('settings', seeded, settingsShown, { route: '/settings' });
  await shot('settings-dark', seeded, settingsShown, { route: '/settings', colorScheme: 'dark' });
  await shot('settings-refused', seeded, async ({ page }) => {
    const dueSoon = page.getByLabel('Due soon (hours before)');
    await dueSoon.fill('0');
    await dueSoon.press('Enter');
    await page.getByText('At least an hour.', { exact: true }).waitFor();
    await page.getByLabel('Work hours start').fill('18:00');
    await page.getByLabel('Work hours start').press('Enter');
    await page.getByText('The workday must end after it starts.', { exact: true }).waitFor();
  }, { route: '/settings/promises', fullPage: false });
  await shot('settings-shortcut-taken', seeded, async ({ page }) => {
    await page.getByText('is taken by another app').waitFor();
  }, { route: '/settings/desktop', fullPage: false, shellInfo: (info) => (info.shortcut.registered = false) });
  await shot('settings-shortcut-wayland', seeded, async ({ page }) => {
    await page.getByText('On Wayland').waitFor();
  }, { route: '/settings/desktop', fullPage: false, shellInfo: (info) => (info.shortcut = { ...info.shortcut, registered: false, wayland: true }) });
  await shot('settings-shortcut-recording', seeded, async ({ page }) => {
    await page.getByRole('button', { name: 'Record a new shortcut' }).click();
    await page.keyboard.down('Control');
    await page.keyboard.down('Shift');
    await page.getByText('Keep holding them').waitFor();
  }, { route: '/settings/desktop', fullPage: false });
  const welcomeShown = async ({ page }: AppPage) => {
    await page.getByRole('heading', { name: 'Welcome to Ownlog' }).waitFor();
  };
  await shot('welcome', () => undefined, welcomeShown, { route: '/welcome' });
  await shot('welcome-dark-no-tray', () => undefined, welcomeShown, { route: '/welcome', colorScheme: 'dark', shellInfo: (info) => (info.trayShown = false) });
  const captureWindow = { route: '/capture', viewport: { width: 680, height: 210 } };
  const captureTyped = async ({ page }: AppPage) => {
    await page.keyboard.type('Send rollout plan to Priya by Thu 3pm #standup');
    await page.locator('.chip-person').waitFor();
  };
  await shot('capture-window', seeded, captureTyped, captureWindow);
  await shot('capture-window-dark', seeded, captureTyped, { ...captureWindow, colorScheme: 'dark' });
  await shot('capture-window-blocker', seeded, async ({ page }) => {
    await page.keyboard.type('CI cannot pull the base image since the registry move');
  }, { route: '/capture/blocker', viewport: { width: 680, height: 300 } });
  await trayIconSheet();
  await shot('open-loops', seeded, typing);
  await shot('open-loops-dark', seeded, typing, { colorScheme: 'dark' });
  await shot('open-loops-narrow', seeded, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
  }, { viewport: { width: 520, height: 640 } });
  await shot('open-loops-empty', () => undefined, async ({ page }) => {
    await page.getByRole('heading', { name: 'Nothing open' }).waitFor();
  });
  await shot('capture-error', seeded, async ({ page }) => {
    const capture = page.getByLabel('What did you promise?');
    await capture.fill('by Friday');
    await capture.press('Enter');
    await page.getByText('Say what you promised').waitFor();
  });
  await shot('capture-over-capacity', seeded, async ({ page, journal }) => {
    journal.capture({ line: 'Prepare the demo for Sam tomorrow', takeOnAnyway: true });
    journal.capture({ line: 'Answer the vendor security questionnaire by Thursday', takeOnAnyway: true });
    await page.locator('.loop').nth(10).waitFor();
    await page.getByLabel('What did you promise?').fill('Review the billing RFC for Omar tomorrow #review');
    await page.getByRole('note', { name: 'Over capacity' }).waitFor();
  });
  await shot('capture-part-removed', seeded, async ({ page }) => {
    await page.getByLabel('What did you promise?').fill('Prepare the March planning doc for Priya #meeting');
    await page.locator('.chip-due').waitFor();
    await page.keyboard.press('Alt+D');
    await page.locator('.chip-ignored').waitFor();
  });
  await shot('renegotiate-dialog', seeded, async (app) => {
    await onRow(app, 2);
    await app.page.keyboard.press('r');
    await app.page.keyboard.type('Friday 10am');
    await app.page.waitForFunction(() => document.querySelector('dialog textarea')?.textContent.includes('[reason]') ?? false);
  }, { fullPage: false });
  await shot('drop-dialog', seeded, async (app) => {
    await onRow(app, 0);
    await app.page.keyboard.press('x');
    await app.page.waitForFunction(() => document.querySelector('dialog textarea')?.textContent.includes('[reason]') ?? false);
  }, { fullPage: false });
  await shot('undo-bar', seeded, async (app) => {
    await onRow(app, 0);
    await app.page.keyboard.press('d');
    await app.page.getByRole('button', { name: 'Undo' }).waitFor();
  }, { fullPage: false });
  await shot('open-loops-filtered', seeded, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await page.keyboard.type('the');
    await page.getByLabel('Promised to').selectOption({ index: 1 });
  });
  await shot('commitment-detail', seeded, async (app) => {
    const commitment = app.journal.openLoops().find((loop) => loop.commitment.scopeChanges.length > 0)?.commitment ?? firstOpen(app);
    if (!commitment) throw new Error('no open commitment to show');
    app.journal.handlers['ownlog:commitment-checklist']({ id: commitment.id, action: { kind: 'use-template' } });
    app.journal.handlers['ownlog:commitment-checklist']({ id: commitment.id, action: { kind: 'toggle', index: 0 } });
    await openDetail(app, commitment.id);
  });
  await shot('commitment-detail-dark', seeded, async (app) => {
    const commitment = firstOpen(app);
    if (!commitment) throw new Error('no open commitment to show');
    await openDetail(app, commitment.id);
  }, { colorScheme: 'dark' });
  await shot('scope-dialog', seeded, async (app) => {
    const commitment = firstOpen(app);
    if (!commitment) throw new Error('no open commitment to show');
    await openDetail(app, commitment.id);
    await app.page.keyboard.press('s');
    await app.page.keyboard.type('the retry queue');
    await app.page.getByLabel('Why now').fill('it fails the same way under load');
    await app.page.getByText('Should I proceed?').waitFor();
  }, { fullPage: false });
  await shot('closed', seeded, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('c');
    await page.locator('.closed-item').first().waitFor();
  });
  await shot('closed-detail', seeded, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('c');
    await page.getByLabel('How it ended').selectOption('dropped');
    await page.getByLabel('Period').selectOption('year');
    await page.locator('.closed-item').first().click();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
  });
  /** A week worth reporting: decisions on top of the seeded commitments. */
  const aWeek = ({ journal }: AppPage) => {
    journal.handlers['ownlog:decision-record']({ what: 'Use Postgres advisory locks for the orders migration', why: 'Fewer moving parts than Redis locks, and they die with the session' });
    journal.handlers['ownlog:decision-record']({ what: 'Ship the export service behind a flag', why: 'Lets us turn it off without a deploy' });
  };
  await shot('checkin', seeded, async (app) => {
    await app.page.evaluate(() => {
      location.hash = '#/checkin';
    });
    await app.page.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
  }, { viewport: { width: 560, height: 760 } });
  await shot('checkin-dark', seeded, async (app) => {
    await app.page.evaluate(() => {
      location.hash = '#/checkin';
    });
    await app.page.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
  }, { viewport: { width: 560, height: 760 }, colorScheme: 'dark' });
  let weeklyMarkdown = '';
  await shot('status-weekly', seeded, async (app) => {
    aWeek(app);
    await app.page.evaluate(() => {
      location.hash = '#/status';
    });
    await app.page.getByRole('button', { name: 'This week’s update' }).click();
    await app.page.getByLabel('The update, in Markdown').waitFor();
    weeklyMarkdown = await app.page.getByLabel('The update, in Markdown').inputValue();
  });
  await shot('status-regenerate-ask', seeded, async (app) => {
    await app.page.evaluate(() => {
      location.hash = '#/status';
    });
    await app.page.getByRole('button', { name: 'Today’s update' }).click();
    const editor = app.page.getByLabel('The update, in Markdown');
    await editor.waitFor();
    await editor.press('Control+End');
    await app.page.keyboard.type('\nAlso paired with Ana on the search bug.\n');
    await app.page.waitForTimeout(900);
    await app.page.getByRole('button', { name: 'Draft again from the journal' }).click();
    await app.page.getByRole('dialog', { name: 'Replace your edits?' }).waitFor();
  }, { fullPage: false });
  await shot('decision-dialog', seeded, async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+D');
    await page.keyboard.type('Ship the export service behind a flag');
  }, { fullPage: false });
  {
    // A page of the exported PDF, printed by Chromium from the export's HTML as the app does.
    const printing = await browser.newPage();
    await printing.setContent(renderHtml(parseMarkdown(weeklyMarkdown, 'Weekly update')));
    const pdf = path.join(OUT, 'weekly-update.pdf');
    fs.writeFileSync(pdf, await printing.pdf({ format: 'A4', printBackground: true, margin: { top: '0.6in', bottom: '0.6in', left: '0.7in', right: '0.7in' } }));
    await printing.close();
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(OUT, 'weekly-update-pdf-page-1')]);
    written.push(path.join(OUT, 'weekly-update-pdf-page-1.png'));
  }
  // Your record: the ledger with its chart, a figure's list, the brag doc, commits from git.
  const withRecord = (dir: string) => writeJournalFiles(confFiles(dir), [...seedCommitments({ now: new Date(NOW), closed: 300, open: 9, seed: 11 }), ...seedRecord({ now: new Date(NOW) })]);
  const chartDrawn = async ({ page }: AppPage) => {
    await page.locator('.trend-chart .recharts-bar-rectangle').first().waitFor();
  };
  await shot('ledger', withRecord, chartDrawn, { route: '/ledger/last-6-months' });
  await shot('ledger-dark', withRecord, chartDrawn, { route: '/ledger/last-6-months', colorScheme: 'dark' });
  await shot('ledger-narrow', withRecord, chartDrawn, { route: '/ledger/this-quarter', viewport: { width: 520, height: 760 } });
  await shot('ledger-week-tooltip', withRecord, async (app) => {
    await chartDrawn(app);
    await app.page.locator('.trend-chart .recharts-bar.bucket-kept .recharts-rectangle').nth(-3).hover();
    await app.page.locator('.trend-tooltip').waitFor();
  }, { route: '/ledger/last-6-months', fullPage: false });
  await shot('ledger-figure', withRecord, async ({ page }) => {
    await page.getByRole('link', { name: /done late: show them/ }).click();
    await page.getByRole('list', { name: 'Commitments behind the figure' }).waitFor();
    await page.mouse.move(0, 0);
  }, { route: '/ledger/last-6-months' });
  await shot('brag', withRecord, async ({ page }) => {
    await page.getByRole('heading', { name: 'Lessons' }).waitFor();
  }, { route: '/brag' });
  await shot('brag-dark', withRecord, async ({ page }) => {
    await page.getByRole('heading', { name: 'Lessons' }).waitFor();
    await page.getByText('Categories and their keywords').click();
  }, { route: '/brag', colorScheme: 'dark' });
  {
    // Two repositories with Monday's work in them, and one that was moved away.
    const made: TestRepository[] = [makeRepository('billing-service'), makeRepository('handbook')];
    const [billing, handbook] = made;
    const me = 'dana@example.com';
    billing?.commit({ subject: 'Retry 503s from the payments API with backoff', email: me, at: '2026-11-23T08:40:00Z' });
    billing?.commit({ subject: 'Log the retry count on each payment attempt', email: me, at: '2026-11-23T10:05:00Z' });
    billing?.commit({ subject: 'fix: Fix the flaky login test (#482)', email: me, at: '2026-11-23T13:20:00Z' });
    billing?.commit({ subject: 'Bump the HTTP client', email: 'lee@example.com', at: '2026-11-23T14:00:00Z' });
    handbook?.commit({ subject: 'Document the on-call handover checklist', email: me, at: '2026-11-23T15:30:00Z' });
    const sources = (app: AppPage) => {
      app.journal.closeAsDone(app.journal.capture({ line: 'Fix the flaky login test for Lee', takeOnAnyway: true }).id);
      app.journal.handlers['ownlog:git-sources-save']({ repositories: [...made.map((repository) => repository.dir), '~/code/old-monolith'], authorEmail: me });
    };
    try {
      await shot('checkin-git', seeded, async (app) => {
        sources(app);
        await app.page.evaluate(() => {
          location.hash = '#/checkin';
        });
        const panel = app.page.getByRole('region', { name: 'From git' });
        await panel.getByRole('heading', { name: 'handbook' }).waitFor();
        await panel.getByRole('button', { name: /^Add “Retry 503s/ }).click();
      }, { viewport: { width: 560, height: 760 } });
      await shot('status-git', seeded, async (app) => {
        sources(app);
        await app.page.evaluate(() => {
          location.hash = '#/status';
        });
        await app.page.getByRole('button', { name: 'This week’s update' }).click();
        await app.page.getByRole('region', { name: 'From git' }).getByRole('heading', { name: 'handbook' }).waitFor();
      });
      await shot('repositories', seeded, async (app) => {
        sources(app);
        await app.page.evaluate(() => {
          location.hash = '#/repositories';
        });
        await app.page.getByRole('list', { name: 'Repositories read' }).getByText(/^~\/code\/old-monolith is not there/).waitFor();
      });
    } finally {
      for (const repository of made) repository.remove();
    }
  }
  await shot('store-notice', (dir) => {
    seeded(dir);
    fs.writeFileSync(path.join(dir, 'live.json'), '{"records": {"half-written');
  }, async ({ page }) => {
    await page.getByRole('alert', { name: 'Problems with your journal files' }).waitFor();
  });
  /** Two weeks of daily backups, one taken before an import and one by hand. */
  const withBackups = (dir: string) => {
    seeded(dir);
    const clock = new VirtualClock('2026-11-11T07:40:00.000Z', process.env.TZ);
    const backups = createFolderBackups({ journalDir: dir, clock });
    for (let day = 0; day < 14; day += 1) {
      backups.take('daily', dailyBackupId(clock.now().toISOString().slice(0, 10)));
      if (day === 6) {
        clock.advance(6 * HOUR);
        backups.take('before-import');
        clock.advance(-6 * HOUR);
      }
      if (day === 11) {
        clock.advance(3 * HOUR);
        backups.take('manual');
        clock.advance(-3 * HOUR);
      }
      clock.advance(DAY);
    }
  };
  await shot('data-backups', withBackups, async ({ page }) => {
    await page.getByRole('cell', { name: 'Before an import' }).waitFor();
  }, { route: '/settings/data' });
  await shot('data-backups-dark', withBackups, async ({ page }) => {
    await page.getByRole('cell', { name: 'Before an import' }).waitFor();
  }, { route: '/settings/data', colorScheme: 'dark' });
  await shot('data-empty', () => undefined, async ({ page }) => {
    await page.getByText('No backups yet.').waitFor();
  }, { route: '/settings/data' });
  await shot('data-restore-dialog', withBackups, async ({ page }) => {
    await page.getByRole('button', { name: /^Restore… the backup of/ }).nth(2).click();
    await page.getByRole('dialog', { name: /^Restore the backup of/ }).waitFor();
  }, { route: '/settings/data', fullPage: false });

  /** An export from another machine: the same journal with three promises retitled, twelve new ones and other settings. */
  const importFile = (dir: string) => {
    const exported = JSON.parse(openJournalAt(dir, new VirtualClock(NOW, process.env.TZ)).data.exportFile().text) as { settings: Record<string, unknown>; records: Record<string, unknown>[] };
    const open = exported.records.filter((record) => record.closedAt === null);
    open.slice(0, 3).forEach((record, index) => (record.title = ['Send the rollout plan to the whole org', 'Fix the flaky login test for good', 'Write the runbook, with the failover steps'][index]));
    const fresh = seedCommitments({ now: new Date(NOW), closed: 10, open: 2, seed: 5 }).map((record) => ({ ...record, id: record.id.replace('seed-', 'home-') }));
    exported.records.push(...fresh);
    exported.settings = { ...exported.settings, theme: 'dark', checkInTime: '10:15' };
    return tempFile('ownlog-journal-2026-11-20.json', JSON.stringify(exported, null, 2));
  };
  let pending = '';
  await shot('data-import-summary', (dir) => {
    seeded(dir);
    pending = importFile(dir);
  }, async (app) => {
    app.imports.pick = pending;
    await app.page.getByRole('button', { name: 'Import…' }).click();
    await app.page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  }, { route: '/settings/data' });

  await shot('data-import-errors', (dir) => {
    seeded(dir);
    const exported = JSON.parse(openJournalAt(dir, new VirtualClock(NOW, process.env.TZ)).data.exportFile().text) as { version: number; records: Record<string, unknown>[] };
    const [first, second, third, fourth] = exported.records;
    if (!first || !second || !third || !fourth) throw new Error('too few records to spoil');
    first.due = 'next Tuesday';
    second.status = 'sort-of-done';
    delete third.history;
    fourth.kind = 'postmortem';
    exported.records.push({ ...first, title: 'A copy of a promise' });
    pending = tempFile('from-the-old-laptop.json', JSON.stringify(exported, null, 2));
  }, async (app) => {
    app.imports.pick = pending;
    await app.page.getByRole('button', { name: 'Import…' }).click();
    await app.page.getByText('cannot be imported').waitFor();
  }, { route: '/settings/data' });
} finally {
  for (const folder of tempFolders) fs.rmSync(folder, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
console.log(`Wrote ${written.length} screenshots to ${path.relative(process.cwd(), OUT)}/:\n${written.map((file) => `  ${path.basename(file)}`).join('\n')}`);
