import type { Key } from '../i18n';
import { hasAnyRole, type Role } from '../session/roles';

/** A place in the app's navigation and the roles that see it. Later capabilities add their areas here. */
export interface Area {
  path: string;
  label: Key;
  roles: readonly Role[];
}

const caseWorkers: Role[] = ['Coordinator', 'OrgAdmin'];

export const areas: readonly Area[] = [
  { path: '/desk', label: 'nav.desk', roles: ['Coordinator'] },
  { path: '/me', label: 'nav.me', roles: ['Mentor'] },
  { path: '/hours', label: 'nav.hours', roles: ['Mentor'] },
  { path: '/events', label: 'nav.events', roles: ['Mentor'] },
  { path: '/releases', label: 'nav.releases', roles: caseWorkers },
  { path: '/clients', label: 'nav.clients', roles: caseWorkers },
  { path: '/mentors', label: 'nav.mentors', roles: caseWorkers },
  { path: '/matching', label: 'nav.matching', roles: caseWorkers },
  { path: '/engagement', label: 'nav.engagement', roles: caseWorkers },
  { path: '/monitoring', label: 'nav.monitoring', roles: caseWorkers },
  { path: '/activities', label: 'nav.activities', roles: caseWorkers },
  { path: '/notifications', label: 'nav.notifications', roles: caseWorkers },
  { path: '/municipality', label: 'nav.municipality', roles: ['MunicipalityViewer'] },
  { path: '/audit', label: 'nav.audit', roles: ['Auditor'] },
  { path: '/referrals', label: 'nav.referrals', roles: ['Referrer'] },
  { path: '/handovers', label: 'nav.handovers', roles: ['SocialWorker'] },
  { path: '/admin/organisations', label: 'nav.organisations', roles: ['PlatformAdmin'] },
  { path: '/admin/users', label: 'nav.users', roles: ['OrgAdmin', 'PlatformAdmin'] },
  { path: '/admin/contracts', label: 'nav.contracts', roles: ['OrgAdmin', 'Coordinator'] },
  { path: '/admin/policy', label: 'nav.policy', roles: ['OrgAdmin'] },
  { path: '/admin/services', label: 'nav.services', roles: caseWorkers },
  { path: '/admin/import', label: 'nav.import', roles: ['OrgAdmin'] },
  { path: '/admin/erasures', label: 'nav.erasures', roles: ['OrgAdmin'] },
];

export function areasFor(userRoles: readonly string[]): Area[] {
  return areas.filter((a) => hasAnyRole(userRoles, a.roles));
}

/** Where a user lands after signing in: the first area of their most hands-on role. */
export function homeOf(userRoles: readonly string[]): string {
  const order: [Role, string][] = [
    ['Coordinator', '/desk'],
    ['Mentor', '/me'],
    ['OrgAdmin', '/admin/users'],
    ['PlatformAdmin', '/admin/organisations'],
    ['MunicipalityViewer', '/municipality'],
    ['Auditor', '/audit'],
    ['Referrer', '/referrals'],
    ['SocialWorker', '/handovers'],
  ];
  return order.find(([role]) => hasAnyRole(userRoles, [role]))?.[1] ?? '/settings';
}
