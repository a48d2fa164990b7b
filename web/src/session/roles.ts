import type { Role as SchemaRole } from '../graphql';

/** The roles as the UI names them; the schema spells them as enum values (MUNICIPALITY_VIEWER). */
export const roles = ['PlatformAdmin', 'OrgAdmin', 'Coordinator', 'Mentor', 'MunicipalityViewer', 'Auditor', 'Referrer', 'SocialWorker'] as const;
export type Role = (typeof roles)[number];

/** Reads a role as the server spells it: `MunicipalityViewer`, or as a GraphQL enum value `MUNICIPALITY_VIEWER`. */
export function knownRole(role: string): Role | undefined {
  const plain = role.replace(/_/g, '').toLowerCase();
  return roles.find((r) => r.toLowerCase() === plain);
}

export function schemaRole(role: Role): SchemaRole {
  return role.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as SchemaRole;
}

export function hasAnyRole(userRoles: readonly string[], wanted: readonly Role[]): boolean {
  return userRoles.some((r) => {
    const known = knownRole(r);
    return known !== undefined && wanted.includes(known);
  });
}
