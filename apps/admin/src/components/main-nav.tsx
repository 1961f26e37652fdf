'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: 'Look up', current: (path: string) => path === '/' || path.startsWith('/files/') },
  { href: '/batch', label: 'Batch', current: (path: string) => path.startsWith('/batch') },
  { href: '/browse', label: 'Browse', current: (path: string) => path.startsWith('/browse') },
] as const;

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="nav-list">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.current(pathname) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
