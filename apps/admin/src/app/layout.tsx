import { GeistMono } from 'geist/font/mono';
import { GeistSans } from 'geist/font/sans';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/site-header';
import { sessionToken } from '../server/session';
import './globals.css';

export const metadata: Metadata = {
  title: 'MiniMax Files',
  description: 'Look up MiniMax files by id, download or play them.',
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = (await sessionToken()) !== null;
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader signedIn={signedIn} />
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
