'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Role } from '../gql/graphql';
import { linksFor } from '../lib/nav-links';

/** The pages the operator's role may use; hiding the rest is a courtesy, the gateway still refuses them. */
export function MainNav({ role }: { role: Role }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="nav-list">
        {linksFor(role).map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(link.href, pathname) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function isCurrent(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/' || pathname.startsWith('/files/');
  return pathname === href || pathname.startsWith(`${href}/`);
}
