import { signOut } from '../app/sign-in/actions';
import type { CurrentOperator } from '../server/current-operator';
import { MainNav } from './main-nav';

/**
 * The brand, and for a signed-in operator: the navigation their role may use, who they are, and `Sign out`. When
 * the gateway could not say who the session belongs to, the least a role gets is shown, and `Sign out` stays.
 */
export function SiteHeader({ operator }: { operator: CurrentOperator | 'unknown' | null }) {
  if (operator === null) {
    return (
      <header className="site-header">
        <div className="site-header-inner">
          <p className="brand">MiniMax Files</p>
        </div>
      </header>
    );
  }
  const known = operator === 'unknown' ? null : operator;
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <p className="brand">MiniMax Files</p>
        <MainNav role={known?.role ?? 'VIEWER'} />
        <div className="session">
          {known && (
            <p className="operator">
              Signed in as <strong className="operator-name">{known.name}</strong>{' '}
              <span className="role-badge">{known.role}</span>
            </p>
          )}
          <form action={signOut}>
            <button type="submit" className="secondary">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
