import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CommitmentActionsProvider } from './commitment-actions.tsx';
import { useJournalChanges } from './journal-query.ts';
import { BlockerPanel } from './screens/BlockerPanel.tsx';
import { CheckIn } from './screens/CheckIn.tsx';
import { Closed } from './screens/Closed.tsx';
import { Brag } from './screens/Brag.tsx';
import { CommitmentDetail } from './screens/CommitmentDetail.tsx';
import { Ledger } from './screens/Ledger.tsx';
import { LedgerBlockers, LedgerCommitments } from './screens/LedgerFigure.tsx';
import { OpenLoops } from './screens/OpenLoops.tsx';
import { Repositories } from './screens/Repositories.tsx';
import { Status } from './screens/Status.tsx';
import { PostmortemFlow } from './screens/PostmortemFlow.tsx';
import { PostmortemLibrary } from './screens/PostmortemLibrary.tsx';
import { QuickCapture } from './screens/QuickCapture.tsx';
import { Settings } from './screens/Settings.tsx';
import { Welcome } from './screens/Welcome.tsx';

/**
 * Every window is a route of this one app: `#/` is Open loops, `#/blocker/<id>` a blocker's panel,
 * `#/postmortem/<id>/<step>` a postmortem's step and `#/postmortems` their library,
 * `#/ledger/<period>` the promise ledger and `#/ledger/<period>/commitments/<bucket>` what is behind a figure,
 * `#/settings/<section>` settings (`data` for export, import and backups), `#/welcome` the first run and
 * `#/capture` the small capture window.
 */
export function App() {
  useJournalChanges();
  return (
    <Router hook={useHashLocation}>
      <CommitmentActionsProvider>
        <Switch>
          <Route path="/" component={OpenLoops} />
          <Route path="/commitment/:id" component={CommitmentDetail} />
          <Route path="/closed" component={Closed} />
          <Route path="/closed/:month/:id" component={CommitmentDetail} />
          <Route path="/checkin" component={CheckIn} />
          <Route path="/status" component={Status} />
          <Route path="/status/:id" component={Status} />
          <Route path="/settings" component={Settings} />
          <Route path="/settings/:section" component={Settings} />
          <Route path="/welcome" component={Welcome} />
          <Route path="/capture" component={QuickCapture} />
          <Route path="/capture/:kind" component={QuickCapture} />
          <Route path="/ledger" component={Ledger} />
          <Route path="/ledger/:period" component={Ledger} />
          <Route path="/ledger/:period/commitments/:bucket" component={LedgerCommitments} />
          <Route path="/ledger/:period/commitments/:bucket/:by/:value?" component={LedgerCommitments} />
          <Route path="/ledger/:period/blockers/:bucket" component={LedgerBlockers} />
          <Route path="/ledger/:period/raised/:bin" component={LedgerBlockers} />
          <Route path="/brag" component={Brag} />
          <Route path="/brag/:quarter" component={Brag} />
          <Route path="/repositories" component={Repositories} />
          <Route path="/blocker/:id">{(params) => <BlockerPanel key={params.id} id={params.id} />}</Route>
          <Route path="/postmortems" component={PostmortemLibrary} />
          <Route path="/postmortem/:id/:page?" component={PostmortemFlow} />
          <Route>
            <Redirect to="/" />
          </Route>
        </Switch>
      </CommitmentActionsProvider>
    </Router>
  );
}
