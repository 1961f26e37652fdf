import { signOut } from '../app/sign-in/actions';
import type { CurrentOperator } from '../server/current-operator';
import { MainNav } from './main-nav';

/** The brand, and for a signed-in operator: the navigation their role may use, who they are, and `Sign out`. */
export function SiteHeader({ operator }: { operator: CurrentOperator | null }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <p className="brand">MiniMax Files</p>
        {operator && (
          <>
            <MainNav role={operator.role} />
            <div className="session">
              <p className="operator">
                Signed in as <strong className="operator-name">{operator.name}</strong>{' '}
                <span className="role-badge">{operator.role}</span>
              </p>
              <form action={signOut}>
                <button type="submit" className="secondary">
                  Sign out
                </button>
              </form>
            </div>
          </>
        )}
      </div>
    </header>
  );
}
