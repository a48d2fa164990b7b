import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { ApiError, execute } from './api';
import { AdminContracts } from './admin/Contracts';
import { Organisations } from './admin/Organisations';
import { Policies } from './admin/Policies';
import { Users } from './admin/Users';
import { AuditorHome } from './audit/AuditorHome';
import { AcceptInvitation } from './auth/AcceptInvitation';
import { ForgotPassword, ResetPassword } from './auth/PasswordReset';
import { ImportWizard } from './import/ImportWizard';
import { MentorAccessPaused, mentorAccessPaused } from './auth/MentorAccessPaused';
import { SecondFactorRequired, mustEnrolSecondFactor } from './auth/SecondFactorRequired';
import { SignIn } from './auth/SignIn';
import { ClientCase } from './clients/ClientCase';
import { ClientList } from './clients/ClientList';
import { ReferClient } from './clients/ReferClient';
import { UpcomingReleases } from './clients/UpcomingReleases';
import { MonitoringPage } from './monitoring/MonitoringPage';
import { Engagement } from './contacts/Engagement';
import { MatchLog } from './contacts/MatchLog';
import { MyPeople } from './contacts/MyPeople';
import { CoordinatorDesk } from './desk/CoordinatorDesk';
import type { Language as SchemaLanguage } from './graphql';
import { languages, useI18n, type Key } from './i18n';
import { areas, homeOf } from './layout/areas';
import { PublicFrame, Shell } from './layout/Shell';
import { BatchMatching } from './matching/BatchMatching';
import { ClientMatching } from './matching/ClientMatching';
import { Apply } from './mentors/Apply';
import { ConfirmApplication } from './mentors/ConfirmApplication';
import { MentorProfile } from './mentors/MentorProfile';
import { VettingBoard } from './mentors/VettingBoard';
import { RecordSessions } from './mentors/RecordSessions';
import { MunicipalityDashboard } from './municipality/Dashboard';
import { Notifications } from './notifications/Notifications';
import { MyHours } from './mentors/VolunteerHours';
import { Activities } from './activities/Activities';
import { MyEvents } from './activities/MyEvents';
import { MyReferrals, NewReferral } from './referrals/MyReferrals';
import { HandoverCase } from './handovers/HandoverCase';
import { MyHandovers } from './handovers/MyHandovers';
import { Erasures } from './privacy/Erasures';
import { forget, keepAnswers, rememberedUser, rememberUser, restoreAnswers } from './offline/persist';
import { hasAnyRole, knownRole, type Role } from './session/roles';
import { currentUser, logout, renewToken, SessionContext, SetMyLanguage, useSession, type User } from './session/session';
import { Settings } from './settings/Settings';
import { Loading } from './ui/states';
import { Page } from './ui/Page';
import { ServicesAdmin } from './services/ServicesAdmin';

/** `notice`: why the person is on the sign-in page (password reset, signed out everywhere), said there. */
/** `offline`: the server could not be asked; this is the mentor who signed in here last (see offline/persist.ts). */
type State = { state: 'loading' } | { state: 'anonymous'; startupError: unknown; notice?: Key } | { state: 'signedIn'; user: User; offline: boolean };

export function App() {
  const { setLanguage, language: shown } = useI18n();
  const queries = useQueryClient();
  const [state, setState] = useState<State>({ state: 'loading' });
  const [, navigate] = useLocation();

  const signedIn = (user: User, offline = false) => {
    // The account remembers the language; it wins over this browser's last choice. Offline, the account is the copy kept
    // at the last sign-in, older than a choice made since on this phone: the phone's choice stands.
    const language = languages.find((l) => l === user.language.toLowerCase());
    if (language && !offline) setLanguage(language);
    // Online, the server vouched for this user: keep them for an offline start, forgetting anyone else's answers first.
    void (offline ? Promise.resolve() : rememberUser(user)).then(() => setState({ state: 'signedIn', user, offline }));
  };

  // Who the cookie says we are; without a connection, the mentor who signed in here last, with their last answers.
  const start = (isCurrent: () => boolean) =>
    currentUser().then(
      (user) => isCurrent() && (user ? signedIn(user) : void forget().then(() => setState({ state: 'anonymous', startupError: null }))),
      async (error: unknown) => {
        const remembered = error instanceof ApiError && error.kind === 'network' ? await rememberedUser() : undefined;
        if (!isCurrent()) return;
        if (!remembered) return setState({ state: 'anonymous', startupError: error });
        await restoreAnswers(queries, remembered.id);
        signedIn(remembered, true);
      },
    );

  useEffect(() => {
    let current = true; // StrictMode runs effects twice in development; only the last answer counts
    void start(() => current);
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at start: `start` is a new function every render
  }, []);

  // Started offline: when the connection is back, the server says who is signed in (the session may have ended).
  const offline = state.state === 'signedIn' && state.offline;
  useEffect(() => {
    if (!offline) return;
    let current = true;
    const online = () => void start(() => current);
    window.addEventListener('online', online);
    return () => {
      current = false;
      window.removeEventListener('online', online);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only while started offline: `start` is a new function every render
  }, [offline]);

  // The mentor's own answers are kept for the next offline start while they are signed in.
  const userId = state.state === 'signedIn' ? state.user.id : null;
  const keep = state.state === 'signedIn' && hasAnyRole(state.user.roles, ['Mentor']);
  useEffect(() => (userId && keep ? keepAnswers(queries, userId) : undefined), [userId, keep, queries]);

  // The server takes roles out of every request of some sessions; the app then shows one calm page instead of pages
  // that could only fail. A mentor whose access is paused keeps their other roles (if any) but not the mentor's pages;
  // someone whose organisation requires a second factor they have not set up keeps no role until they enrol.
  const paused = state.state === 'signedIn' ? mentorAccessPaused(state.user) : null;
  const enrol = state.state === 'signedIn' && mustEnrolSecondFactor(state.user);
  const session = useMemo(() => {
    if (state.state !== 'signedIn') return null;
    const signedOut = (notice?: Key) => {
      queries.clear(); // nothing of the last user stays in memory
      void forget(); // nor on this device
      setState({ state: 'anonymous', startupError: null, notice });
      navigate('/', { replace: true });
    };
    const roles = enrol ? [] : paused ? state.user.roles.filter((r) => knownRole(r) !== 'Mentor') : state.user.roles;
    return {
      user: roles === state.user.roles ? state.user : { ...state.user, roles },
      signOut: async () => {
        await logout();
        signedOut();
      },
      signedOut: async (notice: Key) => {
        await renewToken();
        signedOut(notice);
      },
    };
  }, [state, queries, paused, enrol, navigate]);

  // After enrolling, the session carries the person's roles: ask who they are now and go on to their home. A language
  // chosen on the enrolment page could not be saved then (no roles); it is saved now rather than switched back.
  const enrolled = async () => {
    try {
      let user = await currentUser();
      if (user && user.language.toLowerCase() !== shown) {
        const saved = await execute(SetMyLanguage, { language: shown.toUpperCase() as SchemaLanguage }).catch(() => null);
        if (saved?.setMyLanguage.user) user = { ...user, language: saved.setMyLanguage.user.language };
      }
      if (user) signedIn(user);
      else setState({ state: 'anonymous', startupError: null });
      navigate('/', { replace: true });
    } catch (error) {
      setState({ state: 'anonymous', startupError: error });
    }
  };

  if (state.state === 'loading') {
    return <PublicFrame><Loading /></PublicFrame>;
  }

  if (!session) {
    const startupError = state.state === 'anonymous' ? state.startupError : null;
    const notice = state.state === 'anonymous' ? state.notice : undefined;
    const toSignIn = (why: Key) => {
      setState({ state: 'anonymous', startupError: null, notice: why });
      navigate('/', { replace: true });
    };
    return (
      <PublicFrame>
        <Switch>
          <Route path="/apply/:organisationId">{(p) => <Apply organisationId={p.organisationId} />}</Route>
          <Route path="/confirm-application"><ConfirmApplication /></Route>
          <Route path="/invitation"><AcceptInvitation onSignedIn={signedIn} /></Route>
          <Route path="/forgot-password"><ForgotPassword /></Route>
          <Route path="/reset-password"><ResetPassword onDone={() => toSignIn('reset.done')} /></Route>
          <Route><SignIn key={notice ?? ''} startupError={startupError} notice={notice} onSignedIn={signedIn} /></Route>
        </Switch>
      </PublicFrame>
    );
  }

  if (enrol) {
    return (
      <SessionContext.Provider value={session}>
        <Shell><SecondFactorRequired onEnrolled={enrolled} /></Shell>
      </SessionContext.Provider>
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
          <Route path="/forgot-password"><Redirect to="/settings" replace /></Route>
          <Route path="/reset-password"><ResetPassword onDone={() => void session.signedOut('reset.done')} /></Route>
          <Route path="/confirm-application"><ConfirmApplication /></Route>
          <Route path="/settings"><Settings /></Route>
          <Route path="/account"><Redirect to="/settings" replace /></Route>
          <Route path="/desk"><Guard path="/desk"><CoordinatorDesk /></Guard></Route>
          <Route path="/me"><Guard path="/me"><MyPeople /></Guard></Route>
          <Route path="/me/:matchId">{(p) => <Guard roles={['Mentor']}><MatchLog matchId={p.matchId} /></Guard>}</Route>
          <Route path="/hours"><Guard path="/hours"><MyHours /></Guard></Route>
          <Route path="/events"><Guard path="/events"><MyEvents /></Guard></Route>
          <Route path="/activities"><Guard path="/activities"><Activities /></Guard></Route>
          <Route path="/releases"><Guard path="/releases"><UpcomingReleases /></Guard></Route>
          <Route path="/clients"><Guard path="/clients"><ClientList /></Guard></Route>
          <Route path="/clients/new"><Guard path="/clients"><ReferClient /></Guard></Route>
          <Route path="/clients/:id/match">{(p) => <Guard path="/matching"><ClientMatching clientId={p.id} /></Guard>}</Route>
          <Route path="/clients/:id">{(p) => <Guard path="/clients"><ClientCase clientId={p.id} /></Guard>}</Route>
          <Route path="/mentors"><Guard path="/mentors"><VettingBoard /></Guard></Route>
          <Route path="/mentors/sessions"><Guard path="/mentors"><RecordSessions /></Guard></Route>
          <Route path="/mentors/:id">{(p) => <Guard path="/mentors"><MentorProfile mentorId={p.id} /></Guard>}</Route>
          <Route path="/matching"><Guard path="/matching"><BatchMatching /></Guard></Route>
          <Route path="/matches/:matchId">{(p) => <Guard path="/engagement"><MatchLog matchId={p.matchId} /></Guard>}</Route>
          <Route path="/engagement"><Guard path="/engagement"><Engagement /></Guard></Route>
          <Route path="/monitoring"><Guard path="/monitoring"><MonitoringPage /></Guard></Route>
          <Route path="/notifications"><Guard path="/notifications"><Notifications /></Guard></Route>
          <Route path="/municipality"><Guard path="/municipality"><MunicipalityDashboard /></Guard></Route>
          <Route path="/audit"><Guard path="/audit"><AuditorHome /></Guard></Route>
          <Route path="/referrals"><Guard path="/referrals"><MyReferrals /></Guard></Route>
          <Route path="/handovers"><Guard path="/handovers"><MyHandovers /></Guard></Route>
          <Route path="/handovers/:id">{(p) => <Guard path="/handovers"><HandoverCase handoverId={p.id} /></Guard>}</Route>
          <Route path="/referrals/new"><Guard path="/referrals"><NewReferral /></Guard></Route>
          <Route path="/admin/organisations"><Guard path="/admin/organisations"><Organisations /></Guard></Route>
          <Route path="/admin/users"><Guard path="/admin/users"><Users /></Guard></Route>
          <Route path="/admin/contracts"><Guard path="/admin/contracts"><AdminContracts /></Guard></Route>
          <Route path="/admin/policy"><Guard path="/admin/policy"><Policies /></Guard></Route>
          <Route path="/admin/services"><Guard path="/admin/services"><ServicesAdmin /></Guard></Route>
          <Route path="/admin/import"><Guard path="/admin/import"><ImportWizard /></Guard></Route>
          <Route path="/admin/erasures"><Guard path="/admin/erasures"><Erasures /></Guard></Route>
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
