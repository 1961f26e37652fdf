import { GeistMono } from 'geist/font/mono';
import { GeistSans } from 'geist/font/sans';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/site-header';
import { currentOperator } from '../server/current-operator';
import './globals.css';

export const metadata: Metadata = {
  title: 'MiniMax Files',
  description: 'Look up MiniMax files by id, download or play them.',
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader operator={await currentOperator()} />
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
