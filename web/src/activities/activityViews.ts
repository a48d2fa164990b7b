import type { GroupActivitiesQuery, QueryName } from '../graphql';

export type Activity = GroupActivitiesQuery['groupActivities'][number];

// An activity shows on this page and on the invited mentors' phones (and, once attended, in their hours).
export const activityViews: QueryName[] = ['GroupActivities', 'MyGroupActivities', 'MyVolunteerStatement', 'VolunteerStatement'];
