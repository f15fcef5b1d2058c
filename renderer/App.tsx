import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useJournalChanges } from './journal-query.ts';
import { BlockerPanel } from './screens/BlockerPanel.tsx';
import { OpenLoops } from './screens/OpenLoops.tsx';

/** Every window is a route of this one app: `#/` is Open loops, `#/blocker/<id>` a blocker's panel. */
export function App() {
  useJournalChanges();
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/" component={OpenLoops} />
        <Route path="/blocker/:id">{(params) => <BlockerPanel key={params.id} id={params.id} />}</Route>
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </Router>
  );
}
