import { Link, useLocation } from 'wouter';
import { DataPanel } from '../components/DataPanel.tsx';
import { useShortcuts } from '../keyboard.ts';

/** Your data on a screen of its own (`#/data`), until the settings screen shows the same panel. */
export function Data() {
  const [, navigate] = useLocation();
  useShortcuts({ Escape: () => navigate('/') });
  return (
    <main className="screen">
      <Link href="/" className="back">
        ← Open loops <kbd>Esc</kbd>
      </Link>
      <header className="screen-header">
        <h1>Your data</h1>
      </header>
      <DataPanel />
    </main>
  );
}
