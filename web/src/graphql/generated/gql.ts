/* eslint-disable */
import * as types from './graphql';



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
    "\n  query GroupActivities($from: DateOnly, $to: DateOnly) {\n    groupActivities(from: $from, to: $to) {\n      id version kind title startsAt endsAt durationMinutes place capacity status cancelReason begun placesTaken going attended\n      facilitator { userId name }\n      invitees { id kind name answer attended }\n    }\n  }\n": typeof types.GroupActivitiesDocument,
    "mutation PlanGroupActivity($input: PlanGroupActivityInput!) { planGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": typeof types.PlanGroupActivityDocument,
    "mutation MoveGroupActivity($input: MoveGroupActivityInput!) { moveGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": typeof types.MoveGroupActivityDocument,
    "mutation ChangeGroupActivityDetails($input: ChangeGroupActivityDetailsInput!) { changeGroupActivityDetails(input: $input) { activity { id version } errors { ...UserErrorFields } } }": typeof types.ChangeGroupActivityDetailsDocument,
    "query GroupActivityFacilitators { groupActivityFacilitators { userId name } }": typeof types.GroupActivityFacilitatorsDocument,
    "mutation CancelGroupActivity($input: CancelGroupActivityInput!) { cancelGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": typeof types.CancelGroupActivityDocument,
    "mutation RecordGroupActivityAttendance($input: RecordGroupActivityAttendanceInput!) { recordGroupActivityAttendance(input: $input) { activity { id version } errors { ...UserErrorFields } } }": typeof types.RecordGroupActivityAttendanceDocument,
    "\n  query GroupActivityInvitable($activityId: ID!) {\n    groupActivityInvitable(activityId: $activityId) { id kind name }\n  }\n": typeof types.GroupActivityInvitableDocument,
    "mutation InviteToGroupActivity($input: InviteToGroupActivityInput!) { inviteToGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": typeof types.InviteToGroupActivityDocument,
    "mutation WithdrawGroupActivityInvitation($input: WithdrawGroupActivityInvitationInput!) { withdrawGroupActivityInvitation(input: $input) { activity { id version } errors { ...UserErrorFields } } }": typeof types.WithdrawGroupActivityInvitationDocument,
    "\n  query MyGroupActivities {\n    myGroupActivities { id kind title startsAt endsAt durationMinutes place facilitatorName status myAnswer attended canMarkAttendance }\n  }\n": typeof types.MyGroupActivitiesDocument,
    "\n  mutation AnswerGroupActivityInvitation($input: AnswerGroupActivityInvitationInput!) {\n    answerGroupActivityInvitation(input: $input) { activity { id myAnswer } errors { ...UserErrorFields } }\n  }\n": typeof types.AnswerGroupActivityInvitationDocument,
    "\n  query Contracts($status: ContractStatus, $first: Int, $after: String) {\n    contracts(status: $status, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes {\n      id version reference status startDate endDate clientCapacity reportRecipients cadence terminatedOn\n      municipality { code name } territory { code name } ngo { id name }\n      history { at change reason effectiveDate terms { startDate endDate clientCapacity territory } }\n      }\n    }\n  }\n": typeof types.ContractsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id } errors { ...UserErrorFields } }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation AmendContract($input: AmendContractInput!) {\n    amendContract(input: $input) { contract { id version } errors { ...UserErrorFields } }\n  }\n": typeof types.AmendContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) { contract { id version status } errors { ...UserErrorFields } }\n  }\n": typeof types.TerminateContractDocument,
    "\n  query Organisations($kind: OrganisationKind) {\n    organisations(kind: $kind) { id name kind registrationNumber registeredAt municipality { code name } }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { organisation { id name } errors { ...UserErrorFields } }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query VettingPolicy {\n    vettingPolicy { version interviewRequired minimumReferences backgroundCheckValidityMonths requiredTrainingModules agreementRequired refresherTrainingMonths supervisionEveryMonths }\n  }\n": typeof types.VettingPolicyDocument,
    "\n  mutation UpdateVettingPolicy($input: UpdateVettingPolicyInput!) {\n    updateVettingPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateVettingPolicyDocument,
    "\n  query ReminderRules {\n    reminderRules {\n      version weeklyForDaysAfterRelease weeklyIntervalDays laterIntervalDays preReleaseIntervalDays remindAgainAfterDays\n      escalateAfterDaysOverdue releaseSoonDays goalDeadlineDaysAhead vettingExpiryDaysAhead proposalUnansweredDays\n      applicationDeadlineDaysAhead openRefusalReminderDays\n    }\n  }\n": typeof types.ReminderRulesDocument,
    "\n  mutation UpdateReminderRules($input: UpdateReminderRulesInput!) { updateReminderRules(input: $input) { rules { version } errors { ...UserErrorFields } } }\n": typeof types.UpdateReminderRulesDocument,
    "\n  query MatchingWeights { matchingWeights { version needCoverage livedExperienceFit ageProximity availabilityOverlap load preferredLanguage } }\n": typeof types.MatchingWeightsDocument,
    "\n  mutation UpdateMatchingWeights($input: MatchingWeightsInput!) {\n    updateMatchingWeights(input: $input) { weights { version needCoverage } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateMatchingWeightsDocument,
    "\n  query Users($organisationId: ID) {\n    users(organisationId: $organisationId) {\n      id email displayName roles language status invitationExpiresAt deactivatedAt createdAt lastSignInAt\n    }\n  }\n": typeof types.UsersDocument,
    "query OrganisationsForUsers { organisations { id name kind assignableRoles } }": typeof types.OrganisationsForUsersDocument,
    "query OwnOrganisationRoles { me { id organisation { id assignableRoles } } }": typeof types.OwnOrganisationRolesDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitation { expiresAt user { id email } } errors { ...UserErrorFields } }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ChangeUserRoles($userId: ID!, $roles: [Role!]!) {\n    changeUserRoles(userId: $userId, roles: $roles) { user { id roles } errors { ...UserErrorFields } }\n  }\n": typeof types.ChangeUserRolesDocument,
    "\n  mutation ResendInvitation($userId: ID!) { resendInvitation(userId: $userId) { user { id email invitationExpiresAt } errors { ...UserErrorFields } } }\n": typeof types.ResendInvitationDocument,
    "mutation RevokeInvitation($userId: ID!) { revokeInvitation(userId: $userId) { user { id email } errors { ...UserErrorFields } } }": typeof types.RevokeInvitationDocument,
    "mutation DeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }": typeof types.DeactivateUserDocument,
    "mutation ReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }": typeof types.ReactivateUserDocument,
    "query SecurityPolicy { securityPolicy { requireSecondFactor } me { id secondFactorEnabled } }": typeof types.SecurityPolicyDocument,
    "\n  mutation UpdateSecurityPolicy($requireSecondFactor: Boolean!) {\n    updateSecurityPolicy(requireSecondFactor: $requireSecondFactor) { policy { requireSecondFactor } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateSecurityPolicyDocument,
    "\n  fragment UserErrorFields on UserError { code message field params { name value kind enumType } }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  query AuditTrail($from: DateOnly, $to: DateOnly, $action: AuditAction, $subjectId: ID, $first: Int, $after: String) {\n    auditTrail(from: $from, to: $to, action: $action, subjectId: $subjectId, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id action subjectKind subjectId subjectName by byName byRoles bySystem purpose purposeKind purposeParams { name value kind enumType } via at }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }\n      errors { ...UserErrorFields }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { ok errors { ...UserErrorFields } } }": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { ok errors { ...UserErrorFields } } }": typeof types.ResetPasswordDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment { enrolment { secret otpauthUri qrSvg } errors { ...UserErrorFields } }\n  }\n": typeof types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) { enabled { recoveryCodes user { id secondFactorEnabled } } errors { ...UserErrorFields } }\n  }\n": typeof types.ConfirmSecondFactorEnrolmentDocument,
    "mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordConsentDocument,
    "mutation WithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.WithdrawConsentDocument,
    "mutation AssessNeeds($input: AssessNeedsInput!) { assessNeeds(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.AssessNeedsDocument,
    "mutation RecordRiskFlags($input: RecordRiskFlagsInput!) { recordRiskFlags(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordRiskFlagsDocument,
    "mutation RecordPreferences($input: RecordPreferencesInput!) { recordPreferences(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordPreferencesDocument,
    "mutation RecordMeeting($input: RecordInterInstitutionalMeetingInput!) { recordInterInstitutionalMeeting(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordMeetingDocument,
    "mutation ChangeReleaseDate($input: ChangeReleaseDateInput!) { changeReleaseDate(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.ChangeReleaseDateDocument,
    "mutation RecordRelease($input: RecordReleaseInput!) { recordRelease(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordReleaseDocument,
    "mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.CloseCaseDocument,
    "mutation ReopenCase($input: ReopenCaseInput!) { reopenCase(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.ReopenCaseDocument,
    "mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.AddGoalDocument,
    "mutation CompleteGoal($input: CompleteGoalInput!) { completeGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.CompleteGoalDocument,
    "mutation DropGoal($input: DropGoalInput!) { dropGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.DropGoalDocument,
    "mutation ChangeGoalDeadline($input: ChangeGoalDeadlineInput!) { changeGoalDeadline(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.ChangeGoalDeadlineDocument,
    "\n  query ClientCase($id: ID!) {\n    client(id: $id) {\n      id version name gender birthYear languages contact expectedReleaseDate releasedOn releaseDate releaseType stage frozen\n      consent consentGivenOn consentWithdrawn consentWithdrawnOn canBeMatched needsSource meetings lastMeetingOn closureReason referredAt\n      referrerName referrerContact\n      prison { code name } destinationMunicipality { code name } referringOrganisation { name }\n      needs { domain level note }\n      preferences { mentorGender livedExperienceWanted language }\n      goals { id title kind domain standard deadline followsRelease status institution achievedOn dropReason dropReasonCarriedOver followsRefusal followUp refusedBy overdue }\n      documents { kind obtained obtainedOn months { period } }\n      warnings { code params { name value kind enumType } }\n      applicationDeadline lastDeclaredResidenceMunicipality { code name } hasResidenceToDeclare\n      refusals { id institution help reason refusedOn note noteCarriedOver goalId status followUpGoals closedOn closeNote }\n      accompaniments { contactId institution help result on refusalId retracted }\n      timeline { at kind detail }\n    }\n    matches(clientId: $id) { id stage pausedBecause proposedAt activeFrom endedOn mentor { id name } }\n  }\n": typeof types.ClientCaseDocument,
    "query ClientRisk($id: ID!) { client(id: $id) { id riskFlags } }": typeof types.ClientRiskDocument,
    "\n  query Clients($filter: ClientFilter, $first: Int, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id name stage frozen releaseDate prison { name } destinationMunicipality { name } }\n    }\n  }\n": typeof types.ClientsDocument,
    "mutation SetGoalStatus($input: SetGoalStatusInput!) { setGoalStatus(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.SetGoalStatusDocument,
    "mutation SetGoalInstitution($input: SetGoalInstitutionInput!) { setGoalInstitution(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.SetGoalInstitutionDocument,
    "mutation RecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordDocumentDocument,
    "mutation UnrecordDocument($input: UnrecordDocumentInput!) { unrecordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.UnrecordDocumentDocument,
    "mutation RecordResidenceFacts($input: RecordResidenceFactsInput!) { recordResidenceFacts(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordResidenceFactsDocument,
    "\n  mutation ReferClient($input: ReferClientInput!) {\n    referClient(input: $input) { client { id } errors { ...UserErrorFields } }\n  }\n": typeof types.ReferClientDocument,
    "mutation RecordRefusal($input: RecordRefusalInput!) { recordRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.RecordRefusalDocument,
    "mutation CloseRefusal($input: CloseRefusalInput!) { closeRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.CloseRefusalDocument,
    "mutation PlanRefusalFollowUp($input: PlanRefusalFollowUpInput!) { planRefusalFollowUp(input: $input) { client { id version } errors { ...UserErrorFields } } }": typeof types.PlanRefusalFollowUpDocument,
    "\n  query ClientMeetings($id: ID!) {\n    client(id: $id) {\n      id releasedOn expectedReleaseDate stage\n      interInstitutionalMeetings {\n        id version status startsAt endsAt durationMinutes place sequence heldOn present cancelReason\n        participants { id side name email organisation language }\n        decisions { goalId title responsible deadline }\n      }\n    }\n  }\n": typeof types.ClientMeetingsDocument,
    "mutation ScheduleMeeting($input: ScheduleInterInstitutionalMeetingInput!) { scheduleInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": typeof types.ScheduleMeetingDocument,
    "mutation MoveMeeting($input: MoveInterInstitutionalMeetingInput!) { moveInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": typeof types.MoveMeetingDocument,
    "mutation CancelMeeting($input: CancelInterInstitutionalMeetingInput!) { cancelInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": typeof types.CancelMeetingDocument,
    "mutation RecordMeetingDecisions($input: RecordMeetingDecisionsInput!) { recordMeetingDecisions(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": typeof types.RecordMeetingDecisionsDocument,
    "\n  query UpcomingReleases($withinDays: Int, $municipality: String, $unmatchedOnly: Boolean) {\n    upcomingReleases(withinDays: $withinDays, municipality: $municipality, unmatchedOnly: $unmatchedOnly) {\n      daysToRelease needsMatchBy\n      client { id name releaseDate releaseType canBeMatched frozen prison { name } destinationMunicipality { name } overdueGoals { id } }\n    }\n  }\n": typeof types.UpcomingReleasesDocument,
    "\n  query OpenConcerns {\n    openConcerns { match { id client { id name } mentor { id name } } contact { id happenedAt mode privateNote concern } }\n  }\n": typeof types.OpenConcernsDocument,
    "\n  mutation AcknowledgeConcern($matchId: ID!, $contactId: ID!, $note: String) {\n    acknowledgeConcern(matchId: $matchId, contactId: $contactId, note: $note) { result { contact { id concernAcknowledgedAt } } errors { ...UserErrorFields } }\n  }\n": typeof types.AcknowledgeConcernDocument,
    "\n  query Engagement($cadence: CadenceStatus) {\n    engagement(cadence: $cadence) {\n      clientName lastContactAt nextContactDue cadence contactsLast28Days minutesLast28Days openUrgentConcern\n      match { id stage mentor { id name } monitoring { health { source milestone goingWell supported rating } } }\n    }\n  }\n": typeof types.EngagementDocument,
    "\n  query ContactTimeline($matchId: ID!, $first: Int, $after: String) {\n    contactTimeline(matchId: $matchId, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes {\n        id happenedAt durationMinutes mode place topics privateNote concern concernAcknowledgedAt retracted retractedReason\n        versions { at reason } comments { id text at }\n      }\n    }\n  }\n": typeof types.ContactTimelineDocument,
    "query MatchHeader($id: ID!) { match(id: $id) { id stage client { id name } mentor { id name } } }": typeof types.MatchHeaderDocument,
    "query ContactAttempts($matchId: ID!) { contactAttempts(matchId: $matchId) { id attemptedAt outcome note } }": typeof types.ContactAttemptsDocument,
    "\n  mutation RetractContact($matchId: ID!, $contactId: ID!, $reason: String!) {\n    retractContact(matchId: $matchId, contactId: $contactId, reason: $reason) { result { contact { id } } errors { ...UserErrorFields } }\n  }\n": typeof types.RetractContactDocument,
    "\n  mutation CommentOnContact($matchId: ID!, $contactId: ID!, $text: String!, $commentId: ID) {\n    commentOnContact(matchId: $matchId, contactId: $contactId, text: $text, commentId: $commentId) { result { contact { id } } errors { ...UserErrorFields } }\n  }\n": typeof types.CommentOnContactDocument,
    "\n  query MyMatches {\n    myMatches {\n      matchId version stage mentorAccepted clientName releaseDate destinationMunicipality { name } lastContactAt nextContactDue cadence endedOn\n      goals { id title kind domain standard deadline status institution followUp achievedOn overdue }\n      documents { kind obtained obtainedOn months { period } }\n      warnings { code params { name value kind enumType } }\n      needs { domain level note }\n      riskFlags\n      healthCheckDue\n    }\n  }\n": typeof types.MyMatchesDocument,
    "mutation AcceptMatch($input: MatchCommandInput!) { acceptMatch(input: $input) { myMatch { matchId stage mentorAccepted } errors { ...UserErrorFields } } }": typeof types.AcceptMatchDocument,
    "mutation DeclineMatch($input: MatchCommandInput!) { declineMatch(input: $input) { myMatch { matchId stage } errors { ...UserErrorFields } } }": typeof types.DeclineMatchDocument,
    "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) { result { contact { id } matchVersion } errors { ...UserErrorFields } }\n  }\n": typeof types.LogContactDocument,
    "\n  mutation RecordContactAttempt($input: ContactAttemptInput!) {\n    recordContactAttempt(input: $input) { result { attempt { id } matchVersion } errors { ...UserErrorFields } }\n  }\n": typeof types.RecordContactAttemptDocument,
    "\n  mutation AnswerMatchHealthCheck($input: AnswerMatchHealthCheckInput!) {\n    answerMatchHealthCheck(input: $input) { healthCheck { matchId milestone } errors { ...UserErrorFields } }\n  }\n": typeof types.AnswerMatchHealthCheckDocument,
    "\n  mutation MarkMyGroupActivityAttendance($input: MarkMyGroupActivityAttendanceInput!) {\n    markMyGroupActivityAttendance(input: $input) { activity { id attended } errors { ...UserErrorFields } }\n  }\n": typeof types.MarkMyGroupActivityAttendanceDocument,
    "\n  query ApplicationDeadlines {\n    applicationDeadlines { deadline daysLeft client { id name } }\n  }\n": typeof types.ApplicationDeadlinesDocument,
    "\n  query ClosuresDue {\n    closuresDue { overdue closure { kind reason openedOn overdueFrom } match { id client { id name } mentor { id name } } }\n  }\n": typeof types.ClosuresDueDocument,
    "\n  query CoordinatorDesk {\n    upcomingReleases(withinDays: 30, unmatchedOnly: true) { daysToRelease needsMatchBy client { id name releaseDate canBeMatched } }\n    engagement(cadence: OVERDUE) { clientName nextContactDue match { id mentor { id name } } }\n    vettingQueue { waitingDays missing { kind module } mentor { id name } }\n    mentorsExpiringSoon(days: 30) { what on mentor { id name } }\n    checkInsDue { with status { state } match { id } }\n    openHealthTasks { task { id } }\n    supervisionAttention { supervision { state } }\n  }\n": typeof types.CoordinatorDeskDocument,
    "\n  query OpenRefusals {\n    openRefusals { daysOpen client { id name } refusal { id institution help reason refusedOn } }\n  }\n": typeof types.OpenRefusalsDocument,
    "\n  query HandoverCaseView($id: ID!) {\n    handover(id: $id) {\n      id status ngoName expiresAt includeNotes name\n      path {\n        name birthYear languages releaseDate released releaseType destinationMunicipality { name } applicationDeadline asOf\n        goals { id title kind standard domain deadline status institution achievedOn }\n        documents { kind obtainedOn months }\n        warnings { code params { name value kind enumType } }\n        refusals { id institution help reason refusedOn note }\n        needs { domain level note }\n      }\n      decisions { id goalId help decision reason decidedOn note }\n    }\n  }\n": typeof types.HandoverCaseViewDocument,
    "\n  mutation RecordSocialServiceDecision($input: RecordSocialServiceDecisionInput!) {\n    recordSocialServiceDecision(input: $input) { handover { id } errors { ...UserErrorFields } }\n  }\n": typeof types.RecordSocialServiceDecisionDocument,
    "\n  query ClientHandovers($clientId: ID!) {\n    clientHandovers(clientId: $clientId) { id version status expiresAt includeNotes handedOverAt endedAt socialWorkerName municipalityName decisions { id help decision reason decidedOn } }\n    handoverRecipients(clientId: $clientId) { userId name organisationName }\n  }\n": typeof types.ClientHandoversDocument,
    "\n  mutation HandOverToSocialService($input: HandOverToSocialServiceInput!) { handOverToSocialService(input: $input) { handover { id status } errors { ...UserErrorFields } } }\n": typeof types.HandOverToSocialServiceDocument,
    "\n  mutation ExtendHandover($input: ExtendHandoverInput!) { extendHandover(input: $input) { handover { id expiresAt } errors { ...UserErrorFields } } }\n": typeof types.ExtendHandoverDocument,
    "\n  mutation RevokeHandover($input: RevokeHandoverInput!) { revokeHandover(input: $input) { handover { id status } errors { ...UserErrorFields } } }\n": typeof types.RevokeHandoverDocument,
    "\n  query MyHandovers { myHandovers { id status ngoName name expiresAt handedOverAt } }\n": typeof types.MyHandoversDocument,
    "\n  mutation InspectImport($input: ImportFileInput!) {\n    inspectImport(input: $input) {\n      inspection {\n        kind format rowCount maxRows maxFileBytes\n        columns { index header sample }\n        fields { field required }\n        suggestedMapping { field column value }\n      }\n      errors { ...UserErrorFields }\n    }\n  }\n": typeof types.InspectImportDocument,
    "\n  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {\n    importSpreadsheet(input: $input) {\n      report {\n        kind dryRun format total created alreadyPresent failed\n        rows { row status key recordId errors { code message field importField column columnName params { name value kind enumType } } }\n      }\n      errors { ...UserErrorFields }\n    }\n  }\n": typeof types.ImportSpreadsheetDocument,
    "\n  mutation BatchMatches($withinDays: Int) {\n    proposeBatchMatches(withinDays: $withinDays) { clientId mentorId score daysToRelease client { name releaseDate } mentor { name } }\n  }\n": typeof types.BatchMatchesDocument,
    "\n  mutation ConfirmProposals($proposals: [ProposalInput!]!) {\n    confirmProposals(proposals: $proposals) { clientId mentorId match { id } errors { ...UserErrorFields } }\n  }\n": typeof types.ConfirmProposalsDocument,
    "query ProposedMatches { matches(stage: PROPOSED) { id proposedAt mentorAccepted client { id name } mentor { id name } } }": typeof types.ProposedMatchesDocument,
    "\n  query ClientMatching($clientId: ID!) {\n    client(id: $clientId) { id name canBeMatched releaseDate destinationMunicipality { name } needs { domain level note } }\n    matchCandidates(clientId: $clientId, first: 10) {\n      mentorId eligible score mentor { id name capacity } factors { name weight value contribution reason params { name value kind enumType } }\n    }\n    matches(clientId: $clientId) { id version stage mentorAccepted clientAgreedOn activeFrom endedOn endReason proposedAt score riskFlagsShared sharedNeedNotes pausedBecause mentor { id name } }\n  }\n": typeof types.ClientMatchingDocument,
    "\n  query WhyNotMentor($clientId: ID!, $mentorId: ID!) {\n    matchCandidate(clientId: $clientId, mentorId: $mentorId) {\n      eligible score failedConstraints { name params { name value kind enumType } } factors { name weight value contribution reason params { name value kind enumType } }\n    }\n  }\n": typeof types.WhyNotMentorDocument,
    "query MentorSearch($search: String) { mentors(filter: { search: $search }, first: 10) { nodes { id name status } } }": typeof types.MentorSearchDocument,
    "mutation ProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.ProposeMatchDocument,
    "mutation RecordClientAgreement($input: MatchCommandInput!) { recordClientAgreement(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.RecordClientAgreementDocument,
    "mutation ActivateMatch($input: MatchCommandInput!) { activateMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.ActivateMatchDocument,
    "mutation PauseMatch($input: MatchCommandInput!) { pauseMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.PauseMatchDocument,
    "mutation ResumeMatch($input: MatchCommandInput!) { resumeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.ResumeMatchDocument,
    "mutation ShareRiskFlagsWithMentor($input: MatchCommandInput!) { shareRiskFlagsWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.ShareRiskFlagsWithMentorDocument,
    "mutation ShareNeedNoteWithMentor($input: MatchCommandInput!) { shareNeedNoteWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.ShareNeedNoteWithMentorDocument,
    "mutation EndMatch($input: MatchCommandInput!) { endMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": typeof types.EndMatchDocument,
    "\n  mutation SubmitMentorApplication($input: SubmitMentorApplicationInput!) {\n    submitMentorApplication(input: $input) { received mentorId errors { ...UserErrorFields } }\n  }\n": typeof types.SubmitMentorApplicationDocument,
    "mutation ConfirmMentorApplication($token: String!) { confirmMentorApplication(token: $token) { received errors { ...UserErrorFields } } }": typeof types.ConfirmMentorApplicationDocument,
    "mutation RecordScreeningInterview($input: RecordScreeningInterviewInput!) { recordScreeningInterview(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.RecordScreeningInterviewDocument,
    "mutation RecordReference($input: RecordReferenceInput!) { recordReference(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.RecordReferenceDocument,
    "mutation RecordBackgroundCheck($input: RecordBackgroundCheckInput!) { recordBackgroundCheck(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.RecordBackgroundCheckDocument,
    "mutation RecordTrainingCompleted($input: RecordTrainingCompletedInput!) { recordTrainingCompleted(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.RecordTrainingCompletedDocument,
    "mutation SignConfidentialityAgreement($input: SignConfidentialityAgreementInput!) { signConfidentialityAgreement(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.SignConfidentialityAgreementDocument,
    "mutation ApproveMentor($input: ApproveMentorInput!) { approveMentor(input: $input) { approval { mentor { id } invitation { expiresAt user { email } } } errors { ...UserErrorFields } } }": typeof types.ApproveMentorDocument,
    "mutation RejectMentor($input: RejectMentorInput!) { rejectMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.RejectMentorDocument,
    "mutation SuspendMentor($input: SuspendMentorInput!) { suspendMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.SuspendMentorDocument,
    "mutation ReinstateMentor($input: ReinstateMentorInput!) { reinstateMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.ReinstateMentorDocument,
    "mutation WithdrawMentor($input: WithdrawMentorInput!) { withdrawMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.WithdrawMentorDocument,
    "mutation RecordIndividualSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }": typeof types.RecordIndividualSupervisionDocument,
    "mutation ChangeMentorCapacity($input: ChangeMentorCapacityInput!) { changeMentorCapacity(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.ChangeMentorCapacityDocument,
    "\n  query MentorProfile($id: ID!) {\n    mentor(id: $id) {\n      id version name email phone languages gender birthYear specialities capacity motivation channel appliedAt status matchable\n      municipalities { name } livedExperience { incarceration remissionYears } availability { day part }\n      vettingChecklist { kind module done detail params { name value kind enumType } }\n      interview references { refereeName relationship outcome receivedOn } backgroundCheck backgroundCheckExpiresOn\n      training { module completedOn } agreementSignedOn approvedAt rejectionReason lastSupervisionOn supervisionSessions\n      supervisor { id name } supervision { state dueOn lastOn } supervisionMinutes learningMinutes refreshers { name expiresOn expired }\n      timeline { at kind }\n    }\n  }\n": typeof types.MentorProfileDocument,
    "\n  query SessionPeople {\n    mentors(first: 100) { nodes { id name status } }\n    trainingCatalogue { modules { code name hours kind } }\n  }\n": typeof types.SessionPeopleDocument,
    "\n  mutation RecordSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }\n": typeof types.RecordSupervisionDocument,
    "\n  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) { session { id } errors { ...UserErrorFields } } }\n": typeof types.RecordTrainingSessionDocument,
    "query Supervisors { supervisors { id name } }": typeof types.SupervisorsDocument,
    "mutation AssignSupervisor($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": typeof types.AssignSupervisorDocument,
    "\n  query SupervisionTraining {\n    supervisionAttention { id name supervisor { name } supervision { state dueOn } learningMinutes refreshers { name expiresOn expired } }\n  }\n": typeof types.SupervisionTrainingDocument,
    "\n  query TrainingCatalogue { trainingCatalogue { version modules { code name hours kind validityMonths } } }\n": typeof types.TrainingCatalogueDocument,
    "\n  mutation UpdateTrainingCatalogue($input: UpdateTrainingCatalogueInput!) {\n    updateTrainingCatalogue(input: $input) { catalogue { version } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateTrainingCatalogueDocument,
    "\n  query VettingBoard {\n    vettingQueue { waitingDays missing { kind module } mentor { id name status appliedAt } }\n    mentorsExpiringSoon(days: 30) { what on mentor { id name } }\n  }\n": typeof types.VettingBoardDocument,
    "\n  query Mentors($filter: MentorFilter, $first: Int, $after: String) {\n    mentors(filter: $filter, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id name status matchable capacity languages municipalities { name } specialities supervision { state dueOn } supervisor { name } }\n    }\n  }\n": typeof types.MentorsDocument,
    "\n  fragment VolunteerStatementFields on VolunteerStatementPayload {\n    statement {\n      mentorId from to meetings meetingMinutes meetingHours pdfPath\n      groupActivities groupActivityMinutes supervisionMinutes trainingMinutes\n      months { month meetings meetingMinutes supervisionSessions supervisionMinutes trainingModules trainingMinutes groupActivities groupActivityMinutes }\n      supervision { on what }\n      training { on what }\n    }\n    errors { code message field params { name value kind enumType } }\n  }\n": typeof types.VolunteerStatementFieldsFragmentDoc,
    "\n  query VolunteerStatement($mentorId: ID!, $from: DateOnly!, $to: DateOnly!) {\n    volunteerStatement(mentorId: $mentorId, from: $from, to: $to) { ...VolunteerStatementFields }\n  }\n": typeof types.VolunteerStatementDocument,
    "\n  query MyVolunteerStatement($from: DateOnly!, $to: DateOnly!) {\n    myVolunteerStatement(from: $from, to: $to) { ...VolunteerStatementFields }\n  }\n": typeof types.MyVolunteerStatementDocument,
    "\n  query CheckInPolicy {\n    checkInPolicy {\n      version firstMonthCheckIns laterIntervalMonths dueSoonDays remindOverdueAfterDays escalateAfterDaysOverdue\n      healthCheckWindowDays lowRating fallingDrop\n    }\n  }\n": typeof types.CheckInPolicyDocument,
    "\n  mutation UpdateCheckInPolicy($input: UpdateCheckInPolicyInput!) {\n    updateCheckInPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateCheckInPolicyDocument,
    "\n  query MatchClosure($matchId: ID!) {\n    matchMonitoring(matchId: $matchId) {\n      matchId\n      closure { kind reason endedOn openedOn open overdueFrom completedOn\n        conversations { with on mode helped helpedNote wouldRecommend } unreached { with reason } rematch noRematchReason }\n    }\n  }\n": typeof types.MatchClosureDocument,
    "mutation RecordClosingConversation($input: ClosureStepInput!) { recordClosingConversation(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": typeof types.RecordClosingConversationDocument,
    "mutation RecordClosingSideUnreached($input: ClosureStepInput!) { recordClosingSideUnreached(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": typeof types.RecordClosingSideUnreachedDocument,
    "mutation DecideRematch($input: ClosureStepInput!) { decideRematch(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": typeof types.DecideRematchDocument,
    "mutation CompleteMatchClosure($input: ClosureStepInput!) { completeMatchClosure(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": typeof types.CompleteMatchClosureDocument,
    "\n  mutation LogStaffCheckIn($input: LogStaffCheckInInput!) {\n    logStaffCheckIn(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }\n  }\n": typeof types.LogStaffCheckInDocument,
    "\n  query Monitoring {\n    checkInsDue { with status { nextDue state daysOverdue lastCheckInOn } match { id client { id name } mentor { id name } } }\n    openHealthTasks { task { id source milestone rule from to raisedOn } match { id client { id name } mentor { id name } } }\n  }\n": typeof types.MonitoringDocument,
    "\n  query MatchMonitoringDetail($matchId: ID!) {\n    matchMonitoring(matchId: $matchId) {\n      matchId healthCheckOpen\n      mentorCheckIns { nextDue state lastCheckInOn }\n      clientCheckIns { nextDue state lastCheckInOn }\n      checkIns { id with mode healthRating concerns agreedActions on }\n      health { source milestone goingWell supported rating on }\n      tasks { id source milestone rule from to raisedOn open }\n    }\n  }\n": typeof types.MatchMonitoringDetailDocument,
    "\n  mutation RecordClientHealthCheck($input: RecordClientHealthCheckInput!) {\n    recordClientHealthCheck(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }\n  }\n": typeof types.RecordClientHealthCheckDocument,
    "\n  query Notifications($kind: NotificationKind, $status: NotificationStatus, $first: Int, $after: String) {\n    notifications(kind: $kind, status: $status, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id version kind to subject language status queuedAt notBefore sentAt failedAttempts lastFailure deadLetteredAt cancelledAt }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation RetryNotification($id: ID!, $expectedVersion: Long!) {\n    retryNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }\n  }\n": typeof types.RetryNotificationDocument,
    "\n  mutation CancelNotification($id: ID!, $expectedVersion: Long!) {\n    cancelNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }\n  }\n": typeof types.CancelNotificationDocument,
    "query MyNotificationPreferences { myNotificationPreferences { kind channel canSwitchOff } }": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetMyNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {\n    setMyNotificationPreference(kind: $kind, channel: $channel) { errors { ...UserErrorFields } }\n  }\n": typeof types.SetMyNotificationPreferenceDocument,
    "\n  query OutcomeSummary($contractId: ID!, $period: String!) {\n    outcomeSummary(contractId: $contractId, period: $period) {\n      summary { period previousPeriod csvUrl figures { key label value previous } issues { at reason recipients contentHash } }\n      errors { ...UserErrorFields }\n    }\n  }\n": typeof types.OutcomeSummaryDocument,
    "\n  mutation ResendOutcomeSummary($input: ResendOutcomeSummaryInput!) {\n    resendOutcomeSummary(input: $input) { summary { period } errors { ...UserErrorFields } }\n  }\n": typeof types.ResendOutcomeSummaryDocument,
    "\n  query Erasures($first: Int, $after: String) {\n    erasures(first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id kind personId status source requestedAt completedAt stepCount failedStep steps { step } }\n    }\n  }\n": typeof types.ErasuresDocument,
    "\n  mutation ExportPersonData($personId: ID!, $purpose: String) {\n    exportPersonData(personId: $personId, purpose: $purpose) { export { kind events json } errors { ...UserErrorFields } }\n  }\n": typeof types.ExportPersonDataDocument,
    "\n  mutation ErasePersonData($personId: ID!, $reason: String!) {\n    erasePersonData(personId: $personId, reason: $reason) { erasure { status eventsMasked stepCount steps { step } } errors { ...UserErrorFields } }\n  }\n": typeof types.ErasePersonDataDocument,
    "\n  query PersonErasure($personId: ID!) {\n    erasures(personId: $personId, first: 1) { nodes { id status } }\n  }\n": typeof types.PersonErasureDocument,
    "\n  query MyReferrals {\n    myReferrals {\n      id version ngoName status declineReason declineNote question sentAt lastChangedAt\n      details {\n        name gender birthYear languages contact prisonCode expectedReleaseDate releaseType destinationMunicipality\n        needs { domain level } consentScopes consentGivenOn consentDocumentReference note\n      }\n    }\n  }\n": typeof types.MyReferralsDocument,
    "\n  query ReferralDestinations($municipality: String!) { referralDestinations(municipality: $municipality) { organisationId name } }\n": typeof types.ReferralDestinationsDocument,
    "\n  mutation ReferToNgo($input: ReferToNgoInput!) {\n    referToNgo(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n": typeof types.ReferToNgoDocument,
    "\n  mutation AmendReferral($input: AmendReferralInput!) {\n    amendReferral(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n": typeof types.AmendReferralDocument,
    "\n  query IncomingReferrals {\n    referralInbox {\n      id version status fromOrganisation referrerName question declineReason clientId sentAt\n      details { name birthYear languages prisonName expectedReleaseDate releaseType destinationMunicipality needs { domain level note } consentDocumentReference note }\n    }\n  }\n": typeof types.IncomingReferralsDocument,
    "\n  mutation AcceptReferral($input: AcceptReferralInput!) { acceptReferral(input: $input) { referral { id status clientId } errors { ...UserErrorFields } } }\n": typeof types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id status } errors { ...UserErrorFields } } }\n": typeof types.DeclineReferralDocument,
    "\n  mutation RequestReferralInformation($input: RequestReferralInformationInput!) {\n    requestReferralInformation(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n": typeof types.RequestReferralInformationDocument,
    "\n  query PersonServices($clientId: ID, $matchId: ID, $domain: NeedDomain) {\n    personServices(clientId: $clientId, matchId: $matchId, domain: $domain) {\n      clientId municipality { code name } domains\n      services { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden }\n      goals { id kind standard domain title followUp institution status services { id name } }\n    }\n  }\n": typeof types.PersonServicesDocument,
    "mutation AttachServiceToGoal($input: GoalServiceInput!) {\n  attachServiceToGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }": typeof types.AttachServiceToGoalDocument,
    "mutation DetachServiceFromGoal($input: GoalServiceInput!) {\n  detachServiceFromGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }": typeof types.DetachServiceFromGoalDocument,
    "\n  query ServiceDirectory($municipality: String, $domain: NeedDomain, $first: Int, $after: String) {\n    services(municipality: $municipality, domain: $domain, includeHidden: true, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden hiddenReason source version }\n    }\n  }\n": typeof types.ServiceDirectoryDocument,
    "mutation AddService($input: AddServiceInput!) { addService(input: $input) { service { id } errors { ...UserErrorFields } } }": typeof types.AddServiceDocument,
    "mutation EditService($input: EditServiceInput!) { editService(input: $input) { service { id version } errors { ...UserErrorFields } } }": typeof types.EditServiceDocument,
    "mutation SetServiceHidden($input: SetServiceHiddenInput!) { setServiceHidden(input: $input) { service { id version hidden } errors { ...UserErrorFields } } }": typeof types.SetServiceHiddenDocument,
    "\n  query Me { me { id email displayName roles language mentorStanding secondFactorEnabled secondFactorRequired organisation { id name kind } } }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }\n      errors { ...UserErrorFields }\n    }\n  }\n": typeof types.LoginDocument,
    "mutation Logout { logout { ok } }": typeof types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: Language!) { setMyLanguage(language: $language) { user { id language } errors { ...UserErrorFields } } }\n": typeof types.SetMyLanguageDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } errors { ...UserErrorFields } } }\n": typeof types.ChangePasswordDocument,
    "query MySecondFactor { me { id secondFactorEnabled secondFactorRequired } }": typeof types.MySecondFactorDocument,
    "mutation DisableSecondFactor($code: String!) { disableSecondFactor(code: $code) { user { id secondFactorEnabled } errors { ...UserErrorFields } } }": typeof types.DisableSecondFactorDocument,
    "query MySessions { mySessions { id createdAt lastSeenAt expiresAt client current } }": typeof types.MySessionsDocument,
    "mutation EndSession($sessionId: ID!) { endSession(sessionId: $sessionId) { ended errors { ...UserErrorFields } } }": typeof types.EndSessionDocument,
    "mutation SignOutEverywhere { signOutEverywhere { ended errors { ...UserErrorFields } } }": typeof types.SignOutEverywhereDocument,
    "query ApiTokens { apiTokens { id name createdAt expiresAt revokedAt } }": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { apiToken { secret token { id name expiresAt } } errors { ...UserErrorFields } }\n  }\n": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { apiToken { id revokedAt } errors { ...UserErrorFields } } }": typeof types.RevokeApiTokenDocument,
    "\n  query OutgoingTransfers($clientId: ID!) {\n    outgoingTransfers(clientId: $clientId) { id version status ngoName newMunicipality reason declineReason declineNote offeredAt lastChangedAt }\n  }\n": typeof types.OutgoingTransfersDocument,
    "\n  query TransferDestinations($municipality: String!) { transferDestinations(municipality: $municipality) { organisationId name } }\n": typeof types.TransferDestinationsDocument,
    "\n  query TransferPreview($clientId: ID!) {\n    transferPreview(clientId: $clientId) {\n      goals { status } documents { kind } eligibilityWarnings { code } needs { domain } consentScopes\n      history { meetingsHeld goalsAchieved refusals { help } matchPeriods { from } }\n    }\n  }\n": typeof types.TransferPreviewDocument,
    "\n  mutation TransferCase($input: TransferCaseInput!) { transferCase(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n": typeof types.TransferCaseDocument,
    "\n  mutation WithdrawTransfer($input: WithdrawTransferInput!) { withdrawTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n": typeof types.WithdrawTransferDocument,
    "\n  query IncomingTransfers {\n    transferInbox {\n      id version status fromOrganisation offeredByName newMunicipality reason name birthYear languages prisonName releaseDate released\n      needs { domain level } consentScopes declineReason newClientId offeredAt\n    }\n  }\n": typeof types.IncomingTransfersDocument,
    "\n  mutation AcceptTransfer($input: AcceptTransferInput!) { acceptTransfer(input: $input) { transfer { id status newClientId } errors { ...UserErrorFields } } }\n": typeof types.AcceptTransferDocument,
    "\n  mutation DeclineTransfer($input: DeclineTransferInput!) { declineTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n": typeof types.DeclineTransferDocument,
    "query Municipalities { municipalities { code name kind } }": typeof types.MunicipalitiesDocument,
    "query Prisons { prisons { code name } }": typeof types.PrisonsDocument,
};
const documents: Documents = {
    "\n  query GroupActivities($from: DateOnly, $to: DateOnly) {\n    groupActivities(from: $from, to: $to) {\n      id version kind title startsAt endsAt durationMinutes place capacity status cancelReason begun placesTaken going attended\n      facilitator { userId name }\n      invitees { id kind name answer attended }\n    }\n  }\n": types.GroupActivitiesDocument,
    "mutation PlanGroupActivity($input: PlanGroupActivityInput!) { planGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": types.PlanGroupActivityDocument,
    "mutation MoveGroupActivity($input: MoveGroupActivityInput!) { moveGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": types.MoveGroupActivityDocument,
    "mutation ChangeGroupActivityDetails($input: ChangeGroupActivityDetailsInput!) { changeGroupActivityDetails(input: $input) { activity { id version } errors { ...UserErrorFields } } }": types.ChangeGroupActivityDetailsDocument,
    "query GroupActivityFacilitators { groupActivityFacilitators { userId name } }": types.GroupActivityFacilitatorsDocument,
    "mutation CancelGroupActivity($input: CancelGroupActivityInput!) { cancelGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": types.CancelGroupActivityDocument,
    "mutation RecordGroupActivityAttendance($input: RecordGroupActivityAttendanceInput!) { recordGroupActivityAttendance(input: $input) { activity { id version } errors { ...UserErrorFields } } }": types.RecordGroupActivityAttendanceDocument,
    "\n  query GroupActivityInvitable($activityId: ID!) {\n    groupActivityInvitable(activityId: $activityId) { id kind name }\n  }\n": types.GroupActivityInvitableDocument,
    "mutation InviteToGroupActivity($input: InviteToGroupActivityInput!) { inviteToGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }": types.InviteToGroupActivityDocument,
    "mutation WithdrawGroupActivityInvitation($input: WithdrawGroupActivityInvitationInput!) { withdrawGroupActivityInvitation(input: $input) { activity { id version } errors { ...UserErrorFields } } }": types.WithdrawGroupActivityInvitationDocument,
    "\n  query MyGroupActivities {\n    myGroupActivities { id kind title startsAt endsAt durationMinutes place facilitatorName status myAnswer attended canMarkAttendance }\n  }\n": types.MyGroupActivitiesDocument,
    "\n  mutation AnswerGroupActivityInvitation($input: AnswerGroupActivityInvitationInput!) {\n    answerGroupActivityInvitation(input: $input) { activity { id myAnswer } errors { ...UserErrorFields } }\n  }\n": types.AnswerGroupActivityInvitationDocument,
    "\n  query Contracts($status: ContractStatus, $first: Int, $after: String) {\n    contracts(status: $status, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes {\n      id version reference status startDate endDate clientCapacity reportRecipients cadence terminatedOn\n      municipality { code name } territory { code name } ngo { id name }\n      history { at change reason effectiveDate terms { startDate endDate clientCapacity territory } }\n      }\n    }\n  }\n": types.ContractsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id } errors { ...UserErrorFields } }\n  }\n": types.CreateContractDocument,
    "\n  mutation AmendContract($input: AmendContractInput!) {\n    amendContract(input: $input) { contract { id version } errors { ...UserErrorFields } }\n  }\n": types.AmendContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) { contract { id version status } errors { ...UserErrorFields } }\n  }\n": types.TerminateContractDocument,
    "\n  query Organisations($kind: OrganisationKind) {\n    organisations(kind: $kind) { id name kind registrationNumber registeredAt municipality { code name } }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { organisation { id name } errors { ...UserErrorFields } }\n  }\n": types.CreateOrganisationDocument,
    "\n  query VettingPolicy {\n    vettingPolicy { version interviewRequired minimumReferences backgroundCheckValidityMonths requiredTrainingModules agreementRequired refresherTrainingMonths supervisionEveryMonths }\n  }\n": types.VettingPolicyDocument,
    "\n  mutation UpdateVettingPolicy($input: UpdateVettingPolicyInput!) {\n    updateVettingPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }\n  }\n": types.UpdateVettingPolicyDocument,
    "\n  query ReminderRules {\n    reminderRules {\n      version weeklyForDaysAfterRelease weeklyIntervalDays laterIntervalDays preReleaseIntervalDays remindAgainAfterDays\n      escalateAfterDaysOverdue releaseSoonDays goalDeadlineDaysAhead vettingExpiryDaysAhead proposalUnansweredDays\n      applicationDeadlineDaysAhead openRefusalReminderDays\n    }\n  }\n": types.ReminderRulesDocument,
    "\n  mutation UpdateReminderRules($input: UpdateReminderRulesInput!) { updateReminderRules(input: $input) { rules { version } errors { ...UserErrorFields } } }\n": types.UpdateReminderRulesDocument,
    "\n  query MatchingWeights { matchingWeights { version needCoverage livedExperienceFit ageProximity availabilityOverlap load preferredLanguage } }\n": types.MatchingWeightsDocument,
    "\n  mutation UpdateMatchingWeights($input: MatchingWeightsInput!) {\n    updateMatchingWeights(input: $input) { weights { version needCoverage } errors { ...UserErrorFields } }\n  }\n": types.UpdateMatchingWeightsDocument,
    "\n  query Users($organisationId: ID) {\n    users(organisationId: $organisationId) {\n      id email displayName roles language status invitationExpiresAt deactivatedAt createdAt lastSignInAt\n    }\n  }\n": types.UsersDocument,
    "query OrganisationsForUsers { organisations { id name kind assignableRoles } }": types.OrganisationsForUsersDocument,
    "query OwnOrganisationRoles { me { id organisation { id assignableRoles } } }": types.OwnOrganisationRolesDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitation { expiresAt user { id email } } errors { ...UserErrorFields } }\n  }\n": types.InviteUserDocument,
    "\n  mutation ChangeUserRoles($userId: ID!, $roles: [Role!]!) {\n    changeUserRoles(userId: $userId, roles: $roles) { user { id roles } errors { ...UserErrorFields } }\n  }\n": types.ChangeUserRolesDocument,
    "\n  mutation ResendInvitation($userId: ID!) { resendInvitation(userId: $userId) { user { id email invitationExpiresAt } errors { ...UserErrorFields } } }\n": types.ResendInvitationDocument,
    "mutation RevokeInvitation($userId: ID!) { revokeInvitation(userId: $userId) { user { id email } errors { ...UserErrorFields } } }": types.RevokeInvitationDocument,
    "mutation DeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }": types.DeactivateUserDocument,
    "mutation ReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }": types.ReactivateUserDocument,
    "query SecurityPolicy { securityPolicy { requireSecondFactor } me { id secondFactorEnabled } }": types.SecurityPolicyDocument,
    "\n  mutation UpdateSecurityPolicy($requireSecondFactor: Boolean!) {\n    updateSecurityPolicy(requireSecondFactor: $requireSecondFactor) { policy { requireSecondFactor } errors { ...UserErrorFields } }\n  }\n": types.UpdateSecurityPolicyDocument,
    "\n  fragment UserErrorFields on UserError { code message field params { name value kind enumType } }\n": types.UserErrorFieldsFragmentDoc,
    "\n  query AuditTrail($from: DateOnly, $to: DateOnly, $action: AuditAction, $subjectId: ID, $first: Int, $after: String) {\n    auditTrail(from: $from, to: $to, action: $action, subjectId: $subjectId, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id action subjectKind subjectId subjectName by byName byRoles bySystem purpose purposeKind purposeParams { name value kind enumType } via at }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }\n      errors { ...UserErrorFields }\n    }\n  }\n": types.AcceptInvitationDocument,
    "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { ok errors { ...UserErrorFields } } }": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { ok errors { ...UserErrorFields } } }": types.ResetPasswordDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment { enrolment { secret otpauthUri qrSvg } errors { ...UserErrorFields } }\n  }\n": types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) { enabled { recoveryCodes user { id secondFactorEnabled } } errors { ...UserErrorFields } }\n  }\n": types.ConfirmSecondFactorEnrolmentDocument,
    "mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordConsentDocument,
    "mutation WithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.WithdrawConsentDocument,
    "mutation AssessNeeds($input: AssessNeedsInput!) { assessNeeds(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.AssessNeedsDocument,
    "mutation RecordRiskFlags($input: RecordRiskFlagsInput!) { recordRiskFlags(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordRiskFlagsDocument,
    "mutation RecordPreferences($input: RecordPreferencesInput!) { recordPreferences(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordPreferencesDocument,
    "mutation RecordMeeting($input: RecordInterInstitutionalMeetingInput!) { recordInterInstitutionalMeeting(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordMeetingDocument,
    "mutation ChangeReleaseDate($input: ChangeReleaseDateInput!) { changeReleaseDate(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.ChangeReleaseDateDocument,
    "mutation RecordRelease($input: RecordReleaseInput!) { recordRelease(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordReleaseDocument,
    "mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.CloseCaseDocument,
    "mutation ReopenCase($input: ReopenCaseInput!) { reopenCase(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.ReopenCaseDocument,
    "mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.AddGoalDocument,
    "mutation CompleteGoal($input: CompleteGoalInput!) { completeGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.CompleteGoalDocument,
    "mutation DropGoal($input: DropGoalInput!) { dropGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.DropGoalDocument,
    "mutation ChangeGoalDeadline($input: ChangeGoalDeadlineInput!) { changeGoalDeadline(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.ChangeGoalDeadlineDocument,
    "\n  query ClientCase($id: ID!) {\n    client(id: $id) {\n      id version name gender birthYear languages contact expectedReleaseDate releasedOn releaseDate releaseType stage frozen\n      consent consentGivenOn consentWithdrawn consentWithdrawnOn canBeMatched needsSource meetings lastMeetingOn closureReason referredAt\n      referrerName referrerContact\n      prison { code name } destinationMunicipality { code name } referringOrganisation { name }\n      needs { domain level note }\n      preferences { mentorGender livedExperienceWanted language }\n      goals { id title kind domain standard deadline followsRelease status institution achievedOn dropReason dropReasonCarriedOver followsRefusal followUp refusedBy overdue }\n      documents { kind obtained obtainedOn months { period } }\n      warnings { code params { name value kind enumType } }\n      applicationDeadline lastDeclaredResidenceMunicipality { code name } hasResidenceToDeclare\n      refusals { id institution help reason refusedOn note noteCarriedOver goalId status followUpGoals closedOn closeNote }\n      accompaniments { contactId institution help result on refusalId retracted }\n      timeline { at kind detail }\n    }\n    matches(clientId: $id) { id stage pausedBecause proposedAt activeFrom endedOn mentor { id name } }\n  }\n": types.ClientCaseDocument,
    "query ClientRisk($id: ID!) { client(id: $id) { id riskFlags } }": types.ClientRiskDocument,
    "\n  query Clients($filter: ClientFilter, $first: Int, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id name stage frozen releaseDate prison { name } destinationMunicipality { name } }\n    }\n  }\n": types.ClientsDocument,
    "mutation SetGoalStatus($input: SetGoalStatusInput!) { setGoalStatus(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.SetGoalStatusDocument,
    "mutation SetGoalInstitution($input: SetGoalInstitutionInput!) { setGoalInstitution(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.SetGoalInstitutionDocument,
    "mutation RecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordDocumentDocument,
    "mutation UnrecordDocument($input: UnrecordDocumentInput!) { unrecordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.UnrecordDocumentDocument,
    "mutation RecordResidenceFacts($input: RecordResidenceFactsInput!) { recordResidenceFacts(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordResidenceFactsDocument,
    "\n  mutation ReferClient($input: ReferClientInput!) {\n    referClient(input: $input) { client { id } errors { ...UserErrorFields } }\n  }\n": types.ReferClientDocument,
    "mutation RecordRefusal($input: RecordRefusalInput!) { recordRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.RecordRefusalDocument,
    "mutation CloseRefusal($input: CloseRefusalInput!) { closeRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.CloseRefusalDocument,
    "mutation PlanRefusalFollowUp($input: PlanRefusalFollowUpInput!) { planRefusalFollowUp(input: $input) { client { id version } errors { ...UserErrorFields } } }": types.PlanRefusalFollowUpDocument,
    "\n  query ClientMeetings($id: ID!) {\n    client(id: $id) {\n      id releasedOn expectedReleaseDate stage\n      interInstitutionalMeetings {\n        id version status startsAt endsAt durationMinutes place sequence heldOn present cancelReason\n        participants { id side name email organisation language }\n        decisions { goalId title responsible deadline }\n      }\n    }\n  }\n": types.ClientMeetingsDocument,
    "mutation ScheduleMeeting($input: ScheduleInterInstitutionalMeetingInput!) { scheduleInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": types.ScheduleMeetingDocument,
    "mutation MoveMeeting($input: MoveInterInstitutionalMeetingInput!) { moveInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": types.MoveMeetingDocument,
    "mutation CancelMeeting($input: CancelInterInstitutionalMeetingInput!) { cancelInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": types.CancelMeetingDocument,
    "mutation RecordMeetingDecisions($input: RecordMeetingDecisionsInput!) { recordMeetingDecisions(input: $input) { meeting { id version } errors { ...UserErrorFields } } }": types.RecordMeetingDecisionsDocument,
    "\n  query UpcomingReleases($withinDays: Int, $municipality: String, $unmatchedOnly: Boolean) {\n    upcomingReleases(withinDays: $withinDays, municipality: $municipality, unmatchedOnly: $unmatchedOnly) {\n      daysToRelease needsMatchBy\n      client { id name releaseDate releaseType canBeMatched frozen prison { name } destinationMunicipality { name } overdueGoals { id } }\n    }\n  }\n": types.UpcomingReleasesDocument,
    "\n  query OpenConcerns {\n    openConcerns { match { id client { id name } mentor { id name } } contact { id happenedAt mode privateNote concern } }\n  }\n": types.OpenConcernsDocument,
    "\n  mutation AcknowledgeConcern($matchId: ID!, $contactId: ID!, $note: String) {\n    acknowledgeConcern(matchId: $matchId, contactId: $contactId, note: $note) { result { contact { id concernAcknowledgedAt } } errors { ...UserErrorFields } }\n  }\n": types.AcknowledgeConcernDocument,
    "\n  query Engagement($cadence: CadenceStatus) {\n    engagement(cadence: $cadence) {\n      clientName lastContactAt nextContactDue cadence contactsLast28Days minutesLast28Days openUrgentConcern\n      match { id stage mentor { id name } monitoring { health { source milestone goingWell supported rating } } }\n    }\n  }\n": types.EngagementDocument,
    "\n  query ContactTimeline($matchId: ID!, $first: Int, $after: String) {\n    contactTimeline(matchId: $matchId, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes {\n        id happenedAt durationMinutes mode place topics privateNote concern concernAcknowledgedAt retracted retractedReason\n        versions { at reason } comments { id text at }\n      }\n    }\n  }\n": types.ContactTimelineDocument,
    "query MatchHeader($id: ID!) { match(id: $id) { id stage client { id name } mentor { id name } } }": types.MatchHeaderDocument,
    "query ContactAttempts($matchId: ID!) { contactAttempts(matchId: $matchId) { id attemptedAt outcome note } }": types.ContactAttemptsDocument,
    "\n  mutation RetractContact($matchId: ID!, $contactId: ID!, $reason: String!) {\n    retractContact(matchId: $matchId, contactId: $contactId, reason: $reason) { result { contact { id } } errors { ...UserErrorFields } }\n  }\n": types.RetractContactDocument,
    "\n  mutation CommentOnContact($matchId: ID!, $contactId: ID!, $text: String!, $commentId: ID) {\n    commentOnContact(matchId: $matchId, contactId: $contactId, text: $text, commentId: $commentId) { result { contact { id } } errors { ...UserErrorFields } }\n  }\n": types.CommentOnContactDocument,
    "\n  query MyMatches {\n    myMatches {\n      matchId version stage mentorAccepted clientName releaseDate destinationMunicipality { name } lastContactAt nextContactDue cadence endedOn\n      goals { id title kind domain standard deadline status institution followUp achievedOn overdue }\n      documents { kind obtained obtainedOn months { period } }\n      warnings { code params { name value kind enumType } }\n      needs { domain level note }\n      riskFlags\n      healthCheckDue\n    }\n  }\n": types.MyMatchesDocument,
    "mutation AcceptMatch($input: MatchCommandInput!) { acceptMatch(input: $input) { myMatch { matchId stage mentorAccepted } errors { ...UserErrorFields } } }": types.AcceptMatchDocument,
    "mutation DeclineMatch($input: MatchCommandInput!) { declineMatch(input: $input) { myMatch { matchId stage } errors { ...UserErrorFields } } }": types.DeclineMatchDocument,
    "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) { result { contact { id } matchVersion } errors { ...UserErrorFields } }\n  }\n": types.LogContactDocument,
    "\n  mutation RecordContactAttempt($input: ContactAttemptInput!) {\n    recordContactAttempt(input: $input) { result { attempt { id } matchVersion } errors { ...UserErrorFields } }\n  }\n": types.RecordContactAttemptDocument,
    "\n  mutation AnswerMatchHealthCheck($input: AnswerMatchHealthCheckInput!) {\n    answerMatchHealthCheck(input: $input) { healthCheck { matchId milestone } errors { ...UserErrorFields } }\n  }\n": types.AnswerMatchHealthCheckDocument,
    "\n  mutation MarkMyGroupActivityAttendance($input: MarkMyGroupActivityAttendanceInput!) {\n    markMyGroupActivityAttendance(input: $input) { activity { id attended } errors { ...UserErrorFields } }\n  }\n": types.MarkMyGroupActivityAttendanceDocument,
    "\n  query ApplicationDeadlines {\n    applicationDeadlines { deadline daysLeft client { id name } }\n  }\n": types.ApplicationDeadlinesDocument,
    "\n  query ClosuresDue {\n    closuresDue { overdue closure { kind reason openedOn overdueFrom } match { id client { id name } mentor { id name } } }\n  }\n": types.ClosuresDueDocument,
    "\n  query CoordinatorDesk {\n    upcomingReleases(withinDays: 30, unmatchedOnly: true) { daysToRelease needsMatchBy client { id name releaseDate canBeMatched } }\n    engagement(cadence: OVERDUE) { clientName nextContactDue match { id mentor { id name } } }\n    vettingQueue { waitingDays missing { kind module } mentor { id name } }\n    mentorsExpiringSoon(days: 30) { what on mentor { id name } }\n    checkInsDue { with status { state } match { id } }\n    openHealthTasks { task { id } }\n    supervisionAttention { supervision { state } }\n  }\n": types.CoordinatorDeskDocument,
    "\n  query OpenRefusals {\n    openRefusals { daysOpen client { id name } refusal { id institution help reason refusedOn } }\n  }\n": types.OpenRefusalsDocument,
    "\n  query HandoverCaseView($id: ID!) {\n    handover(id: $id) {\n      id status ngoName expiresAt includeNotes name\n      path {\n        name birthYear languages releaseDate released releaseType destinationMunicipality { name } applicationDeadline asOf\n        goals { id title kind standard domain deadline status institution achievedOn }\n        documents { kind obtainedOn months }\n        warnings { code params { name value kind enumType } }\n        refusals { id institution help reason refusedOn note }\n        needs { domain level note }\n      }\n      decisions { id goalId help decision reason decidedOn note }\n    }\n  }\n": types.HandoverCaseViewDocument,
    "\n  mutation RecordSocialServiceDecision($input: RecordSocialServiceDecisionInput!) {\n    recordSocialServiceDecision(input: $input) { handover { id } errors { ...UserErrorFields } }\n  }\n": types.RecordSocialServiceDecisionDocument,
    "\n  query ClientHandovers($clientId: ID!) {\n    clientHandovers(clientId: $clientId) { id version status expiresAt includeNotes handedOverAt endedAt socialWorkerName municipalityName decisions { id help decision reason decidedOn } }\n    handoverRecipients(clientId: $clientId) { userId name organisationName }\n  }\n": types.ClientHandoversDocument,
    "\n  mutation HandOverToSocialService($input: HandOverToSocialServiceInput!) { handOverToSocialService(input: $input) { handover { id status } errors { ...UserErrorFields } } }\n": types.HandOverToSocialServiceDocument,
    "\n  mutation ExtendHandover($input: ExtendHandoverInput!) { extendHandover(input: $input) { handover { id expiresAt } errors { ...UserErrorFields } } }\n": types.ExtendHandoverDocument,
    "\n  mutation RevokeHandover($input: RevokeHandoverInput!) { revokeHandover(input: $input) { handover { id status } errors { ...UserErrorFields } } }\n": types.RevokeHandoverDocument,
    "\n  query MyHandovers { myHandovers { id status ngoName name expiresAt handedOverAt } }\n": types.MyHandoversDocument,
    "\n  mutation InspectImport($input: ImportFileInput!) {\n    inspectImport(input: $input) {\n      inspection {\n        kind format rowCount maxRows maxFileBytes\n        columns { index header sample }\n        fields { field required }\n        suggestedMapping { field column value }\n      }\n      errors { ...UserErrorFields }\n    }\n  }\n": types.InspectImportDocument,
    "\n  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {\n    importSpreadsheet(input: $input) {\n      report {\n        kind dryRun format total created alreadyPresent failed\n        rows { row status key recordId errors { code message field importField column columnName params { name value kind enumType } } }\n      }\n      errors { ...UserErrorFields }\n    }\n  }\n": types.ImportSpreadsheetDocument,
    "\n  mutation BatchMatches($withinDays: Int) {\n    proposeBatchMatches(withinDays: $withinDays) { clientId mentorId score daysToRelease client { name releaseDate } mentor { name } }\n  }\n": types.BatchMatchesDocument,
    "\n  mutation ConfirmProposals($proposals: [ProposalInput!]!) {\n    confirmProposals(proposals: $proposals) { clientId mentorId match { id } errors { ...UserErrorFields } }\n  }\n": types.ConfirmProposalsDocument,
    "query ProposedMatches { matches(stage: PROPOSED) { id proposedAt mentorAccepted client { id name } mentor { id name } } }": types.ProposedMatchesDocument,
    "\n  query ClientMatching($clientId: ID!) {\n    client(id: $clientId) { id name canBeMatched releaseDate destinationMunicipality { name } needs { domain level note } }\n    matchCandidates(clientId: $clientId, first: 10) {\n      mentorId eligible score mentor { id name capacity } factors { name weight value contribution reason params { name value kind enumType } }\n    }\n    matches(clientId: $clientId) { id version stage mentorAccepted clientAgreedOn activeFrom endedOn endReason proposedAt score riskFlagsShared sharedNeedNotes pausedBecause mentor { id name } }\n  }\n": types.ClientMatchingDocument,
    "\n  query WhyNotMentor($clientId: ID!, $mentorId: ID!) {\n    matchCandidate(clientId: $clientId, mentorId: $mentorId) {\n      eligible score failedConstraints { name params { name value kind enumType } } factors { name weight value contribution reason params { name value kind enumType } }\n    }\n  }\n": types.WhyNotMentorDocument,
    "query MentorSearch($search: String) { mentors(filter: { search: $search }, first: 10) { nodes { id name status } } }": types.MentorSearchDocument,
    "mutation ProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": types.ProposeMatchDocument,
    "mutation RecordClientAgreement($input: MatchCommandInput!) { recordClientAgreement(input: $input) { match { id } errors { ...UserErrorFields } } }": types.RecordClientAgreementDocument,
    "mutation ActivateMatch($input: MatchCommandInput!) { activateMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": types.ActivateMatchDocument,
    "mutation PauseMatch($input: MatchCommandInput!) { pauseMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": types.PauseMatchDocument,
    "mutation ResumeMatch($input: MatchCommandInput!) { resumeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": types.ResumeMatchDocument,
    "mutation ShareRiskFlagsWithMentor($input: MatchCommandInput!) { shareRiskFlagsWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }": types.ShareRiskFlagsWithMentorDocument,
    "mutation ShareNeedNoteWithMentor($input: MatchCommandInput!) { shareNeedNoteWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }": types.ShareNeedNoteWithMentorDocument,
    "mutation EndMatch($input: MatchCommandInput!) { endMatch(input: $input) { match { id } errors { ...UserErrorFields } } }": types.EndMatchDocument,
    "\n  mutation SubmitMentorApplication($input: SubmitMentorApplicationInput!) {\n    submitMentorApplication(input: $input) { received mentorId errors { ...UserErrorFields } }\n  }\n": types.SubmitMentorApplicationDocument,
    "mutation ConfirmMentorApplication($token: String!) { confirmMentorApplication(token: $token) { received errors { ...UserErrorFields } } }": types.ConfirmMentorApplicationDocument,
    "mutation RecordScreeningInterview($input: RecordScreeningInterviewInput!) { recordScreeningInterview(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.RecordScreeningInterviewDocument,
    "mutation RecordReference($input: RecordReferenceInput!) { recordReference(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.RecordReferenceDocument,
    "mutation RecordBackgroundCheck($input: RecordBackgroundCheckInput!) { recordBackgroundCheck(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.RecordBackgroundCheckDocument,
    "mutation RecordTrainingCompleted($input: RecordTrainingCompletedInput!) { recordTrainingCompleted(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.RecordTrainingCompletedDocument,
    "mutation SignConfidentialityAgreement($input: SignConfidentialityAgreementInput!) { signConfidentialityAgreement(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.SignConfidentialityAgreementDocument,
    "mutation ApproveMentor($input: ApproveMentorInput!) { approveMentor(input: $input) { approval { mentor { id } invitation { expiresAt user { email } } } errors { ...UserErrorFields } } }": types.ApproveMentorDocument,
    "mutation RejectMentor($input: RejectMentorInput!) { rejectMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.RejectMentorDocument,
    "mutation SuspendMentor($input: SuspendMentorInput!) { suspendMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.SuspendMentorDocument,
    "mutation ReinstateMentor($input: ReinstateMentorInput!) { reinstateMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.ReinstateMentorDocument,
    "mutation WithdrawMentor($input: WithdrawMentorInput!) { withdrawMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.WithdrawMentorDocument,
    "mutation RecordIndividualSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }": types.RecordIndividualSupervisionDocument,
    "mutation ChangeMentorCapacity($input: ChangeMentorCapacityInput!) { changeMentorCapacity(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.ChangeMentorCapacityDocument,
    "\n  query MentorProfile($id: ID!) {\n    mentor(id: $id) {\n      id version name email phone languages gender birthYear specialities capacity motivation channel appliedAt status matchable\n      municipalities { name } livedExperience { incarceration remissionYears } availability { day part }\n      vettingChecklist { kind module done detail params { name value kind enumType } }\n      interview references { refereeName relationship outcome receivedOn } backgroundCheck backgroundCheckExpiresOn\n      training { module completedOn } agreementSignedOn approvedAt rejectionReason lastSupervisionOn supervisionSessions\n      supervisor { id name } supervision { state dueOn lastOn } supervisionMinutes learningMinutes refreshers { name expiresOn expired }\n      timeline { at kind }\n    }\n  }\n": types.MentorProfileDocument,
    "\n  query SessionPeople {\n    mentors(first: 100) { nodes { id name status } }\n    trainingCatalogue { modules { code name hours kind } }\n  }\n": types.SessionPeopleDocument,
    "\n  mutation RecordSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }\n": types.RecordSupervisionDocument,
    "\n  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) { session { id } errors { ...UserErrorFields } } }\n": types.RecordTrainingSessionDocument,
    "query Supervisors { supervisors { id name } }": types.SupervisorsDocument,
    "mutation AssignSupervisor($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }": types.AssignSupervisorDocument,
    "\n  query SupervisionTraining {\n    supervisionAttention { id name supervisor { name } supervision { state dueOn } learningMinutes refreshers { name expiresOn expired } }\n  }\n": types.SupervisionTrainingDocument,
    "\n  query TrainingCatalogue { trainingCatalogue { version modules { code name hours kind validityMonths } } }\n": types.TrainingCatalogueDocument,
    "\n  mutation UpdateTrainingCatalogue($input: UpdateTrainingCatalogueInput!) {\n    updateTrainingCatalogue(input: $input) { catalogue { version } errors { ...UserErrorFields } }\n  }\n": types.UpdateTrainingCatalogueDocument,
    "\n  query VettingBoard {\n    vettingQueue { waitingDays missing { kind module } mentor { id name status appliedAt } }\n    mentorsExpiringSoon(days: 30) { what on mentor { id name } }\n  }\n": types.VettingBoardDocument,
    "\n  query Mentors($filter: MentorFilter, $first: Int, $after: String) {\n    mentors(filter: $filter, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id name status matchable capacity languages municipalities { name } specialities supervision { state dueOn } supervisor { name } }\n    }\n  }\n": types.MentorsDocument,
    "\n  fragment VolunteerStatementFields on VolunteerStatementPayload {\n    statement {\n      mentorId from to meetings meetingMinutes meetingHours pdfPath\n      groupActivities groupActivityMinutes supervisionMinutes trainingMinutes\n      months { month meetings meetingMinutes supervisionSessions supervisionMinutes trainingModules trainingMinutes groupActivities groupActivityMinutes }\n      supervision { on what }\n      training { on what }\n    }\n    errors { code message field params { name value kind enumType } }\n  }\n": types.VolunteerStatementFieldsFragmentDoc,
    "\n  query VolunteerStatement($mentorId: ID!, $from: DateOnly!, $to: DateOnly!) {\n    volunteerStatement(mentorId: $mentorId, from: $from, to: $to) { ...VolunteerStatementFields }\n  }\n": types.VolunteerStatementDocument,
    "\n  query MyVolunteerStatement($from: DateOnly!, $to: DateOnly!) {\n    myVolunteerStatement(from: $from, to: $to) { ...VolunteerStatementFields }\n  }\n": types.MyVolunteerStatementDocument,
    "\n  query CheckInPolicy {\n    checkInPolicy {\n      version firstMonthCheckIns laterIntervalMonths dueSoonDays remindOverdueAfterDays escalateAfterDaysOverdue\n      healthCheckWindowDays lowRating fallingDrop\n    }\n  }\n": types.CheckInPolicyDocument,
    "\n  mutation UpdateCheckInPolicy($input: UpdateCheckInPolicyInput!) {\n    updateCheckInPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }\n  }\n": types.UpdateCheckInPolicyDocument,
    "\n  query MatchClosure($matchId: ID!) {\n    matchMonitoring(matchId: $matchId) {\n      matchId\n      closure { kind reason endedOn openedOn open overdueFrom completedOn\n        conversations { with on mode helped helpedNote wouldRecommend } unreached { with reason } rematch noRematchReason }\n    }\n  }\n": types.MatchClosureDocument,
    "mutation RecordClosingConversation($input: ClosureStepInput!) { recordClosingConversation(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": types.RecordClosingConversationDocument,
    "mutation RecordClosingSideUnreached($input: ClosureStepInput!) { recordClosingSideUnreached(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": types.RecordClosingSideUnreachedDocument,
    "mutation DecideRematch($input: ClosureStepInput!) { decideRematch(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": types.DecideRematchDocument,
    "mutation CompleteMatchClosure($input: ClosureStepInput!) { completeMatchClosure(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }": types.CompleteMatchClosureDocument,
    "\n  mutation LogStaffCheckIn($input: LogStaffCheckInInput!) {\n    logStaffCheckIn(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }\n  }\n": types.LogStaffCheckInDocument,
    "\n  query Monitoring {\n    checkInsDue { with status { nextDue state daysOverdue lastCheckInOn } match { id client { id name } mentor { id name } } }\n    openHealthTasks { task { id source milestone rule from to raisedOn } match { id client { id name } mentor { id name } } }\n  }\n": types.MonitoringDocument,
    "\n  query MatchMonitoringDetail($matchId: ID!) {\n    matchMonitoring(matchId: $matchId) {\n      matchId healthCheckOpen\n      mentorCheckIns { nextDue state lastCheckInOn }\n      clientCheckIns { nextDue state lastCheckInOn }\n      checkIns { id with mode healthRating concerns agreedActions on }\n      health { source milestone goingWell supported rating on }\n      tasks { id source milestone rule from to raisedOn open }\n    }\n  }\n": types.MatchMonitoringDetailDocument,
    "\n  mutation RecordClientHealthCheck($input: RecordClientHealthCheckInput!) {\n    recordClientHealthCheck(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }\n  }\n": types.RecordClientHealthCheckDocument,
    "\n  query Notifications($kind: NotificationKind, $status: NotificationStatus, $first: Int, $after: String) {\n    notifications(kind: $kind, status: $status, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id version kind to subject language status queuedAt notBefore sentAt failedAttempts lastFailure deadLetteredAt cancelledAt }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation RetryNotification($id: ID!, $expectedVersion: Long!) {\n    retryNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }\n  }\n": types.RetryNotificationDocument,
    "\n  mutation CancelNotification($id: ID!, $expectedVersion: Long!) {\n    cancelNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }\n  }\n": types.CancelNotificationDocument,
    "query MyNotificationPreferences { myNotificationPreferences { kind channel canSwitchOff } }": types.MyNotificationPreferencesDocument,
    "\n  mutation SetMyNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {\n    setMyNotificationPreference(kind: $kind, channel: $channel) { errors { ...UserErrorFields } }\n  }\n": types.SetMyNotificationPreferenceDocument,
    "\n  query OutcomeSummary($contractId: ID!, $period: String!) {\n    outcomeSummary(contractId: $contractId, period: $period) {\n      summary { period previousPeriod csvUrl figures { key label value previous } issues { at reason recipients contentHash } }\n      errors { ...UserErrorFields }\n    }\n  }\n": types.OutcomeSummaryDocument,
    "\n  mutation ResendOutcomeSummary($input: ResendOutcomeSummaryInput!) {\n    resendOutcomeSummary(input: $input) { summary { period } errors { ...UserErrorFields } }\n  }\n": types.ResendOutcomeSummaryDocument,
    "\n  query Erasures($first: Int, $after: String) {\n    erasures(first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id kind personId status source requestedAt completedAt stepCount failedStep steps { step } }\n    }\n  }\n": types.ErasuresDocument,
    "\n  mutation ExportPersonData($personId: ID!, $purpose: String) {\n    exportPersonData(personId: $personId, purpose: $purpose) { export { kind events json } errors { ...UserErrorFields } }\n  }\n": types.ExportPersonDataDocument,
    "\n  mutation ErasePersonData($personId: ID!, $reason: String!) {\n    erasePersonData(personId: $personId, reason: $reason) { erasure { status eventsMasked stepCount steps { step } } errors { ...UserErrorFields } }\n  }\n": types.ErasePersonDataDocument,
    "\n  query PersonErasure($personId: ID!) {\n    erasures(personId: $personId, first: 1) { nodes { id status } }\n  }\n": types.PersonErasureDocument,
    "\n  query MyReferrals {\n    myReferrals {\n      id version ngoName status declineReason declineNote question sentAt lastChangedAt\n      details {\n        name gender birthYear languages contact prisonCode expectedReleaseDate releaseType destinationMunicipality\n        needs { domain level } consentScopes consentGivenOn consentDocumentReference note\n      }\n    }\n  }\n": types.MyReferralsDocument,
    "\n  query ReferralDestinations($municipality: String!) { referralDestinations(municipality: $municipality) { organisationId name } }\n": types.ReferralDestinationsDocument,
    "\n  mutation ReferToNgo($input: ReferToNgoInput!) {\n    referToNgo(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n": types.ReferToNgoDocument,
    "\n  mutation AmendReferral($input: AmendReferralInput!) {\n    amendReferral(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n": types.AmendReferralDocument,
    "\n  query IncomingReferrals {\n    referralInbox {\n      id version status fromOrganisation referrerName question declineReason clientId sentAt\n      details { name birthYear languages prisonName expectedReleaseDate releaseType destinationMunicipality needs { domain level note } consentDocumentReference note }\n    }\n  }\n": types.IncomingReferralsDocument,
    "\n  mutation AcceptReferral($input: AcceptReferralInput!) { acceptReferral(input: $input) { referral { id status clientId } errors { ...UserErrorFields } } }\n": types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id status } errors { ...UserErrorFields } } }\n": types.DeclineReferralDocument,
    "\n  mutation RequestReferralInformation($input: RequestReferralInformationInput!) {\n    requestReferralInformation(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n": types.RequestReferralInformationDocument,
    "\n  query PersonServices($clientId: ID, $matchId: ID, $domain: NeedDomain) {\n    personServices(clientId: $clientId, matchId: $matchId, domain: $domain) {\n      clientId municipality { code name } domains\n      services { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden }\n      goals { id kind standard domain title followUp institution status services { id name } }\n    }\n  }\n": types.PersonServicesDocument,
    "mutation AttachServiceToGoal($input: GoalServiceInput!) {\n  attachServiceToGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }": types.AttachServiceToGoalDocument,
    "mutation DetachServiceFromGoal($input: GoalServiceInput!) {\n  detachServiceFromGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }": types.DetachServiceFromGoalDocument,
    "\n  query ServiceDirectory($municipality: String, $domain: NeedDomain, $first: Int, $after: String) {\n    services(municipality: $municipality, domain: $domain, includeHidden: true, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden hiddenReason source version }\n    }\n  }\n": types.ServiceDirectoryDocument,
    "mutation AddService($input: AddServiceInput!) { addService(input: $input) { service { id } errors { ...UserErrorFields } } }": types.AddServiceDocument,
    "mutation EditService($input: EditServiceInput!) { editService(input: $input) { service { id version } errors { ...UserErrorFields } } }": types.EditServiceDocument,
    "mutation SetServiceHidden($input: SetServiceHiddenInput!) { setServiceHidden(input: $input) { service { id version hidden } errors { ...UserErrorFields } } }": types.SetServiceHiddenDocument,
    "\n  query Me { me { id email displayName roles language mentorStanding secondFactorEnabled secondFactorRequired organisation { id name kind } } }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }\n      errors { ...UserErrorFields }\n    }\n  }\n": types.LoginDocument,
    "mutation Logout { logout { ok } }": types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: Language!) { setMyLanguage(language: $language) { user { id language } errors { ...UserErrorFields } } }\n": types.SetMyLanguageDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } errors { ...UserErrorFields } } }\n": types.ChangePasswordDocument,
    "query MySecondFactor { me { id secondFactorEnabled secondFactorRequired } }": types.MySecondFactorDocument,
    "mutation DisableSecondFactor($code: String!) { disableSecondFactor(code: $code) { user { id secondFactorEnabled } errors { ...UserErrorFields } } }": types.DisableSecondFactorDocument,
    "query MySessions { mySessions { id createdAt lastSeenAt expiresAt client current } }": types.MySessionsDocument,
    "mutation EndSession($sessionId: ID!) { endSession(sessionId: $sessionId) { ended errors { ...UserErrorFields } } }": types.EndSessionDocument,
    "mutation SignOutEverywhere { signOutEverywhere { ended errors { ...UserErrorFields } } }": types.SignOutEverywhereDocument,
    "query ApiTokens { apiTokens { id name createdAt expiresAt revokedAt } }": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { apiToken { secret token { id name expiresAt } } errors { ...UserErrorFields } }\n  }\n": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { apiToken { id revokedAt } errors { ...UserErrorFields } } }": types.RevokeApiTokenDocument,
    "\n  query OutgoingTransfers($clientId: ID!) {\n    outgoingTransfers(clientId: $clientId) { id version status ngoName newMunicipality reason declineReason declineNote offeredAt lastChangedAt }\n  }\n": types.OutgoingTransfersDocument,
    "\n  query TransferDestinations($municipality: String!) { transferDestinations(municipality: $municipality) { organisationId name } }\n": types.TransferDestinationsDocument,
    "\n  query TransferPreview($clientId: ID!) {\n    transferPreview(clientId: $clientId) {\n      goals { status } documents { kind } eligibilityWarnings { code } needs { domain } consentScopes\n      history { meetingsHeld goalsAchieved refusals { help } matchPeriods { from } }\n    }\n  }\n": types.TransferPreviewDocument,
    "\n  mutation TransferCase($input: TransferCaseInput!) { transferCase(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n": types.TransferCaseDocument,
    "\n  mutation WithdrawTransfer($input: WithdrawTransferInput!) { withdrawTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n": types.WithdrawTransferDocument,
    "\n  query IncomingTransfers {\n    transferInbox {\n      id version status fromOrganisation offeredByName newMunicipality reason name birthYear languages prisonName releaseDate released\n      needs { domain level } consentScopes declineReason newClientId offeredAt\n    }\n  }\n": types.IncomingTransfersDocument,
    "\n  mutation AcceptTransfer($input: AcceptTransferInput!) { acceptTransfer(input: $input) { transfer { id status newClientId } errors { ...UserErrorFields } } }\n": types.AcceptTransferDocument,
    "\n  mutation DeclineTransfer($input: DeclineTransferInput!) { declineTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n": types.DeclineTransferDocument,
    "query Municipalities { municipalities { code name kind } }": types.MunicipalitiesDocument,
    "query Prisons { prisons { code name } }": types.PrisonsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupActivities($from: DateOnly, $to: DateOnly) {\n    groupActivities(from: $from, to: $to) {\n      id version kind title startsAt endsAt durationMinutes place capacity status cancelReason begun placesTaken going attended\n      facilitator { userId name }\n      invitees { id kind name answer attended }\n    }\n  }\n"): typeof import('./graphql').GroupActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanGroupActivity($input: PlanGroupActivityInput!) { planGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').PlanGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveGroupActivity($input: MoveGroupActivityInput!) { moveGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').MoveGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeGroupActivityDetails($input: ChangeGroupActivityDetailsInput!) { changeGroupActivityDetails(input: $input) { activity { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').ChangeGroupActivityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupActivityFacilitators { groupActivityFacilitators { userId name } }"): typeof import('./graphql').GroupActivityFacilitatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelGroupActivity($input: CancelGroupActivityInput!) { cancelGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').CancelGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordGroupActivityAttendance($input: RecordGroupActivityAttendanceInput!) { recordGroupActivityAttendance(input: $input) { activity { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordGroupActivityAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupActivityInvitable($activityId: ID!) {\n    groupActivityInvitable(activityId: $activityId) { id kind name }\n  }\n"): typeof import('./graphql').GroupActivityInvitableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteToGroupActivity($input: InviteToGroupActivityInput!) { inviteToGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').InviteToGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawGroupActivityInvitation($input: WithdrawGroupActivityInvitationInput!) { withdrawGroupActivityInvitation(input: $input) { activity { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').WithdrawGroupActivityInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroupActivities {\n    myGroupActivities { id kind title startsAt endsAt durationMinutes place facilitatorName status myAnswer attended canMarkAttendance }\n  }\n"): typeof import('./graphql').MyGroupActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerGroupActivityInvitation($input: AnswerGroupActivityInvitationInput!) {\n    answerGroupActivityInvitation(input: $input) { activity { id myAnswer } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').AnswerGroupActivityInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contracts($status: ContractStatus, $first: Int, $after: String) {\n    contracts(status: $status, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes {\n      id version reference status startDate endDate clientCapacity reportRecipients cadence terminatedOn\n      municipality { code name } territory { code name } ngo { id name }\n      history { at change reason effectiveDate terms { startDate endDate clientCapacity territory } }\n      }\n    }\n  }\n"): typeof import('./graphql').ContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').CreateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendContract($input: AmendContractInput!) {\n    amendContract(input: $input) { contract { id version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').AmendContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) { contract { id version status } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').TerminateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($kind: OrganisationKind) {\n    organisations(kind: $kind) { id name kind registrationNumber registeredAt municipality { code name } }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { organisation { id name } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VettingPolicy {\n    vettingPolicy { version interviewRequired minimumReferences backgroundCheckValidityMonths requiredTrainingModules agreementRequired refresherTrainingMonths supervisionEveryMonths }\n  }\n"): typeof import('./graphql').VettingPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVettingPolicy($input: UpdateVettingPolicyInput!) {\n    updateVettingPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').UpdateVettingPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderRules {\n    reminderRules {\n      version weeklyForDaysAfterRelease weeklyIntervalDays laterIntervalDays preReleaseIntervalDays remindAgainAfterDays\n      escalateAfterDaysOverdue releaseSoonDays goalDeadlineDaysAhead vettingExpiryDaysAhead proposalUnansweredDays\n      applicationDeadlineDaysAhead openRefusalReminderDays\n    }\n  }\n"): typeof import('./graphql').ReminderRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReminderRules($input: UpdateReminderRulesInput!) { updateReminderRules(input: $input) { rules { version } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').UpdateReminderRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingWeights { matchingWeights { version needCoverage livedExperienceFit ageProximity availabilityOverlap load preferredLanguage } }\n"): typeof import('./graphql').MatchingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatchingWeights($input: MatchingWeightsInput!) {\n    updateMatchingWeights(input: $input) { weights { version needCoverage } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').UpdateMatchingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($organisationId: ID) {\n    users(organisationId: $organisationId) {\n      id email displayName roles language status invitationExpiresAt deactivatedAt createdAt lastSignInAt\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationsForUsers { organisations { id name kind assignableRoles } }"): typeof import('./graphql').OrganisationsForUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnOrganisationRoles { me { id organisation { id assignableRoles } } }"): typeof import('./graphql').OwnOrganisationRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitation { expiresAt user { id email } } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRoles($userId: ID!, $roles: [Role!]!) {\n    changeUserRoles(userId: $userId, roles: $roles) { user { id roles } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ChangeUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) { resendInvitation(userId: $userId) { user { id email invitationExpiresAt } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeInvitation($userId: ID!) { revokeInvitation(userId: $userId) { user { id email } errors { ...UserErrorFields } } }"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityPolicy { securityPolicy { requireSecondFactor } me { id secondFactorEnabled } }"): typeof import('./graphql').SecurityPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSecurityPolicy($requireSecondFactor: Boolean!) {\n    updateSecurityPolicy(requireSecondFactor: $requireSecondFactor) { policy { requireSecondFactor } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').UpdateSecurityPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError { code message field params { name value kind enumType } }\n"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($from: DateOnly, $to: DateOnly, $action: AuditAction, $subjectId: ID, $first: Int, $after: String) {\n    auditTrail(from: $from, to: $to, action: $action, subjectId: $subjectId, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id action subjectKind subjectId subjectName by byName byRoles bySystem purpose purposeKind purposeParams { name value kind enumType } via at }\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }\n      errors { ...UserErrorFields }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { ok errors { ...UserErrorFields } } }"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { ok errors { ...UserErrorFields } } }"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment { enrolment { secret otpauthUri qrSvg } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').BeginSecondFactorEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) { enabled { recoveryCodes user { id secondFactorEnabled } } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ConfirmSecondFactorEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').WithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessNeeds($input: AssessNeedsInput!) { assessNeeds(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').AssessNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRiskFlags($input: RecordRiskFlagsInput!) { recordRiskFlags(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordRiskFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPreferences($input: RecordPreferencesInput!) { recordPreferences(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMeeting($input: RecordInterInstitutionalMeetingInput!) { recordInterInstitutionalMeeting(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeReleaseDate($input: ChangeReleaseDateInput!) { changeReleaseDate(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').ChangeReleaseDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRelease($input: RecordReleaseInput!) { recordRelease(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').CloseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenCase($input: ReopenCaseInput!) { reopenCase(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').ReopenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').AddGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteGoal($input: CompleteGoalInput!) { completeGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').CompleteGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DropGoal($input: DropGoalInput!) { dropGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').DropGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeGoalDeadline($input: ChangeGoalDeadlineInput!) { changeGoalDeadline(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').ChangeGoalDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCase($id: ID!) {\n    client(id: $id) {\n      id version name gender birthYear languages contact expectedReleaseDate releasedOn releaseDate releaseType stage frozen\n      consent consentGivenOn consentWithdrawn consentWithdrawnOn canBeMatched needsSource meetings lastMeetingOn closureReason referredAt\n      referrerName referrerContact\n      prison { code name } destinationMunicipality { code name } referringOrganisation { name }\n      needs { domain level note }\n      preferences { mentorGender livedExperienceWanted language }\n      goals { id title kind domain standard deadline followsRelease status institution achievedOn dropReason dropReasonCarriedOver followsRefusal followUp refusedBy overdue }\n      documents { kind obtained obtainedOn months { period } }\n      warnings { code params { name value kind enumType } }\n      applicationDeadline lastDeclaredResidenceMunicipality { code name } hasResidenceToDeclare\n      refusals { id institution help reason refusedOn note noteCarriedOver goalId status followUpGoals closedOn closeNote }\n      accompaniments { contactId institution help result on refusalId retracted }\n      timeline { at kind detail }\n    }\n    matches(clientId: $id) { id stage pausedBecause proposedAt activeFrom endedOn mentor { id name } }\n  }\n"): typeof import('./graphql').ClientCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientRisk($id: ID!) { client(id: $id) { id riskFlags } }"): typeof import('./graphql').ClientRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($filter: ClientFilter, $first: Int, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id name stage frozen releaseDate prison { name } destinationMunicipality { name } }\n    }\n  }\n"): typeof import('./graphql').ClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGoalStatus($input: SetGoalStatusInput!) { setGoalStatus(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').SetGoalStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGoalInstitution($input: SetGoalInstitutionInput!) { setGoalInstitution(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').SetGoalInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnrecordDocument($input: UnrecordDocumentInput!) { unrecordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').UnrecordDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordResidenceFacts($input: RecordResidenceFactsInput!) { recordResidenceFacts(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordResidenceFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferClient($input: ReferClientInput!) {\n    referClient(input: $input) { client { id } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ReferClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRefusal($input: RecordRefusalInput!) { recordRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordRefusalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseRefusal($input: CloseRefusalInput!) { closeRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').CloseRefusalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanRefusalFollowUp($input: PlanRefusalFollowUpInput!) { planRefusalFollowUp(input: $input) { client { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').PlanRefusalFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMeetings($id: ID!) {\n    client(id: $id) {\n      id releasedOn expectedReleaseDate stage\n      interInstitutionalMeetings {\n        id version status startsAt endsAt durationMinutes place sequence heldOn present cancelReason\n        participants { id side name email organisation language }\n        decisions { goalId title responsible deadline }\n      }\n    }\n  }\n"): typeof import('./graphql').ClientMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleMeeting($input: ScheduleInterInstitutionalMeetingInput!) { scheduleInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').ScheduleMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveMeeting($input: MoveInterInstitutionalMeetingInput!) { moveInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').MoveMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelMeeting($input: CancelInterInstitutionalMeetingInput!) { cancelInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').CancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMeetingDecisions($input: RecordMeetingDecisionsInput!) { recordMeetingDecisions(input: $input) { meeting { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordMeetingDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingReleases($withinDays: Int, $municipality: String, $unmatchedOnly: Boolean) {\n    upcomingReleases(withinDays: $withinDays, municipality: $municipality, unmatchedOnly: $unmatchedOnly) {\n      daysToRelease needsMatchBy\n      client { id name releaseDate releaseType canBeMatched frozen prison { name } destinationMunicipality { name } overdueGoals { id } }\n    }\n  }\n"): typeof import('./graphql').UpcomingReleasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenConcerns {\n    openConcerns { match { id client { id name } mentor { id name } } contact { id happenedAt mode privateNote concern } }\n  }\n"): typeof import('./graphql').OpenConcernsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeConcern($matchId: ID!, $contactId: ID!, $note: String) {\n    acknowledgeConcern(matchId: $matchId, contactId: $contactId, note: $note) { result { contact { id concernAcknowledgedAt } } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').AcknowledgeConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engagement($cadence: CadenceStatus) {\n    engagement(cadence: $cadence) {\n      clientName lastContactAt nextContactDue cadence contactsLast28Days minutesLast28Days openUrgentConcern\n      match { id stage mentor { id name } monitoring { health { source milestone goingWell supported rating } } }\n    }\n  }\n"): typeof import('./graphql').EngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTimeline($matchId: ID!, $first: Int, $after: String) {\n    contactTimeline(matchId: $matchId, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes {\n        id happenedAt durationMinutes mode place topics privateNote concern concernAcknowledgedAt retracted retractedReason\n        versions { at reason } comments { id text at }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchHeader($id: ID!) { match(id: $id) { id stage client { id name } mentor { id name } } }"): typeof import('./graphql').MatchHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactAttempts($matchId: ID!) { contactAttempts(matchId: $matchId) { id attemptedAt outcome note } }"): typeof import('./graphql').ContactAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractContact($matchId: ID!, $contactId: ID!, $reason: String!) {\n    retractContact(matchId: $matchId, contactId: $contactId, reason: $reason) { result { contact { id } } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').RetractContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnContact($matchId: ID!, $contactId: ID!, $text: String!, $commentId: ID) {\n    commentOnContact(matchId: $matchId, contactId: $contactId, text: $text, commentId: $commentId) { result { contact { id } } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').CommentOnContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMatches {\n    myMatches {\n      matchId version stage mentorAccepted clientName releaseDate destinationMunicipality { name } lastContactAt nextContactDue cadence endedOn\n      goals { id title kind domain standard deadline status institution followUp achievedOn overdue }\n      documents { kind obtained obtainedOn months { period } }\n      warnings { code params { name value kind enumType } }\n      needs { domain level note }\n      riskFlags\n      healthCheckDue\n    }\n  }\n"): typeof import('./graphql').MyMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptMatch($input: MatchCommandInput!) { acceptMatch(input: $input) { myMatch { matchId stage mentorAccepted } errors { ...UserErrorFields } } }"): typeof import('./graphql').AcceptMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineMatch($input: MatchCommandInput!) { declineMatch(input: $input) { myMatch { matchId stage } errors { ...UserErrorFields } } }"): typeof import('./graphql').DeclineMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) { result { contact { id } matchVersion } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').LogContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContactAttempt($input: ContactAttemptInput!) {\n    recordContactAttempt(input: $input) { result { attempt { id } matchVersion } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').RecordContactAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerMatchHealthCheck($input: AnswerMatchHealthCheckInput!) {\n    answerMatchHealthCheck(input: $input) { healthCheck { matchId milestone } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').AnswerMatchHealthCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMyGroupActivityAttendance($input: MarkMyGroupActivityAttendanceInput!) {\n    markMyGroupActivityAttendance(input: $input) { activity { id attended } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').MarkMyGroupActivityAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDeadlines {\n    applicationDeadlines { deadline daysLeft client { id name } }\n  }\n"): typeof import('./graphql').ApplicationDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosuresDue {\n    closuresDue { overdue closure { kind reason openedOn overdueFrom } match { id client { id name } mentor { id name } } }\n  }\n"): typeof import('./graphql').ClosuresDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorDesk {\n    upcomingReleases(withinDays: 30, unmatchedOnly: true) { daysToRelease needsMatchBy client { id name releaseDate canBeMatched } }\n    engagement(cadence: OVERDUE) { clientName nextContactDue match { id mentor { id name } } }\n    vettingQueue { waitingDays missing { kind module } mentor { id name } }\n    mentorsExpiringSoon(days: 30) { what on mentor { id name } }\n    checkInsDue { with status { state } match { id } }\n    openHealthTasks { task { id } }\n    supervisionAttention { supervision { state } }\n  }\n"): typeof import('./graphql').CoordinatorDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRefusals {\n    openRefusals { daysOpen client { id name } refusal { id institution help reason refusedOn } }\n  }\n"): typeof import('./graphql').OpenRefusalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverCaseView($id: ID!) {\n    handover(id: $id) {\n      id status ngoName expiresAt includeNotes name\n      path {\n        name birthYear languages releaseDate released releaseType destinationMunicipality { name } applicationDeadline asOf\n        goals { id title kind standard domain deadline status institution achievedOn }\n        documents { kind obtainedOn months }\n        warnings { code params { name value kind enumType } }\n        refusals { id institution help reason refusedOn note }\n        needs { domain level note }\n      }\n      decisions { id goalId help decision reason decidedOn note }\n    }\n  }\n"): typeof import('./graphql').HandoverCaseViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSocialServiceDecision($input: RecordSocialServiceDecisionInput!) {\n    recordSocialServiceDecision(input: $input) { handover { id } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').RecordSocialServiceDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientHandovers($clientId: ID!) {\n    clientHandovers(clientId: $clientId) { id version status expiresAt includeNotes handedOverAt endedAt socialWorkerName municipalityName decisions { id help decision reason decidedOn } }\n    handoverRecipients(clientId: $clientId) { userId name organisationName }\n  }\n"): typeof import('./graphql').ClientHandoversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverToSocialService($input: HandOverToSocialServiceInput!) { handOverToSocialService(input: $input) { handover { id status } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').HandOverToSocialServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendHandover($input: ExtendHandoverInput!) { extendHandover(input: $input) { handover { id expiresAt } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').ExtendHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeHandover($input: RevokeHandoverInput!) { revokeHandover(input: $input) { handover { id status } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').RevokeHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHandovers { myHandovers { id status ngoName name expiresAt handedOverAt } }\n"): typeof import('./graphql').MyHandoversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectImport($input: ImportFileInput!) {\n    inspectImport(input: $input) {\n      inspection {\n        kind format rowCount maxRows maxFileBytes\n        columns { index header sample }\n        fields { field required }\n        suggestedMapping { field column value }\n      }\n      errors { ...UserErrorFields }\n    }\n  }\n"): typeof import('./graphql').InspectImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {\n    importSpreadsheet(input: $input) {\n      report {\n        kind dryRun format total created alreadyPresent failed\n        rows { row status key recordId errors { code message field importField column columnName params { name value kind enumType } } }\n      }\n      errors { ...UserErrorFields }\n    }\n  }\n"): typeof import('./graphql').ImportSpreadsheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BatchMatches($withinDays: Int) {\n    proposeBatchMatches(withinDays: $withinDays) { clientId mentorId score daysToRelease client { name releaseDate } mentor { name } }\n  }\n"): typeof import('./graphql').BatchMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProposals($proposals: [ProposalInput!]!) {\n    confirmProposals(proposals: $proposals) { clientId mentorId match { id } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ConfirmProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProposedMatches { matches(stage: PROPOSED) { id proposedAt mentorAccepted client { id name } mentor { id name } } }"): typeof import('./graphql').ProposedMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMatching($clientId: ID!) {\n    client(id: $clientId) { id name canBeMatched releaseDate destinationMunicipality { name } needs { domain level note } }\n    matchCandidates(clientId: $clientId, first: 10) {\n      mentorId eligible score mentor { id name capacity } factors { name weight value contribution reason params { name value kind enumType } }\n    }\n    matches(clientId: $clientId) { id version stage mentorAccepted clientAgreedOn activeFrom endedOn endReason proposedAt score riskFlagsShared sharedNeedNotes pausedBecause mentor { id name } }\n  }\n"): typeof import('./graphql').ClientMatchingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhyNotMentor($clientId: ID!, $mentorId: ID!) {\n    matchCandidate(clientId: $clientId, mentorId: $mentorId) {\n      eligible score failedConstraints { name params { name value kind enumType } } factors { name weight value contribution reason params { name value kind enumType } }\n    }\n  }\n"): typeof import('./graphql').WhyNotMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentorSearch($search: String) { mentors(filter: { search: $search }, first: 10) { nodes { id name status } } }"): typeof import('./graphql').MentorSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').ProposeMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordClientAgreement($input: MatchCommandInput!) { recordClientAgreement(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordClientAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateMatch($input: MatchCommandInput!) { activateMatch(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').ActivateMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseMatch($input: MatchCommandInput!) { pauseMatch(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').PauseMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeMatch($input: MatchCommandInput!) { resumeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').ResumeMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShareRiskFlagsWithMentor($input: MatchCommandInput!) { shareRiskFlagsWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').ShareRiskFlagsWithMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShareNeedNoteWithMentor($input: MatchCommandInput!) { shareNeedNoteWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').ShareNeedNoteWithMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndMatch($input: MatchCommandInput!) { endMatch(input: $input) { match { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').EndMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMentorApplication($input: SubmitMentorApplicationInput!) {\n    submitMentorApplication(input: $input) { received mentorId errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').SubmitMentorApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmMentorApplication($token: String!) { confirmMentorApplication(token: $token) { received errors { ...UserErrorFields } } }"): typeof import('./graphql').ConfirmMentorApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordScreeningInterview($input: RecordScreeningInterviewInput!) { recordScreeningInterview(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordScreeningInterviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordReference($input: RecordReferenceInput!) { recordReference(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordBackgroundCheck($input: RecordBackgroundCheckInput!) { recordBackgroundCheck(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordBackgroundCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordTrainingCompleted($input: RecordTrainingCompletedInput!) { recordTrainingCompleted(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordTrainingCompletedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignConfidentialityAgreement($input: SignConfidentialityAgreementInput!) { signConfidentialityAgreement(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').SignConfidentialityAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveMentor($input: ApproveMentorInput!) { approveMentor(input: $input) { approval { mentor { id } invitation { expiresAt user { email } } } errors { ...UserErrorFields } } }"): typeof import('./graphql').ApproveMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectMentor($input: RejectMentorInput!) { rejectMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').RejectMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendMentor($input: SuspendMentorInput!) { suspendMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').SuspendMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReinstateMentor($input: ReinstateMentorInput!) { reinstateMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').ReinstateMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawMentor($input: WithdrawMentorInput!) { withdrawMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').WithdrawMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordIndividualSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordIndividualSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMentorCapacity($input: ChangeMentorCapacityInput!) { changeMentorCapacity(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').ChangeMentorCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorProfile($id: ID!) {\n    mentor(id: $id) {\n      id version name email phone languages gender birthYear specialities capacity motivation channel appliedAt status matchable\n      municipalities { name } livedExperience { incarceration remissionYears } availability { day part }\n      vettingChecklist { kind module done detail params { name value kind enumType } }\n      interview references { refereeName relationship outcome receivedOn } backgroundCheck backgroundCheckExpiresOn\n      training { module completedOn } agreementSignedOn approvedAt rejectionReason lastSupervisionOn supervisionSessions\n      supervisor { id name } supervision { state dueOn lastOn } supervisionMinutes learningMinutes refreshers { name expiresOn expired }\n      timeline { at kind }\n    }\n  }\n"): typeof import('./graphql').MentorProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPeople {\n    mentors(first: 100) { nodes { id name status } }\n    trainingCatalogue { modules { code name hours kind } }\n  }\n"): typeof import('./graphql').SessionPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').RecordSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) { session { id } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').RecordTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Supervisors { supervisors { id name } }"): typeof import('./graphql').SupervisorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignSupervisor($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').AssignSupervisorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionTraining {\n    supervisionAttention { id name supervisor { name } supervision { state dueOn } learningMinutes refreshers { name expiresOn expired } }\n  }\n"): typeof import('./graphql').SupervisionTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCatalogue { trainingCatalogue { version modules { code name hours kind validityMonths } } }\n"): typeof import('./graphql').TrainingCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingCatalogue($input: UpdateTrainingCatalogueInput!) {\n    updateTrainingCatalogue(input: $input) { catalogue { version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').UpdateTrainingCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VettingBoard {\n    vettingQueue { waitingDays missing { kind module } mentor { id name status appliedAt } }\n    mentorsExpiringSoon(days: 30) { what on mentor { id name } }\n  }\n"): typeof import('./graphql').VettingBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentors($filter: MentorFilter, $first: Int, $after: String) {\n    mentors(filter: $filter, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id name status matchable capacity languages municipalities { name } specialities supervision { state dueOn } supervisor { name } }\n    }\n  }\n"): typeof import('./graphql').MentorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerStatementFields on VolunteerStatementPayload {\n    statement {\n      mentorId from to meetings meetingMinutes meetingHours pdfPath\n      groupActivities groupActivityMinutes supervisionMinutes trainingMinutes\n      months { month meetings meetingMinutes supervisionSessions supervisionMinutes trainingModules trainingMinutes groupActivities groupActivityMinutes }\n      supervision { on what }\n      training { on what }\n    }\n    errors { code message field params { name value kind enumType } }\n  }\n"): typeof import('./graphql').VolunteerStatementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerStatement($mentorId: ID!, $from: DateOnly!, $to: DateOnly!) {\n    volunteerStatement(mentorId: $mentorId, from: $from, to: $to) { ...VolunteerStatementFields }\n  }\n"): typeof import('./graphql').VolunteerStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVolunteerStatement($from: DateOnly!, $to: DateOnly!) {\n    myVolunteerStatement(from: $from, to: $to) { ...VolunteerStatementFields }\n  }\n"): typeof import('./graphql').MyVolunteerStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInPolicy {\n    checkInPolicy {\n      version firstMonthCheckIns laterIntervalMonths dueSoonDays remindOverdueAfterDays escalateAfterDaysOverdue\n      healthCheckWindowDays lowRating fallingDrop\n    }\n  }\n"): typeof import('./graphql').CheckInPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCheckInPolicy($input: UpdateCheckInPolicyInput!) {\n    updateCheckInPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').UpdateCheckInPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchClosure($matchId: ID!) {\n    matchMonitoring(matchId: $matchId) {\n      matchId\n      closure { kind reason endedOn openedOn open overdueFrom completedOn\n        conversations { with on mode helped helpedNote wouldRecommend } unreached { with reason } rematch noRematchReason }\n    }\n  }\n"): typeof import('./graphql').MatchClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordClosingConversation($input: ClosureStepInput!) { recordClosingConversation(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordClosingConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordClosingSideUnreached($input: ClosureStepInput!) { recordClosingSideUnreached(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }"): typeof import('./graphql').RecordClosingSideUnreachedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideRematch($input: ClosureStepInput!) { decideRematch(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }"): typeof import('./graphql').DecideRematchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteMatchClosure($input: ClosureStepInput!) { completeMatchClosure(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }"): typeof import('./graphql').CompleteMatchClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogStaffCheckIn($input: LogStaffCheckInInput!) {\n    logStaffCheckIn(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').LogStaffCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Monitoring {\n    checkInsDue { with status { nextDue state daysOverdue lastCheckInOn } match { id client { id name } mentor { id name } } }\n    openHealthTasks { task { id source milestone rule from to raisedOn } match { id client { id name } mentor { id name } } }\n  }\n"): typeof import('./graphql').MonitoringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchMonitoringDetail($matchId: ID!) {\n    matchMonitoring(matchId: $matchId) {\n      matchId healthCheckOpen\n      mentorCheckIns { nextDue state lastCheckInOn }\n      clientCheckIns { nextDue state lastCheckInOn }\n      checkIns { id with mode healthRating concerns agreedActions on }\n      health { source milestone goingWell supported rating on }\n      tasks { id source milestone rule from to raisedOn open }\n    }\n  }\n"): typeof import('./graphql').MatchMonitoringDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordClientHealthCheck($input: RecordClientHealthCheckInput!) {\n    recordClientHealthCheck(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').RecordClientHealthCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($kind: NotificationKind, $status: NotificationStatus, $first: Int, $after: String) {\n    notifications(kind: $kind, status: $status, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id version kind to subject language status queuedAt notBefore sentAt failedAttempts lastFailure deadLetteredAt cancelledAt }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryNotification($id: ID!, $expectedVersion: Long!) {\n    retryNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').RetryNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelNotification($id: ID!, $expectedVersion: Long!) {\n    cancelNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').CancelNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyNotificationPreferences { myNotificationPreferences { kind channel canSwitchOff } }"): typeof import('./graphql').MyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {\n    setMyNotificationPreference(kind: $kind, channel: $channel) { errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').SetMyNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeSummary($contractId: ID!, $period: String!) {\n    outcomeSummary(contractId: $contractId, period: $period) {\n      summary { period previousPeriod csvUrl figures { key label value previous } issues { at reason recipients contentHash } }\n      errors { ...UserErrorFields }\n    }\n  }\n"): typeof import('./graphql').OutcomeSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendOutcomeSummary($input: ResendOutcomeSummaryInput!) {\n    resendOutcomeSummary(input: $input) { summary { period } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ResendOutcomeSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Erasures($first: Int, $after: String) {\n    erasures(first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id kind personId status source requestedAt completedAt stepCount failedStep steps { step } }\n    }\n  }\n"): typeof import('./graphql').ErasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPersonData($personId: ID!, $purpose: String) {\n    exportPersonData(personId: $personId, purpose: $purpose) { export { kind events json } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ExportPersonDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePersonData($personId: ID!, $reason: String!) {\n    erasePersonData(personId: $personId, reason: $reason) { erasure { status eventsMasked stepCount steps { step } } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ErasePersonDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonErasure($personId: ID!) {\n    erasures(personId: $personId, first: 1) { nodes { id status } }\n  }\n"): typeof import('./graphql').PersonErasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferrals {\n    myReferrals {\n      id version ngoName status declineReason declineNote question sentAt lastChangedAt\n      details {\n        name gender birthYear languages contact prisonCode expectedReleaseDate releaseType destinationMunicipality\n        needs { domain level } consentScopes consentGivenOn consentDocumentReference note\n      }\n    }\n  }\n"): typeof import('./graphql').MyReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDestinations($municipality: String!) { referralDestinations(municipality: $municipality) { organisationId name } }\n"): typeof import('./graphql').ReferralDestinationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferToNgo($input: ReferToNgoInput!) {\n    referToNgo(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').ReferToNgoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendReferral($input: AmendReferralInput!) {\n    amendReferral(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').AmendReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingReferrals {\n    referralInbox {\n      id version status fromOrganisation referrerName question declineReason clientId sentAt\n      details { name birthYear languages prisonName expectedReleaseDate releaseType destinationMunicipality needs { domain level note } consentDocumentReference note }\n    }\n  }\n"): typeof import('./graphql').IncomingReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($input: AcceptReferralInput!) { acceptReferral(input: $input) { referral { id status clientId } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').AcceptReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineReferral($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id status } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').DeclineReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReferralInformation($input: RequestReferralInformationInput!) {\n    requestReferralInformation(input: $input) { referral { id status } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').RequestReferralInformationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonServices($clientId: ID, $matchId: ID, $domain: NeedDomain) {\n    personServices(clientId: $clientId, matchId: $matchId, domain: $domain) {\n      clientId municipality { code name } domains\n      services { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden }\n      goals { id kind standard domain title followUp institution status services { id name } }\n    }\n  }\n"): typeof import('./graphql').PersonServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttachServiceToGoal($input: GoalServiceInput!) {\n  attachServiceToGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }"): typeof import('./graphql').AttachServiceToGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetachServiceFromGoal($input: GoalServiceInput!) {\n  detachServiceFromGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }"): typeof import('./graphql').DetachServiceFromGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceDirectory($municipality: String, $domain: NeedDomain, $first: Int, $after: String) {\n    services(municipality: $municipality, domain: $domain, includeHidden: true, first: $first, after: $after) {\n      totalCount endCursor hasNextPage\n      nodes { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden hiddenReason source version }\n    }\n  }\n"): typeof import('./graphql').ServiceDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddService($input: AddServiceInput!) { addService(input: $input) { service { id } errors { ...UserErrorFields } } }"): typeof import('./graphql').AddServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditService($input: EditServiceInput!) { editService(input: $input) { service { id version } errors { ...UserErrorFields } } }"): typeof import('./graphql').EditServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetServiceHidden($input: SetServiceHiddenInput!) { setServiceHidden(input: $input) { service { id version hidden } errors { ...UserErrorFields } } }"): typeof import('./graphql').SetServiceHiddenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { id email displayName roles language mentorStanding secondFactorEnabled secondFactorRequired organisation { id name kind } } }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }\n      errors { ...UserErrorFields }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout { ok } }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($language: Language!) { setMyLanguage(language: $language) { user { id language } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').SetMyLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySecondFactor { me { id secondFactorEnabled secondFactorRequired } }"): typeof import('./graphql').MySecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableSecondFactor($code: String!) { disableSecondFactor(code: $code) { user { id secondFactorEnabled } errors { ...UserErrorFields } } }"): typeof import('./graphql').DisableSecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions { mySessions { id createdAt lastSeenAt expiresAt client current } }"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSession($sessionId: ID!) { endSession(sessionId: $sessionId) { ended errors { ...UserErrorFields } } }"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutEverywhere { signOutEverywhere { ended errors { ...UserErrorFields } } }"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens { apiTokens { id name createdAt expiresAt revokedAt } }"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { apiToken { secret token { id name expiresAt } } errors { ...UserErrorFields } }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { apiToken { id revokedAt } errors { ...UserErrorFields } } }"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutgoingTransfers($clientId: ID!) {\n    outgoingTransfers(clientId: $clientId) { id version status ngoName newMunicipality reason declineReason declineNote offeredAt lastChangedAt }\n  }\n"): typeof import('./graphql').OutgoingTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferDestinations($municipality: String!) { transferDestinations(municipality: $municipality) { organisationId name } }\n"): typeof import('./graphql').TransferDestinationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferPreview($clientId: ID!) {\n    transferPreview(clientId: $clientId) {\n      goals { status } documents { kind } eligibilityWarnings { code } needs { domain } consentScopes\n      history { meetingsHeld goalsAchieved refusals { help } matchPeriods { from } }\n    }\n  }\n"): typeof import('./graphql').TransferPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCase($input: TransferCaseInput!) { transferCase(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').TransferCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTransfer($input: WithdrawTransferInput!) { withdrawTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').WithdrawTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingTransfers {\n    transferInbox {\n      id version status fromOrganisation offeredByName newMunicipality reason name birthYear languages prisonName releaseDate released\n      needs { domain level } consentScopes declineReason newClientId offeredAt\n    }\n  }\n"): typeof import('./graphql').IncomingTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransfer($input: AcceptTransferInput!) { acceptTransfer(input: $input) { transfer { id status newClientId } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').AcceptTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineTransfer($input: DeclineTransferInput!) { declineTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }\n"): typeof import('./graphql').DeclineTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Municipalities { municipalities { code name kind } }"): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Prisons { prisons { code name } }"): typeof import('./graphql').PrisonsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
