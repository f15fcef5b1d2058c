import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useJournalChanges } from './journal-query.ts';
import { OpenLoops } from './screens/OpenLoops.tsx';

/** Every window is a route of this one app: `#/` is Open loops. */
export function App() {
  useJournalChanges();
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/" component={OpenLoops} />
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </Router>
  );
}
