import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CommitmentActionsProvider } from './commitment-actions.tsx';
import { useJournalChanges } from './journal-query.ts';
import { BlockerPanel } from './screens/BlockerPanel.tsx';
import { CheckIn } from './screens/CheckIn.tsx';
import { Closed } from './screens/Closed.tsx';
import { CommitmentDetail } from './screens/CommitmentDetail.tsx';
import { OpenLoops } from './screens/OpenLoops.tsx';
import { Status } from './screens/Status.tsx';

/** Every window is a route of this one app: `#/` is Open loops, `#/blocker/<id>` a blocker's panel. */
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
          <Route path="/blocker/:id">{(params) => <BlockerPanel key={params.id} id={params.id} />}</Route>
          <Route>
            <Redirect to="/" />
          </Route>
        </Switch>
      </CommitmentActionsProvider>
    </Router>
  );
}
