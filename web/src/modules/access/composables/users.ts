import { graphql } from '../../../gql';

graphql(`
  fragment UserRow on User {
    id
    name
    email
    active
    mustChangePassword
    createdAt
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

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserRow
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: UserInput!) {
    createUser(input: $input) {
      oneTimePassword
      user {
        ...UserRow
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UserPatch!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($id: ID!) {
    resetPassword(id: $id)
  }
`);

export const AssignRoleMutation = graphql(`
  mutation AssignRole($input: RoleInput!) {
    assignRole(input: $input) {
      id
    }
  }
`);

export const RemoveRoleMutation = graphql(`
  mutation RemoveRole($id: ID!) {
    removeRole(id: $id)
  }
`);

/** Programmes with their projects, for choosing what a manager or partner role applies to. */
export const RoleScopeOptionsQuery = graphql(`
  query RoleScopeOptions {
    programmes {
      id
      title
      iatiIdentifier
      projects {
        id
        title
        iatiIdentifier
      }
    }
  }
`);

/** Matches a user by name, email or organisation, ignoring case. */
export function matchesUser(u: { name: string; email?: string | null; organisation?: { name: string } | null }, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${u.name} ${u.email ?? ''} ${u.organisation?.name ?? ''}`.toLowerCase();
  return words.every((w) => text.includes(w));
}
