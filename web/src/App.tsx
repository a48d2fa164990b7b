import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { AdminContracts } from './admin/Contracts';
import { Organisations } from './admin/Organisations';
import { Policies } from './admin/Policies';
import { Users } from './admin/Users';
import { AuditorHome } from './audit/AuditorHome';
import { AcceptInvitation } from './auth/AcceptInvitation';
import { MentorAccessPaused, mentorAccessPaused } from './auth/MentorAccessPaused';
import { SignIn } from './auth/SignIn';
import { ClientCase } from './clients/ClientCase';
import { ClientList } from './clients/ClientList';
import { ReferClient } from './clients/ReferClient';
import { UpcomingReleases } from './clients/UpcomingReleases';
import { Engagement } from './contacts/Engagement';
import { MatchLog } from './contacts/MatchLog';
import { MyPeople } from './contacts/MyPeople';
import { CoordinatorDesk } from './desk/CoordinatorDesk';
import { languages, useI18n } from './i18n';
import { areas, homeOf } from './layout/areas';
import { PublicFrame, Shell } from './layout/Shell';
import { BatchMatching } from './matching/BatchMatching';
import { ClientMatching } from './matching/ClientMatching';
import { Apply } from './mentors/Apply';
import { MentorProfile } from './mentors/MentorProfile';
import { VettingBoard } from './mentors/VettingBoard';
import { MunicipalityDashboard } from './municipality/Dashboard';
import { Notifications } from './notifications/Notifications';
import { hasAnyRole, knownRole, type Role } from './session/roles';
import { currentUser, logout, SessionContext, useSession, type User } from './session/session';
import { Settings } from './settings/Settings';
import { Loading } from './ui/states';
import { Page } from './ui/Page';

type State = { state: 'loading' } | { state: 'anonymous'; startupError: unknown } | { state: 'signedIn'; user: User };

export function App() {
  const { setLanguage } = useI18n();
  const queries = useQueryClient();
  const [state, setState] = useState<State>({ state: 'loading' });

  const signedIn = (user: User) => {
    // The account remembers the language; it wins over this browser's last choice.
    const language = languages.find((l) => l === user.language.toLowerCase());
    if (language) setLanguage(language);
    setState({ state: 'signedIn', user });
  };

  useEffect(() => {
    let current = true; // StrictMode runs effects twice in development; only the last answer counts
    currentUser().then(
      (user) => current && (user ? signedIn(user) : setState({ state: 'anonymous', startupError: null })),
      (error: unknown) => current && setState({ state: 'anonymous', startupError: error }),
    );
    return () => {
      current = false;
    };
  }, []);

  // A mentor whose access is paused keeps their other roles (if any) but not the mentor's pages: the server has taken
  // the role out of every request, so those pages could only fail.
  const paused = state.state === 'signedIn' ? mentorAccessPaused(state.user) : null;
  const session = useMemo(() => state.state === 'signedIn'
    ? {
        user: paused ? { ...state.user, roles: state.user.roles.filter((r) => knownRole(r) !== 'Mentor') } : state.user,
        signOut: async () => {
          await logout();
          queries.clear(); // nothing of the last user stays in memory
          setState({ state: 'anonymous', startupError: null });
        },
      }
    : null, [state, queries, paused]);

  if (state.state === 'loading') {
    return <PublicFrame><Loading /></PublicFrame>;
  }

  if (!session) {
    const startupError = state.state === 'anonymous' ? state.startupError : null;
    return (
      <PublicFrame>
        <Switch>
          <Route path="/apply/:organisationId">{(p) => <Apply organisationId={p.organisationId} />}</Route>
          <Route path="/invitation"><AcceptInvitation onSignedIn={signedIn} /></Route>
          <Route><SignIn startupError={startupError} onSignedIn={signedIn} /></Route>
        </Switch>
      </PublicFrame>
    );
  }

  if (paused && session.user.roles.length === 0) {
    return (
      <SessionContext.Provider value={session}>
        <Shell><MentorAccessPaused standing={paused} /></Shell>
      </SessionContext.Provider>
    );
  }

  const home = homeOf(session.user.roles);
  return (
    <SessionContext.Provider value={session}>
      <Shell>
        {paused && <MentorAccessPaused standing={paused} notice />}
        <Switch>
          <Route path="/"><Redirect to={home} replace /></Route>
          <Route path="/invitation"><Redirect to={home} replace /></Route>
          <Route path="/settings"><Settings /></Route>
          <Route path="/desk"><Guard path="/desk"><CoordinatorDesk /></Guard></Route>
          <Route path="/me"><Guard path="/me"><MyPeople /></Guard></Route>
          <Route path="/me/:matchId">{(p) => <Guard roles={['Mentor']}><MatchLog matchId={p.matchId} /></Guard>}</Route>
          <Route path="/releases"><Guard path="/releases"><UpcomingReleases /></Guard></Route>
          <Route path="/clients"><Guard path="/clients"><ClientList /></Guard></Route>
          <Route path="/clients/new"><Guard path="/clients"><ReferClient /></Guard></Route>
          <Route path="/clients/:id/match">{(p) => <Guard path="/matching"><ClientMatching clientId={p.id} /></Guard>}</Route>
          <Route path="/clients/:id">{(p) => <Guard path="/clients"><ClientCase clientId={p.id} /></Guard>}</Route>
          <Route path="/mentors"><Guard path="/mentors"><VettingBoard /></Guard></Route>
          <Route path="/mentors/:id">{(p) => <Guard path="/mentors"><MentorProfile mentorId={p.id} /></Guard>}</Route>
          <Route path="/matching"><Guard path="/matching"><BatchMatching /></Guard></Route>
          <Route path="/matches/:matchId">{(p) => <Guard path="/engagement"><MatchLog matchId={p.matchId} /></Guard>}</Route>
          <Route path="/engagement"><Guard path="/engagement"><Engagement /></Guard></Route>
          <Route path="/notifications"><Guard path="/notifications"><Notifications /></Guard></Route>
          <Route path="/municipality"><Guard path="/municipality"><MunicipalityDashboard /></Guard></Route>
          <Route path="/audit"><Guard path="/audit"><AuditorHome /></Guard></Route>
          <Route path="/admin/organisations"><Guard path="/admin/organisations"><Organisations /></Guard></Route>
          <Route path="/admin/users"><Guard path="/admin/users"><Users /></Guard></Route>
          <Route path="/admin/contracts"><Guard path="/admin/contracts"><AdminContracts /></Guard></Route>
          <Route path="/admin/policy"><Guard path="/admin/policy"><Policies /></Guard></Route>
          <Route path="/apply/:organisationId">{(p) => <Apply organisationId={p.organisationId} />}</Route>
          <Route><NotFound /></Route>
        </Switch>
      </Shell>
    </SessionContext.Provider>
  );
}

/** A page only some roles may open: the others are told so (the API refuses them in any case). */
function Guard({ path, roles, children }: { path?: string; roles?: Role[]; children: ReactNode }) {
  const { t } = useI18n();
  const { user } = useSession();
  const allowed = roles ?? areas.find((a) => a.path === path)?.roles ?? [];
  if (hasAnyRole(user.roles, allowed)) return <>{children}</>;
  return <Page title={t('forbidden.title')}><p>{t('forbidden.text')}</p></Page>;
}

function NotFound() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <button type="button" className="secondary" onClick={() => navigate('/')}>{t('notFound.home')}</button>
    </Page>
  );
}
