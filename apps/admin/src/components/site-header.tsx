import { signOut } from '../app/sign-in/actions';
import { MainNav } from './main-nav';

export function SiteHeader({ signedIn }: { signedIn: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <p className="brand">MiniMax Files</p>
        {signedIn && (
          <>
            <MainNav />
            <form action={signOut} className="sign-out">
              <button type="submit" className="secondary">
                Sign out
              </button>
            </form>
          </>
        )}
      </div>
    </header>
  );
}
