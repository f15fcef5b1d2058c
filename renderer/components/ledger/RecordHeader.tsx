import { Link } from 'wouter';

type RecordScreen = 'ledger' | 'brag' | 'repositories';

const SCREENS: { key: RecordScreen; href: string; label: string; title: string; shortcut: string }[] = [
  { key: 'ledger', href: '/ledger', label: 'Ledger', title: 'Promise ledger', shortcut: 'l' },
  { key: 'brag', href: '/brag', label: 'Brag doc', title: 'Brag doc', shortcut: 'b' },
  { key: 'repositories', href: '/repositories', label: 'Repositories', title: 'Repositories', shortcut: 'g' },
];

/**
 * The head of each screen of the user's record: the way back (Esc), its title, and the other
 * record screens with the key that opens each.
 */
export function RecordHeader({ current }: { current: RecordScreen }) {
  const back = current === 'ledger' ? { href: '/', label: 'Open loops' } : { href: '/ledger', label: 'Promise ledger' };
  return (
    <>
      <Link href={back.href} className="back">
        ← {back.label} <kbd>Esc</kbd>
      </Link>
      <header className="screen-header">
        <h1>{SCREENS.find((screen) => screen.key === current)?.title}</h1>
        <nav className="summary record-nav" aria-label="Your record">
          {SCREENS.map((screen) => (
            <Link key={screen.key} href={screen.href} className="nav-link" aria-current={current === screen.key ? 'page' : undefined}>
              {screen.label} {current !== screen.key && <kbd>{screen.shortcut}</kbd>}
            </Link>
          ))}
        </nav>
      </header>
    </>
  );
}
