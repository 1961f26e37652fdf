import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in · MiniMax Files' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ expired?: string }> }) {
  const expired = (await searchParams).expired === '1';
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lead">
        {expired
          ? 'The gateway no longer accepts your session’s token. Sign in again to continue.'
          : 'Sign in with your operator token to look up MiniMax files.'}
      </p>
      <SignInForm />
    </div>
  );
}
