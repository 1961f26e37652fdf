import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in · MiniMax Files' };

export default function SignInPage() {
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lead">Sign in with your operator token to look up MiniMax files.</p>
      <SignInForm />
    </div>
  );
}
