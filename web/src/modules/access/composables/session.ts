import { computed, inject, reactive, type InjectionKey } from 'vue';
import type { ApolloClient } from '@apollo/client/core';
import { graphql } from '../../../gql';
import type { SessionUserFragment } from '../../../gql/graphql';
import { capabilitiesOf } from './capabilities';

graphql(`
  fragment SessionUser on User {
    id
    name
    email
    mustChangePassword
    organisation {
      id
      name
    }
    roles {
      id
      role
      programme {
        id
        title
      }
      project {
        id
        title
      }
      organisation {
        id
        name
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export interface Session {
  /** The signed-in user; null when signed out or not yet known. */
  readonly user: SessionUserFragment | null;
  readonly loaded: boolean;
  /** Asks the server who is signed in, once; `force` asks again. */
  load: (force?: boolean) => Promise<SessionUserFragment | null>;
  /** Throws the API's error (UNAUTHENTICATED, RATE_LIMITED …) when refused. */
  signIn: (email: string, password: string) => Promise<SessionUserFragment | null>;
  signOut: () => Promise<void>;
  /** The server no longer knows the session (expired, signed out elsewhere): forget the user and its data. */
  expire: () => void;
  /** After a change to the user (a new password), keep what the server returned. */
  update: (user: SessionUserFragment) => void;
}

/**
 * Who is signed in, for the router guard and the top bar. Signing in or out empties the Apollo cache, so the
 * next user never sees what the previous one was allowed to read.
 */
export function createSession(client: ApolloClient<unknown>): Session {
  const state = reactive({ user: null as SessionUserFragment | null, loaded: false });
  let pending: Promise<SessionUserFragment | null> | null = null;

  function load(force = false): Promise<SessionUserFragment | null> {
    if (state.loaded && !force) return Promise.resolve(state.user);
    pending ??= client
      .query({ query: MeQuery, fetchPolicy: 'network-only' })
      .then((r) => {
        state.user = r.data.me ?? null;
        state.loaded = true;
        return state.user;
      })
      .finally(() => (pending = null));
    return pending;
  }

  return {
    get user() {
      return state.user;
    },
    get loaded() {
      return state.loaded;
    },
    load,
    async signIn(email, password) {
      await client.mutate({ mutation: SignInMutation, variables: { email, password }, fetchPolicy: 'no-cache' });
      await client.clearStore();
      // The sign-in answer was made before the cookie existed, so it cannot show the user's roles: ask again.
      return load(true);
    },
    async signOut() {
      try {
        await client.mutate({ mutation: SignOutMutation, fetchPolicy: 'no-cache' });
      } finally {
        state.user = null;
        await client.clearStore();
      }
    },
    expire() {
      state.user = null;
      void client.clearStore();
    },
    update(user) {
      state.user = user;
    },
  };
}

export const SessionKey: InjectionKey<Session> = Symbol('session');

export function useSession(): Session {
  const session = inject(SessionKey);
  if (!session) throw new Error('useSession() needs the session provided by main.ts');
  return session;
}

/** What the signed-in user may do, for showing only the actions that will work. */
export function useCapabilities() {
  const session = useSession();
  return computed(() => capabilitiesOf(session.user));
}
