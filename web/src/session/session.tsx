import { createContext, useContext } from 'react';
import { antiforgeryToken, execute } from '../api';
import { graphql, type LoginInput, type MeQuery } from '../graphql';
import type { Key } from '../i18n';

export type User = NonNullable<MeQuery['me']>;

// mentorStanding comes from the request's own identity, so it is asked for with `me` (a login answer cannot know it).
// secondFactorRequired with secondFactorEnabled false: the session has no roles until the person enrols.
export const Me = graphql(`
  query Me { me { id email displayName roles language mentorStanding secondFactorEnabled secondFactorRequired organisation { id name kind } } }
`);

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }
      errors { ...UserErrorFields }
    }
  }
`);

const Logout = graphql(`mutation Logout { logout { ok } }`);

export const SetMyLanguage = graphql(`
  mutation SetMyLanguage($language: Language!) { setMyLanguage(language: $language) { user { id language } errors { ...UserErrorFields } } }
`);

/** Start-up: a fresh token for whoever the cookie says we are, then who that is (null when anonymous). */
export async function currentUser(): Promise<User | null> {
  await antiforgeryToken(true);
  return (await execute(Me)).me;
}

export async function login(input: LoginInput) {
  const { login: payload } = await execute(Login, { input });
  if (!payload.user) return { ...payload, user: null };
  await renewToken();
  return { ...payload, user: await signedInUser(payload.user) };
}

/**
 * Who just signed in, as `me` sees them: the answer to `login` or `acceptInvitation` was made before the new session
 * existed, so it cannot say whether a mentor's access is paused. If `me` cannot be asked now, the sign-in answer stands.
 */
export async function signedInUser(user: Omit<User, 'mentorStanding'>): Promise<User> {
  const me = await execute(Me).then((r) => r.me, () => null);
  return me ?? { ...user, mentorStanding: null };
}

export async function logout(): Promise<void> {
  await execute(Logout);
  await renewToken();
}

// The identity changed, so the old token is useless. If the new one cannot be fetched now, the next call
// fetches it; the sign-in or sign-out itself has already happened.
export async function renewToken(): Promise<void> {
  await antiforgeryToken(true).catch(() => undefined);
}

export interface Session {
  user: User;
  signOut: () => Promise<void>;
  /** The server already ended this session (sign out everywhere): forget it here and say why on the sign-in page. */
  signedOut: (notice: Key) => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
