/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n    query DemoNotice {\n      programmes {\n        id\n        isDemo\n      }\n    }\n  ": typeof types.DemoNoticeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionUser\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenRowFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    mustChangePassword\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    active\n    mustChangePassword\n    createdAt\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UserPatch!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AssignRole($input: RoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id)\n  }\n": typeof types.RemoveRoleDocument,
    "\n  query RoleScopeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      projects {\n        id\n        title\n        iatiIdentifier\n      }\n    }\n  }\n": typeof types.RoleScopeOptionsDocument,
    "\n  query ReferenceData {\n    countries {\n      code\n      name\n      region\n    }\n    focusAreas {\n      code\n      name\n      description\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    sectors(vocabulary: \"1\") {\n      list\n      code\n      name\n      category\n    }\n    statuses: codelist(name: \"ActivityStatus\") {\n      list\n      code\n      name\n    }\n    roles: codelist(name: \"OrganisationRole\") {\n      list\n      code\n      name\n    }\n    documentCategories: codelist(name: \"DocumentCategory\") {\n      list\n      code\n      name\n    }\n    organisationTypes: codelist(name: \"OrganisationType\") {\n      list\n      code\n      name\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  fragment OrganisationRow on Organisation {\n    id\n    version\n    name\n    acronym\n    kind\n    iatiType\n    iatiTypeName\n    iatiRef\n    country {\n      code\n      name\n    }\n  }\n": typeof types.OrganisationRowFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter) {\n    organisations(filter: $filter) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationPatch!, $version: Int) {\n    updateOrganisation(id: $id, input: $input, version: $version) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrganisationDocument,
    "\n  query OrganisationOptions {\n    organisations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  mutation AddParticipation($input: ParticipationInput!) {\n    addParticipation(input: $input) {\n      ...ParticipationRow\n    }\n  }\n": typeof types.AddParticipationDocument,
    "\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n": typeof types.RemoveParticipationDocument,
    "\n  query DonorHome {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      status\n      statusName\n      isDemo\n      startDate\n      endDate\n      leadAgency {\n        id\n        name\n        acronym\n      }\n      focusAreas {\n        code\n        name\n      }\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DonorHomeDocument,
    "\n  fragment PortfolioProgramme on Programme {\n    id\n    title\n    iatiIdentifier\n    status\n    statusName\n    isDemo\n    canEdit\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n  }\n": typeof types.PortfolioProgrammeFragmentDoc,
    "\n  query PortfolioProjects($filter: ProjectFilter, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n        programme {\n          ...PortfolioProgramme\n        }\n      }\n    }\n  }\n": typeof types.PortfolioProjectsDocument,
    "\n  query PortfolioProgrammes {\n    programmes {\n      ...PortfolioProgramme\n    }\n  }\n": typeof types.PortfolioProgrammesDocument,
    "\n  fragment ParticipationRow on Participation {\n    id\n    role\n    roleName\n    organisation {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n": typeof types.ParticipationRowFragmentDoc,
    "\n  fragment ProgrammeDetail on Programme {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    startDate\n    endDate\n    isDemo\n    canEdit\n    archivedAt\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    countries {\n      code\n      name\n      region\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n  }\n": typeof types.ProgrammeDetailFragmentDoc,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetail\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeDocument,
    "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeDetail\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: ProgrammePatch!, $version: Int) {\n    updateProgramme(id: $id, input: $input, version: $version) {\n      ...ProgrammeDetail\n    }\n  }\n": typeof types.UpdateProgrammeDocument,
    "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveProgrammeDocument,
    "\n  fragment DocumentRow on Document {\n    id\n    title\n    url\n    category\n    categoryName\n    language\n    documentDate\n  }\n": typeof types.DocumentRowFragmentDoc,
    "\n  fragment ProjectDetail on Project {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    isDemo\n    canEdit\n    internalNotes\n    archivedAt\n    programme {\n      id\n      title\n      iatiIdentifier\n      leadAgency {\n        id\n        name\n        acronym\n      }\n    }\n    focusAreas {\n      code\n      name\n    }\n    recipientCountries {\n      percentage\n      country {\n        code\n        name\n        region\n      }\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n    documents {\n      ...DocumentRow\n    }\n  }\n": typeof types.ProjectDetailFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectPatch!, $version: Int) {\n    updateProject(id: $id, input: $input, version: $version) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveProjectDocument,
    "\n  mutation AddDocument($projectId: ID!, $input: DocumentInput!) {\n    addDocument(projectId: $projectId, input: $input) {\n      ...DocumentRow\n    }\n  }\n": typeof types.AddDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentRow\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n": typeof types.RemoveDocumentDocument,
    "\n  query ProgrammeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      focusAreas {\n        code\n      }\n    }\n  }\n": typeof types.ProgrammeOptionsDocument,
};
const documents: Documents = {
    "\n    query DemoNotice {\n      programmes {\n        id\n        isDemo\n      }\n    }\n  ": types.DemoNoticeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionUser\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n  }\n": types.ApiTokenRowFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    mustChangePassword\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    active\n    mustChangePassword\n    createdAt\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UserPatch!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AssignRole($input: RoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id)\n  }\n": types.RemoveRoleDocument,
    "\n  query RoleScopeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      projects {\n        id\n        title\n        iatiIdentifier\n      }\n    }\n  }\n": types.RoleScopeOptionsDocument,
    "\n  query ReferenceData {\n    countries {\n      code\n      name\n      region\n    }\n    focusAreas {\n      code\n      name\n      description\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    sectors(vocabulary: \"1\") {\n      list\n      code\n      name\n      category\n    }\n    statuses: codelist(name: \"ActivityStatus\") {\n      list\n      code\n      name\n    }\n    roles: codelist(name: \"OrganisationRole\") {\n      list\n      code\n      name\n    }\n    documentCategories: codelist(name: \"DocumentCategory\") {\n      list\n      code\n      name\n    }\n    organisationTypes: codelist(name: \"OrganisationType\") {\n      list\n      code\n      name\n    }\n  }\n": types.ReferenceDataDocument,
    "\n  fragment OrganisationRow on Organisation {\n    id\n    version\n    name\n    acronym\n    kind\n    iatiType\n    iatiTypeName\n    iatiRef\n    country {\n      code\n      name\n    }\n  }\n": types.OrganisationRowFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter) {\n    organisations(filter: $filter) {\n      ...OrganisationRow\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRow\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationPatch!, $version: Int) {\n    updateOrganisation(id: $id, input: $input, version: $version) {\n      ...OrganisationRow\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveOrganisationDocument,
    "\n  query OrganisationOptions {\n    organisations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  mutation AddParticipation($input: ParticipationInput!) {\n    addParticipation(input: $input) {\n      ...ParticipationRow\n    }\n  }\n": types.AddParticipationDocument,
    "\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n": types.RemoveParticipationDocument,
    "\n  query DonorHome {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      status\n      statusName\n      isDemo\n      startDate\n      endDate\n      leadAgency {\n        id\n        name\n        acronym\n      }\n      focusAreas {\n        code\n        name\n      }\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DonorHomeDocument,
    "\n  fragment PortfolioProgramme on Programme {\n    id\n    title\n    iatiIdentifier\n    status\n    statusName\n    isDemo\n    canEdit\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n  }\n": types.PortfolioProgrammeFragmentDoc,
    "\n  query PortfolioProjects($filter: ProjectFilter, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n        programme {\n          ...PortfolioProgramme\n        }\n      }\n    }\n  }\n": types.PortfolioProjectsDocument,
    "\n  query PortfolioProgrammes {\n    programmes {\n      ...PortfolioProgramme\n    }\n  }\n": types.PortfolioProgrammesDocument,
    "\n  fragment ParticipationRow on Participation {\n    id\n    role\n    roleName\n    organisation {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n": types.ParticipationRowFragmentDoc,
    "\n  fragment ProgrammeDetail on Programme {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    startDate\n    endDate\n    isDemo\n    canEdit\n    archivedAt\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    countries {\n      code\n      name\n      region\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n  }\n": types.ProgrammeDetailFragmentDoc,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetail\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProgrammeDocument,
    "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeDetail\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: ProgrammePatch!, $version: Int) {\n    updateProgramme(id: $id, input: $input, version: $version) {\n      ...ProgrammeDetail\n    }\n  }\n": types.UpdateProgrammeDocument,
    "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveProgrammeDocument,
    "\n  fragment DocumentRow on Document {\n    id\n    title\n    url\n    category\n    categoryName\n    language\n    documentDate\n  }\n": types.DocumentRowFragmentDoc,
    "\n  fragment ProjectDetail on Project {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    isDemo\n    canEdit\n    internalNotes\n    archivedAt\n    programme {\n      id\n      title\n      iatiIdentifier\n      leadAgency {\n        id\n        name\n        acronym\n      }\n    }\n    focusAreas {\n      code\n      name\n    }\n    recipientCountries {\n      percentage\n      country {\n        code\n        name\n        region\n      }\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n    documents {\n      ...DocumentRow\n    }\n  }\n": types.ProjectDetailFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectPatch!, $version: Int) {\n    updateProject(id: $id, input: $input, version: $version) {\n      ...ProjectDetail\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveProjectDocument,
    "\n  mutation AddDocument($projectId: ID!, $input: DocumentInput!) {\n    addDocument(projectId: $projectId, input: $input) {\n      ...DocumentRow\n    }\n  }\n": types.AddDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentRow\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n": types.RemoveDocumentDocument,
    "\n  query ProgrammeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      focusAreas {\n        code\n      }\n    }\n  }\n": types.ProgrammeOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DemoNotice {\n      programmes {\n        id\n        isDemo\n      }\n    }\n  "): (typeof documents)["\n    query DemoNotice {\n      programmes {\n        id\n        isDemo\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    mustChangePassword\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    name\n    email\n    mustChangePassword\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    active\n    mustChangePassword\n    createdAt\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    name\n    email\n    active\n    mustChangePassword\n    createdAt\n    organisation {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      programme {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UserPatch!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UserPatch!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: RoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($input: RoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveRole($id: ID!) {\n    removeRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleScopeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      projects {\n        id\n        title\n        iatiIdentifier\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleScopeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      projects {\n        id\n        title\n        iatiIdentifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    countries {\n      code\n      name\n      region\n    }\n    focusAreas {\n      code\n      name\n      description\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    sectors(vocabulary: \"1\") {\n      list\n      code\n      name\n      category\n    }\n    statuses: codelist(name: \"ActivityStatus\") {\n      list\n      code\n      name\n    }\n    roles: codelist(name: \"OrganisationRole\") {\n      list\n      code\n      name\n    }\n    documentCategories: codelist(name: \"DocumentCategory\") {\n      list\n      code\n      name\n    }\n    organisationTypes: codelist(name: \"OrganisationType\") {\n      list\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReferenceData {\n    countries {\n      code\n      name\n      region\n    }\n    focusAreas {\n      code\n      name\n      description\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    sectors(vocabulary: \"1\") {\n      list\n      code\n      name\n      category\n    }\n    statuses: codelist(name: \"ActivityStatus\") {\n      list\n      code\n      name\n    }\n    roles: codelist(name: \"OrganisationRole\") {\n      list\n      code\n      name\n    }\n    documentCategories: codelist(name: \"DocumentCategory\") {\n      list\n      code\n      name\n    }\n    organisationTypes: codelist(name: \"OrganisationType\") {\n      list\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRow on Organisation {\n    id\n    version\n    name\n    acronym\n    kind\n    iatiType\n    iatiTypeName\n    iatiRef\n    country {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationRow on Organisation {\n    id\n    version\n    name\n    acronym\n    kind\n    iatiType\n    iatiTypeName\n    iatiRef\n    country {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($filter: OrganisationFilter) {\n    organisations(filter: $filter) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  query Organisations($filter: OrganisationFilter) {\n    organisations(filter: $filter) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationPatch!, $version: Int) {\n    updateOrganisation(id: $id, input: $input, version: $version) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationPatch!, $version: Int) {\n    updateOrganisation(id: $id, input: $input, version: $version) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions {\n    organisations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions {\n    organisations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParticipation($input: ParticipationInput!) {\n    addParticipation(input: $input) {\n      ...ParticipationRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddParticipation($input: ParticipationInput!) {\n    addParticipation(input: $input) {\n      ...ParticipationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveParticipation($id: ID!) {\n    removeParticipation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonorHome {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      status\n      statusName\n      isDemo\n      startDate\n      endDate\n      leadAgency {\n        id\n        name\n        acronym\n      }\n      focusAreas {\n        code\n        name\n      }\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DonorHome {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      status\n      statusName\n      isDemo\n      startDate\n      endDate\n      leadAgency {\n        id\n        name\n        acronym\n      }\n      focusAreas {\n        code\n        name\n      }\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortfolioProgramme on Programme {\n    id\n    title\n    iatiIdentifier\n    status\n    statusName\n    isDemo\n    canEdit\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PortfolioProgramme on Programme {\n    id\n    title\n    iatiIdentifier\n    status\n    statusName\n    isDemo\n    canEdit\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioProjects($filter: ProjectFilter, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n        programme {\n          ...PortfolioProgramme\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioProjects($filter: ProjectFilter, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n        programme {\n          ...PortfolioProgramme\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioProgrammes {\n    programmes {\n      ...PortfolioProgramme\n    }\n  }\n"): (typeof documents)["\n  query PortfolioProgrammes {\n    programmes {\n      ...PortfolioProgramme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationRow on Participation {\n    id\n    role\n    roleName\n    organisation {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipationRow on Participation {\n    id\n    role\n    roleName\n    organisation {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeDetail on Programme {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    startDate\n    endDate\n    isDemo\n    canEdit\n    archivedAt\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    countries {\n      code\n      name\n      region\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeDetail on Programme {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    startDate\n    endDate\n    isDemo\n    canEdit\n    archivedAt\n    projectCount\n    leadAgency {\n      id\n      name\n      acronym\n    }\n    focusAreas {\n      code\n      name\n    }\n    legalInstruments {\n      code\n      name\n      shortName\n      family\n    }\n    sdgTargets {\n      code\n      goal\n      title\n    }\n    countries {\n      code\n      name\n      region\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetail\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetail\n      projects {\n        id\n        title\n        iatiIdentifier\n        status\n        statusName\n        plannedStart\n        plannedEnd\n        recipientCountries {\n          percentage\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramme($id: ID!, $input: ProgrammePatch!, $version: Int) {\n    updateProgramme(id: $id, input: $input, version: $version) {\n      ...ProgrammeDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramme($id: ID!, $input: ProgrammePatch!, $version: Int) {\n    updateProgramme(id: $id, input: $input, version: $version) {\n      ...ProgrammeDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentRow on Document {\n    id\n    title\n    url\n    category\n    categoryName\n    language\n    documentDate\n  }\n"): (typeof documents)["\n  fragment DocumentRow on Document {\n    id\n    title\n    url\n    category\n    categoryName\n    language\n    documentDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetail on Project {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    isDemo\n    canEdit\n    internalNotes\n    archivedAt\n    programme {\n      id\n      title\n      iatiIdentifier\n      leadAgency {\n        id\n        name\n        acronym\n      }\n    }\n    focusAreas {\n      code\n      name\n    }\n    recipientCountries {\n      percentage\n      country {\n        code\n        name\n        region\n      }\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n    documents {\n      ...DocumentRow\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetail on Project {\n    id\n    version\n    title\n    iatiIdentifier\n    description\n    status\n    statusName\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    isDemo\n    canEdit\n    internalNotes\n    archivedAt\n    programme {\n      id\n      title\n      iatiIdentifier\n      leadAgency {\n        id\n        name\n        acronym\n      }\n    }\n    focusAreas {\n      code\n      name\n    }\n    recipientCountries {\n      percentage\n      country {\n        code\n        name\n        region\n      }\n    }\n    sectors {\n      code\n      name\n      percentage\n      vocabulary\n    }\n    participations {\n      ...ParticipationRow\n    }\n    documents {\n      ...DocumentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: ProjectPatch!, $version: Int) {\n    updateProject(id: $id, input: $input, version: $version) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: ProjectPatch!, $version: Int) {\n    updateProject(id: $id, input: $input, version: $version) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDocument($projectId: ID!, $input: DocumentInput!) {\n    addDocument(projectId: $projectId, input: $input) {\n      ...DocumentRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddDocument($projectId: ID!, $input: DocumentInput!) {\n    addDocument(projectId: $projectId, input: $input) {\n      ...DocumentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($id: ID!, $input: DocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      focusAreas {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeOptions {\n    programmes {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      focusAreas {\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;