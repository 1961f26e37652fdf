import type { Role } from '../gql/graphql';

export interface NavLink {
  href: string;
  label: string;
  /** The roles the gateway lets use the page (CONTRACT.md, Roles). */
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['VIEWER', 'OPERATOR', 'ADMIN'];
const ADMIN_ONLY: readonly Role[] = ['ADMIN'];

export const NAV_LINKS: readonly NavLink[] = [
  { href: '/', label: 'Look up', roles: EVERYONE },
  { href: '/batch', label: 'Batch', roles: EVERYONE },
  { href: '/browse', label: 'Browse', roles: EVERYONE },
  { href: '/overview', label: 'Overview', roles: ['OPERATOR', 'ADMIN'] },
  { href: '/activity', label: 'Activity', roles: ADMIN_ONLY },
  { href: '/operators', label: 'Operators', roles: ADMIN_ONLY },
];

/** The navigation a role gets, in order. */
export function linksFor(role: Role): NavLink[] {
  return NAV_LINKS.filter((link) => link.roles.includes(role));
}
