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
    "\n  fragment ConvertedFigure on ConvertedMoney {\n    amount\n    currency\n    rate\n    rateDate\n  }\n": typeof types.ConvertedFigureFragmentDoc,
    "\n  fragment TransactionRow on TransactionRecord {\n    id\n    version\n    type\n    typeName\n    transactionDate\n    valueDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      ...ConvertedFigure\n    }\n    description\n    advance\n    programmeId\n    projectId\n    reversesId\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n    output {\n      id\n      statement\n    }\n  }\n": typeof types.TransactionRowFragmentDoc,
    "\n  mutation CreateTransaction($input: TransactionInput!) {\n    createTransaction(input: $input) {\n      ...TransactionRow\n    }\n  }\n": typeof types.CreateTransactionDocument,
    "\n  mutation UpdateTransaction($id: ID!, $input: TransactionInput!, $version: Int) {\n    updateTransaction(id: $id, input: $input, version: $version) {\n      ...TransactionRow\n    }\n  }\n": typeof types.UpdateTransactionDocument,
    "\n  mutation DeleteTransaction($id: ID!) {\n    deleteTransaction(id: $id)\n  }\n": typeof types.DeleteTransactionDocument,
    "\n  mutation ImportTransactions($rows: [TransactionInput!]!) {\n    importTransactions(rows: $rows) {\n      id\n    }\n  }\n": typeof types.ImportTransactionsDocument,
    "\n  query FinanceChoices {\n    currencies: codelist(name: \"Currency\") {\n      list\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acronym\n      iatiRef\n    }\n  }\n": typeof types.FinanceChoicesDocument,
    "\n  fragment FinanceTotalFields on MoneyTotal {\n    amount\n    currency\n    byCurrency {\n      amount\n      currency\n    }\n    missingRates {\n      currency\n      date\n    }\n  }\n": typeof types.FinanceTotalFieldsFragmentDoc,
    "\n  fragment FinanceFigureFields on FinanceFigures {\n    budget {\n      ...FinanceTotalFields\n    }\n    contributions {\n      ...FinanceTotalFields\n    }\n    pledged {\n      ...FinanceTotalFields\n    }\n    received {\n      ...FinanceTotalFields\n    }\n    transferred {\n      ...FinanceTotalFields\n    }\n    committed {\n      ...FinanceTotalFields\n    }\n    disbursed {\n      ...FinanceTotalFields\n    }\n    spent {\n      ...FinanceTotalFields\n    }\n    deliveryRate\n    deliveryOfTransferred\n    fundingGap\n  }\n": typeof types.FinanceFigureFieldsFragmentDoc,
    "\n  fragment FinanceBreakdownRow on FinanceRow {\n    key\n    label\n    figures {\n      ...FinanceFigureFields\n    }\n  }\n": typeof types.FinanceBreakdownRowFragmentDoc,
    "\n  fragment FundTransactionRow on TransactionRecord {\n    id\n    type\n    typeName\n    transactionDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      amount\n      currency\n      rate\n      rateDate\n    }\n    description\n    advance\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n  }\n": typeof types.FundTransactionRowFragmentDoc,
    "\n  query ProgrammeFinance($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      title\n      iatiIdentifier\n      canEdit\n      publishContributions\n      projects {\n        id\n        title\n      }\n      finance {\n        reportingCurrency\n        totals {\n          ...FinanceFigureFields\n        }\n        byYear {\n          ...FinanceBreakdownRow\n        }\n        byProject {\n          ...FinanceBreakdownRow\n        }\n        byOrganisation {\n          ...FinanceBreakdownRow\n        }\n        byDonor {\n          ...FinanceBreakdownRow\n        }\n        flows {\n          source\n          target\n          amount\n        }\n      }\n      transactions {\n        ...FundTransactionRow\n      }\n    }\n  }\n": typeof types.ProgrammeFinanceDocument,
    "\n  mutation PublishContributions($id: ID!, $publish: Boolean!, $version: Int) {\n    updateProgramme(id: $id, input: { publishContributions: $publish }, version: $version) {\n      id\n      version\n      publishContributions\n    }\n  }\n": typeof types.PublishContributionsDocument,
    "\n  query Logframe($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      programme {\n        id\n        title\n      }\n      participations {\n        id\n        organisation {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    logframe(projectId: $projectId) {\n      projectId\n      canEdit\n      nodes {\n        id\n        code\n        depth\n        level\n        parentId\n        position\n        statement\n        description\n        assumptions\n        risks {\n          description\n          likelihood\n          impact\n          mitigation\n        }\n        responsibleOrganisation {\n          id\n          name\n          acronym\n        }\n        canReport\n        version\n        indicators {\n          id\n          title\n          definition\n          measure\n          unitLabel\n          direction\n          aggregation\n          baselineValue\n          baselineDate\n          baselineNote\n          meansOfVerification\n          dataSource\n          frequency\n          sensitive\n          sdgIndicator\n          dimensions {\n            name\n            values\n            exhaustive\n          }\n          version\n          canReport\n          progress {\n            cumulativeActual\n            cumulativeActualDisplay\n            endTarget\n            progress\n            expectedProgress\n            status\n          }\n          values {\n            id\n            period {\n              id\n              label\n              startDate\n              endDate\n            }\n            dimension\n            category\n            target\n            actual\n            actualDisplay\n            suppressed\n            numerator\n            denominator\n            targetText\n            actualText\n            comment\n            evidence\n            version\n          }\n        }\n      }\n      periods {\n        id\n        label\n        startDate\n        endDate\n      }\n      revisions {\n        id\n        number\n        approvedAt\n        reason\n      }\n    }\n  }\n": typeof types.LogframeDocument,
    "\n  mutation UpdateResultNode($id: ID!, $input: ResultNodePatch!, $version: Int) {\n    updateResultNode(id: $id, input: $input, version: $version) {\n      id\n      statement\n      description\n      assumptions\n      risks {\n        description\n        likelihood\n        impact\n        mitigation\n      }\n      responsibleOrganisation {\n        id\n        name\n        acronym\n      }\n      canReport\n      version\n    }\n  }\n": typeof types.UpdateResultNodeDocument,
    "\n  mutation AddResultNode($input: ResultNodeInput!) {\n    addResultNode(input: $input) {\n      id\n    }\n  }\n": typeof types.AddResultNodeDocument,
    "\n  mutation DeleteResultNode($id: ID!, $version: Int) {\n    deleteResultNode(id: $id, version: $version)\n  }\n": typeof types.DeleteResultNodeDocument,
    "\n  mutation MoveResultNode($id: ID!, $parentId: ID, $position: Int!, $version: Int) {\n    moveResultNode(id: $id, parentId: $parentId, position: $position, version: $version) {\n      id\n    }\n  }\n": typeof types.MoveResultNodeDocument,
    "\n  mutation AddIndicator($nodeId: ID!, $input: IndicatorInput!) {\n    addIndicator(nodeId: $nodeId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $version: Int) {\n    updateIndicator(id: $id, input: $input, version: $version) {\n      id\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation DeleteIndicator($id: ID!, $version: Int) {\n    deleteIndicator(id: $id, version: $version)\n  }\n": typeof types.DeleteIndicatorDocument,
    "\n  mutation SetIndicatorValues($projectId: ID!, $values: [IndicatorValueInput!]!) {\n    setIndicatorValues(projectId: $projectId, values: $values) {\n      id\n    }\n  }\n": typeof types.SetIndicatorValuesDocument,
    "\n  mutation SetReportingCalendar($projectId: ID!, $frequency: Frequency!) {\n    setReportingCalendar(projectId: $projectId, frequency: $frequency) {\n      id\n    }\n  }\n": typeof types.SetReportingCalendarDocument,
    "\n  mutation ApproveLogframe($projectId: ID!, $reason: String!) {\n    approveLogframe(projectId: $projectId, reason: $reason) {\n      id\n      number\n    }\n  }\n": typeof types.ApproveLogframeDocument,
    "\n  fragment LogframeDiffView on LogframeDiffType {\n    addedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    removedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    movedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    changedNodes {\n      id\n      statement\n      toCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    addedIndicators {\n      id\n      title\n      nodeCode\n    }\n    removedIndicators {\n      id\n      title\n      nodeCode\n    }\n    changedIndicators {\n      id\n      title\n      nodeCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    changedTargets {\n      indicatorId\n      indicatorTitle\n      period\n      dimension\n      category\n      before\n      after\n    }\n  }\n": typeof types.LogframeDiffViewFragmentDoc,
    "\n  query LogframeDiff($projectId: ID!, $fromRevisionId: ID!, $toRevisionId: ID) {\n    logframeDiff(projectId: $projectId, fromRevisionId: $fromRevisionId, toRevisionId: $toRevisionId) {\n      ...LogframeDiffView\n    }\n  }\n": typeof types.LogframeDiffDocument,
    "\n  query ProjectHistory($projectId: ID!, $first: Int!, $after: String) {\n    projectHistory(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        changes\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProjectHistoryDocument,
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
    "\n  fragment ConvertedFigure on ConvertedMoney {\n    amount\n    currency\n    rate\n    rateDate\n  }\n": types.ConvertedFigureFragmentDoc,
    "\n  fragment TransactionRow on TransactionRecord {\n    id\n    version\n    type\n    typeName\n    transactionDate\n    valueDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      ...ConvertedFigure\n    }\n    description\n    advance\n    programmeId\n    projectId\n    reversesId\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n    output {\n      id\n      statement\n    }\n  }\n": types.TransactionRowFragmentDoc,
    "\n  mutation CreateTransaction($input: TransactionInput!) {\n    createTransaction(input: $input) {\n      ...TransactionRow\n    }\n  }\n": types.CreateTransactionDocument,
    "\n  mutation UpdateTransaction($id: ID!, $input: TransactionInput!, $version: Int) {\n    updateTransaction(id: $id, input: $input, version: $version) {\n      ...TransactionRow\n    }\n  }\n": types.UpdateTransactionDocument,
    "\n  mutation DeleteTransaction($id: ID!) {\n    deleteTransaction(id: $id)\n  }\n": types.DeleteTransactionDocument,
    "\n  mutation ImportTransactions($rows: [TransactionInput!]!) {\n    importTransactions(rows: $rows) {\n      id\n    }\n  }\n": types.ImportTransactionsDocument,
    "\n  query FinanceChoices {\n    currencies: codelist(name: \"Currency\") {\n      list\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acronym\n      iatiRef\n    }\n  }\n": types.FinanceChoicesDocument,
    "\n  fragment FinanceTotalFields on MoneyTotal {\n    amount\n    currency\n    byCurrency {\n      amount\n      currency\n    }\n    missingRates {\n      currency\n      date\n    }\n  }\n": types.FinanceTotalFieldsFragmentDoc,
    "\n  fragment FinanceFigureFields on FinanceFigures {\n    budget {\n      ...FinanceTotalFields\n    }\n    contributions {\n      ...FinanceTotalFields\n    }\n    pledged {\n      ...FinanceTotalFields\n    }\n    received {\n      ...FinanceTotalFields\n    }\n    transferred {\n      ...FinanceTotalFields\n    }\n    committed {\n      ...FinanceTotalFields\n    }\n    disbursed {\n      ...FinanceTotalFields\n    }\n    spent {\n      ...FinanceTotalFields\n    }\n    deliveryRate\n    deliveryOfTransferred\n    fundingGap\n  }\n": types.FinanceFigureFieldsFragmentDoc,
    "\n  fragment FinanceBreakdownRow on FinanceRow {\n    key\n    label\n    figures {\n      ...FinanceFigureFields\n    }\n  }\n": types.FinanceBreakdownRowFragmentDoc,
    "\n  fragment FundTransactionRow on TransactionRecord {\n    id\n    type\n    typeName\n    transactionDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      amount\n      currency\n      rate\n      rateDate\n    }\n    description\n    advance\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n  }\n": types.FundTransactionRowFragmentDoc,
    "\n  query ProgrammeFinance($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      title\n      iatiIdentifier\n      canEdit\n      publishContributions\n      projects {\n        id\n        title\n      }\n      finance {\n        reportingCurrency\n        totals {\n          ...FinanceFigureFields\n        }\n        byYear {\n          ...FinanceBreakdownRow\n        }\n        byProject {\n          ...FinanceBreakdownRow\n        }\n        byOrganisation {\n          ...FinanceBreakdownRow\n        }\n        byDonor {\n          ...FinanceBreakdownRow\n        }\n        flows {\n          source\n          target\n          amount\n        }\n      }\n      transactions {\n        ...FundTransactionRow\n      }\n    }\n  }\n": types.ProgrammeFinanceDocument,
    "\n  mutation PublishContributions($id: ID!, $publish: Boolean!, $version: Int) {\n    updateProgramme(id: $id, input: { publishContributions: $publish }, version: $version) {\n      id\n      version\n      publishContributions\n    }\n  }\n": types.PublishContributionsDocument,
    "\n  query Logframe($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      programme {\n        id\n        title\n      }\n      participations {\n        id\n        organisation {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    logframe(projectId: $projectId) {\n      projectId\n      canEdit\n      nodes {\n        id\n        code\n        depth\n        level\n        parentId\n        position\n        statement\n        description\n        assumptions\n        risks {\n          description\n          likelihood\n          impact\n          mitigation\n        }\n        responsibleOrganisation {\n          id\n          name\n          acronym\n        }\n        canReport\n        version\n        indicators {\n          id\n          title\n          definition\n          measure\n          unitLabel\n          direction\n          aggregation\n          baselineValue\n          baselineDate\n          baselineNote\n          meansOfVerification\n          dataSource\n          frequency\n          sensitive\n          sdgIndicator\n          dimensions {\n            name\n            values\n            exhaustive\n          }\n          version\n          canReport\n          progress {\n            cumulativeActual\n            cumulativeActualDisplay\n            endTarget\n            progress\n            expectedProgress\n            status\n          }\n          values {\n            id\n            period {\n              id\n              label\n              startDate\n              endDate\n            }\n            dimension\n            category\n            target\n            actual\n            actualDisplay\n            suppressed\n            numerator\n            denominator\n            targetText\n            actualText\n            comment\n            evidence\n            version\n          }\n        }\n      }\n      periods {\n        id\n        label\n        startDate\n        endDate\n      }\n      revisions {\n        id\n        number\n        approvedAt\n        reason\n      }\n    }\n  }\n": types.LogframeDocument,
    "\n  mutation UpdateResultNode($id: ID!, $input: ResultNodePatch!, $version: Int) {\n    updateResultNode(id: $id, input: $input, version: $version) {\n      id\n      statement\n      description\n      assumptions\n      risks {\n        description\n        likelihood\n        impact\n        mitigation\n      }\n      responsibleOrganisation {\n        id\n        name\n        acronym\n      }\n      canReport\n      version\n    }\n  }\n": types.UpdateResultNodeDocument,
    "\n  mutation AddResultNode($input: ResultNodeInput!) {\n    addResultNode(input: $input) {\n      id\n    }\n  }\n": types.AddResultNodeDocument,
    "\n  mutation DeleteResultNode($id: ID!, $version: Int) {\n    deleteResultNode(id: $id, version: $version)\n  }\n": types.DeleteResultNodeDocument,
    "\n  mutation MoveResultNode($id: ID!, $parentId: ID, $position: Int!, $version: Int) {\n    moveResultNode(id: $id, parentId: $parentId, position: $position, version: $version) {\n      id\n    }\n  }\n": types.MoveResultNodeDocument,
    "\n  mutation AddIndicator($nodeId: ID!, $input: IndicatorInput!) {\n    addIndicator(nodeId: $nodeId, input: $input) {\n      id\n    }\n  }\n": types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $version: Int) {\n    updateIndicator(id: $id, input: $input, version: $version) {\n      id\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation DeleteIndicator($id: ID!, $version: Int) {\n    deleteIndicator(id: $id, version: $version)\n  }\n": types.DeleteIndicatorDocument,
    "\n  mutation SetIndicatorValues($projectId: ID!, $values: [IndicatorValueInput!]!) {\n    setIndicatorValues(projectId: $projectId, values: $values) {\n      id\n    }\n  }\n": types.SetIndicatorValuesDocument,
    "\n  mutation SetReportingCalendar($projectId: ID!, $frequency: Frequency!) {\n    setReportingCalendar(projectId: $projectId, frequency: $frequency) {\n      id\n    }\n  }\n": types.SetReportingCalendarDocument,
    "\n  mutation ApproveLogframe($projectId: ID!, $reason: String!) {\n    approveLogframe(projectId: $projectId, reason: $reason) {\n      id\n      number\n    }\n  }\n": types.ApproveLogframeDocument,
    "\n  fragment LogframeDiffView on LogframeDiffType {\n    addedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    removedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    movedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    changedNodes {\n      id\n      statement\n      toCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    addedIndicators {\n      id\n      title\n      nodeCode\n    }\n    removedIndicators {\n      id\n      title\n      nodeCode\n    }\n    changedIndicators {\n      id\n      title\n      nodeCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    changedTargets {\n      indicatorId\n      indicatorTitle\n      period\n      dimension\n      category\n      before\n      after\n    }\n  }\n": types.LogframeDiffViewFragmentDoc,
    "\n  query LogframeDiff($projectId: ID!, $fromRevisionId: ID!, $toRevisionId: ID) {\n    logframeDiff(projectId: $projectId, fromRevisionId: $fromRevisionId, toRevisionId: $toRevisionId) {\n      ...LogframeDiffView\n    }\n  }\n": types.LogframeDiffDocument,
    "\n  query ProjectHistory($projectId: ID!, $first: Int!, $after: String) {\n    projectHistory(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        changes\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProjectHistoryDocument,
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
export function graphql(source: "\n  fragment ConvertedFigure on ConvertedMoney {\n    amount\n    currency\n    rate\n    rateDate\n  }\n"): (typeof documents)["\n  fragment ConvertedFigure on ConvertedMoney {\n    amount\n    currency\n    rate\n    rateDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransactionRow on TransactionRecord {\n    id\n    version\n    type\n    typeName\n    transactionDate\n    valueDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      ...ConvertedFigure\n    }\n    description\n    advance\n    programmeId\n    projectId\n    reversesId\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n    output {\n      id\n      statement\n    }\n  }\n"): (typeof documents)["\n  fragment TransactionRow on TransactionRecord {\n    id\n    version\n    type\n    typeName\n    transactionDate\n    valueDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      ...ConvertedFigure\n    }\n    description\n    advance\n    programmeId\n    projectId\n    reversesId\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n    output {\n      id\n      statement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTransaction($input: TransactionInput!) {\n    createTransaction(input: $input) {\n      ...TransactionRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTransaction($input: TransactionInput!) {\n    createTransaction(input: $input) {\n      ...TransactionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTransaction($id: ID!, $input: TransactionInput!, $version: Int) {\n    updateTransaction(id: $id, input: $input, version: $version) {\n      ...TransactionRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTransaction($id: ID!, $input: TransactionInput!, $version: Int) {\n    updateTransaction(id: $id, input: $input, version: $version) {\n      ...TransactionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTransaction($id: ID!) {\n    deleteTransaction(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTransaction($id: ID!) {\n    deleteTransaction(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTransactions($rows: [TransactionInput!]!) {\n    importTransactions(rows: $rows) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTransactions($rows: [TransactionInput!]!) {\n    importTransactions(rows: $rows) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceChoices {\n    currencies: codelist(name: \"Currency\") {\n      list\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acronym\n      iatiRef\n    }\n  }\n"): (typeof documents)["\n  query FinanceChoices {\n    currencies: codelist(name: \"Currency\") {\n      list\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acronym\n      iatiRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinanceTotalFields on MoneyTotal {\n    amount\n    currency\n    byCurrency {\n      amount\n      currency\n    }\n    missingRates {\n      currency\n      date\n    }\n  }\n"): (typeof documents)["\n  fragment FinanceTotalFields on MoneyTotal {\n    amount\n    currency\n    byCurrency {\n      amount\n      currency\n    }\n    missingRates {\n      currency\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinanceFigureFields on FinanceFigures {\n    budget {\n      ...FinanceTotalFields\n    }\n    contributions {\n      ...FinanceTotalFields\n    }\n    pledged {\n      ...FinanceTotalFields\n    }\n    received {\n      ...FinanceTotalFields\n    }\n    transferred {\n      ...FinanceTotalFields\n    }\n    committed {\n      ...FinanceTotalFields\n    }\n    disbursed {\n      ...FinanceTotalFields\n    }\n    spent {\n      ...FinanceTotalFields\n    }\n    deliveryRate\n    deliveryOfTransferred\n    fundingGap\n  }\n"): (typeof documents)["\n  fragment FinanceFigureFields on FinanceFigures {\n    budget {\n      ...FinanceTotalFields\n    }\n    contributions {\n      ...FinanceTotalFields\n    }\n    pledged {\n      ...FinanceTotalFields\n    }\n    received {\n      ...FinanceTotalFields\n    }\n    transferred {\n      ...FinanceTotalFields\n    }\n    committed {\n      ...FinanceTotalFields\n    }\n    disbursed {\n      ...FinanceTotalFields\n    }\n    spent {\n      ...FinanceTotalFields\n    }\n    deliveryRate\n    deliveryOfTransferred\n    fundingGap\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinanceBreakdownRow on FinanceRow {\n    key\n    label\n    figures {\n      ...FinanceFigureFields\n    }\n  }\n"): (typeof documents)["\n  fragment FinanceBreakdownRow on FinanceRow {\n    key\n    label\n    figures {\n      ...FinanceFigureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundTransactionRow on TransactionRecord {\n    id\n    type\n    typeName\n    transactionDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      amount\n      currency\n      rate\n      rateDate\n    }\n    description\n    advance\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment FundTransactionRow on TransactionRecord {\n    id\n    type\n    typeName\n    transactionDate\n    amount {\n      amount\n      currency\n    }\n    converted {\n      amount\n      currency\n      rate\n      rateDate\n    }\n    description\n    advance\n    provider {\n      id\n      name\n      acronym\n    }\n    receiver {\n      id\n      name\n      acronym\n    }\n    receiverProject {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeFinance($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      title\n      iatiIdentifier\n      canEdit\n      publishContributions\n      projects {\n        id\n        title\n      }\n      finance {\n        reportingCurrency\n        totals {\n          ...FinanceFigureFields\n        }\n        byYear {\n          ...FinanceBreakdownRow\n        }\n        byProject {\n          ...FinanceBreakdownRow\n        }\n        byOrganisation {\n          ...FinanceBreakdownRow\n        }\n        byDonor {\n          ...FinanceBreakdownRow\n        }\n        flows {\n          source\n          target\n          amount\n        }\n      }\n      transactions {\n        ...FundTransactionRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeFinance($id: ID!) {\n    programme(id: $id) {\n      id\n      version\n      title\n      iatiIdentifier\n      canEdit\n      publishContributions\n      projects {\n        id\n        title\n      }\n      finance {\n        reportingCurrency\n        totals {\n          ...FinanceFigureFields\n        }\n        byYear {\n          ...FinanceBreakdownRow\n        }\n        byProject {\n          ...FinanceBreakdownRow\n        }\n        byOrganisation {\n          ...FinanceBreakdownRow\n        }\n        byDonor {\n          ...FinanceBreakdownRow\n        }\n        flows {\n          source\n          target\n          amount\n        }\n      }\n      transactions {\n        ...FundTransactionRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishContributions($id: ID!, $publish: Boolean!, $version: Int) {\n    updateProgramme(id: $id, input: { publishContributions: $publish }, version: $version) {\n      id\n      version\n      publishContributions\n    }\n  }\n"): (typeof documents)["\n  mutation PublishContributions($id: ID!, $publish: Boolean!, $version: Int) {\n    updateProgramme(id: $id, input: { publishContributions: $publish }, version: $version) {\n      id\n      version\n      publishContributions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Logframe($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      programme {\n        id\n        title\n      }\n      participations {\n        id\n        organisation {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    logframe(projectId: $projectId) {\n      projectId\n      canEdit\n      nodes {\n        id\n        code\n        depth\n        level\n        parentId\n        position\n        statement\n        description\n        assumptions\n        risks {\n          description\n          likelihood\n          impact\n          mitigation\n        }\n        responsibleOrganisation {\n          id\n          name\n          acronym\n        }\n        canReport\n        version\n        indicators {\n          id\n          title\n          definition\n          measure\n          unitLabel\n          direction\n          aggregation\n          baselineValue\n          baselineDate\n          baselineNote\n          meansOfVerification\n          dataSource\n          frequency\n          sensitive\n          sdgIndicator\n          dimensions {\n            name\n            values\n            exhaustive\n          }\n          version\n          canReport\n          progress {\n            cumulativeActual\n            cumulativeActualDisplay\n            endTarget\n            progress\n            expectedProgress\n            status\n          }\n          values {\n            id\n            period {\n              id\n              label\n              startDate\n              endDate\n            }\n            dimension\n            category\n            target\n            actual\n            actualDisplay\n            suppressed\n            numerator\n            denominator\n            targetText\n            actualText\n            comment\n            evidence\n            version\n          }\n        }\n      }\n      periods {\n        id\n        label\n        startDate\n        endDate\n      }\n      revisions {\n        id\n        number\n        approvedAt\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query Logframe($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      iatiIdentifier\n      canEdit\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      programme {\n        id\n        title\n      }\n      participations {\n        id\n        organisation {\n          id\n          name\n          acronym\n        }\n      }\n    }\n    logframe(projectId: $projectId) {\n      projectId\n      canEdit\n      nodes {\n        id\n        code\n        depth\n        level\n        parentId\n        position\n        statement\n        description\n        assumptions\n        risks {\n          description\n          likelihood\n          impact\n          mitigation\n        }\n        responsibleOrganisation {\n          id\n          name\n          acronym\n        }\n        canReport\n        version\n        indicators {\n          id\n          title\n          definition\n          measure\n          unitLabel\n          direction\n          aggregation\n          baselineValue\n          baselineDate\n          baselineNote\n          meansOfVerification\n          dataSource\n          frequency\n          sensitive\n          sdgIndicator\n          dimensions {\n            name\n            values\n            exhaustive\n          }\n          version\n          canReport\n          progress {\n            cumulativeActual\n            cumulativeActualDisplay\n            endTarget\n            progress\n            expectedProgress\n            status\n          }\n          values {\n            id\n            period {\n              id\n              label\n              startDate\n              endDate\n            }\n            dimension\n            category\n            target\n            actual\n            actualDisplay\n            suppressed\n            numerator\n            denominator\n            targetText\n            actualText\n            comment\n            evidence\n            version\n          }\n        }\n      }\n      periods {\n        id\n        label\n        startDate\n        endDate\n      }\n      revisions {\n        id\n        number\n        approvedAt\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResultNode($id: ID!, $input: ResultNodePatch!, $version: Int) {\n    updateResultNode(id: $id, input: $input, version: $version) {\n      id\n      statement\n      description\n      assumptions\n      risks {\n        description\n        likelihood\n        impact\n        mitigation\n      }\n      responsibleOrganisation {\n        id\n        name\n        acronym\n      }\n      canReport\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResultNode($id: ID!, $input: ResultNodePatch!, $version: Int) {\n    updateResultNode(id: $id, input: $input, version: $version) {\n      id\n      statement\n      description\n      assumptions\n      risks {\n        description\n        likelihood\n        impact\n        mitigation\n      }\n      responsibleOrganisation {\n        id\n        name\n        acronym\n      }\n      canReport\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddResultNode($input: ResultNodeInput!) {\n    addResultNode(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddResultNode($input: ResultNodeInput!) {\n    addResultNode(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResultNode($id: ID!, $version: Int) {\n    deleteResultNode(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteResultNode($id: ID!, $version: Int) {\n    deleteResultNode(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveResultNode($id: ID!, $parentId: ID, $position: Int!, $version: Int) {\n    moveResultNode(id: $id, parentId: $parentId, position: $position, version: $version) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveResultNode($id: ID!, $parentId: ID, $position: Int!, $version: Int) {\n    moveResultNode(id: $id, parentId: $parentId, position: $position, version: $version) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIndicator($nodeId: ID!, $input: IndicatorInput!) {\n    addIndicator(nodeId: $nodeId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddIndicator($nodeId: ID!, $input: IndicatorInput!) {\n    addIndicator(nodeId: $nodeId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $version: Int) {\n    updateIndicator(id: $id, input: $input, version: $version) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $version: Int) {\n    updateIndicator(id: $id, input: $input, version: $version) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIndicator($id: ID!, $version: Int) {\n    deleteIndicator(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteIndicator($id: ID!, $version: Int) {\n    deleteIndicator(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorValues($projectId: ID!, $values: [IndicatorValueInput!]!) {\n    setIndicatorValues(projectId: $projectId, values: $values) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorValues($projectId: ID!, $values: [IndicatorValueInput!]!) {\n    setIndicatorValues(projectId: $projectId, values: $values) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportingCalendar($projectId: ID!, $frequency: Frequency!) {\n    setReportingCalendar(projectId: $projectId, frequency: $frequency) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetReportingCalendar($projectId: ID!, $frequency: Frequency!) {\n    setReportingCalendar(projectId: $projectId, frequency: $frequency) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveLogframe($projectId: ID!, $reason: String!) {\n    approveLogframe(projectId: $projectId, reason: $reason) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveLogframe($projectId: ID!, $reason: String!) {\n    approveLogframe(projectId: $projectId, reason: $reason) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LogframeDiffView on LogframeDiffType {\n    addedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    removedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    movedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    changedNodes {\n      id\n      statement\n      toCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    addedIndicators {\n      id\n      title\n      nodeCode\n    }\n    removedIndicators {\n      id\n      title\n      nodeCode\n    }\n    changedIndicators {\n      id\n      title\n      nodeCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    changedTargets {\n      indicatorId\n      indicatorTitle\n      period\n      dimension\n      category\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment LogframeDiffView on LogframeDiffType {\n    addedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    removedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    movedNodes {\n      id\n      statement\n      fromCode\n      toCode\n    }\n    changedNodes {\n      id\n      statement\n      toCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    addedIndicators {\n      id\n      title\n      nodeCode\n    }\n    removedIndicators {\n      id\n      title\n      nodeCode\n    }\n    changedIndicators {\n      id\n      title\n      nodeCode\n      changes {\n        field\n        before\n        after\n      }\n    }\n    changedTargets {\n      indicatorId\n      indicatorTitle\n      period\n      dimension\n      category\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogframeDiff($projectId: ID!, $fromRevisionId: ID!, $toRevisionId: ID) {\n    logframeDiff(projectId: $projectId, fromRevisionId: $fromRevisionId, toRevisionId: $toRevisionId) {\n      ...LogframeDiffView\n    }\n  }\n"): (typeof documents)["\n  query LogframeDiff($projectId: ID!, $fromRevisionId: ID!, $toRevisionId: ID) {\n    logframeDiff(projectId: $projectId, fromRevisionId: $fromRevisionId, toRevisionId: $toRevisionId) {\n      ...LogframeDiffView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHistory($projectId: ID!, $first: Int!, $after: String) {\n    projectHistory(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        changes\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHistory($projectId: ID!, $first: Int!, $after: String) {\n    projectHistory(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        changes\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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