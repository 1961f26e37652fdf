import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in · MiniMax Files' };

interface SignInPageProps {
  searchParams: Promise<{ expired?: string; 'signed-out'?: string }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const query = await searchParams;
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lead">{leadText(query)}</p>
      <SignInForm />
    </div>
  );
}

function leadText(query: Awaited<SignInPageProps['searchParams']>): string {
  if (query['signed-out'] === 'unconfirmed') {
    return 'You are signed out here, but the gateway could not be reached to end the session; it ends by itself once idle. Sign in again to continue.';
  }
  if (query.expired === '1')
    return 'Your session has ended (signed out, expired or revoked). Sign in again to continue.';
  return 'Sign in with your operator token to look up MiniMax files.';
}
