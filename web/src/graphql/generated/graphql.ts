/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** At least 12 characters. */
  password: string;
  token: string;
};

export type AcceptReferralInput = {
  /** The referral's version you read; a newer one means someone else answered first. */
  expectedVersion: number;
  /** Confirms the person is not the likely duplicate reported earlier. */
  notADuplicate?: boolean | null | undefined;
  referralId: string;
};

export type AcceptTransferInput = {
  /** The transfer's version you read (not checked on a retry with an idempotency key). */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key answers with the case already created. */
  idempotencyKey?: string | null | undefined;
  transferId: string;
};

export type AccompanimentInput = {
  /** The help asked for; required when it was refused. */
  help?: HelpKind | null | undefined;
  institution: Institution;
  /** For a refusal: what was said (required for reason OTHER). */
  note?: string | null | undefined;
  /** Required when REFUSED; ignored otherwise. */
  refusalReason?: RefusalReason | null | undefined;
  result: AccompanimentResult;
};

export type AccompanimentResult =
  | 'HELP_GRANTED'
  | 'PENDING'
  | 'REFUSED';

export type ActivityKind =
  | 'FAMILY_DAY'
  | 'LEISURE'
  | 'SUPPORT_GROUP'
  | 'TRAINING_SESSION';

export type ActivityStatus =
  | 'CANCELLED'
  | 'PLANNED';

export type AddGoalInput = {
  clientId: string;
  deadline: string;
  domain?: NeedDomain | null | undefined;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** Client-generated, so that a retry adds the goal once. */
  goalId?: string | null | undefined;
  title: string;
};

export type AddServiceInput = {
  address?: string | null | undefined;
  domains: Array<NeedDomain>;
  /** The same key again answers with the entry it added, adding nothing. */
  idempotencyKey?: string | null | undefined;
  kind: ServiceKind;
  /** ISO 639 codes. */
  languages?: Array<string> | null | undefined;
  /** Municipality code; required for an own entry, ignored for a correction (it keeps the platform entry's). */
  municipality?: string | null | undefined;
  name: string;
  note?: string | null | undefined;
  openingHours?: string | null | undefined;
  phone?: string | null | undefined;
};

export type AmendContractInput = {
  contractId: string;
  /** The version you read; a newer one means someone else changed it. */
  expectedVersion: number;
  reason: string;
  terms: ContractTermsInput;
};

export type AmendReferralInput = {
  birthYear: number;
  /** The signed consent's reference, as the referrer filed it. */
  consentDocumentReference: string;
  consentGivenOn: string;
  /** What the person consented to; PROCESSING is the basis of the others. */
  consentScopes: Array<ConsentScope>;
  /** How to reach the person. */
  contact?: string | null | undefined;
  /** Municipality code where the person will live. */
  destinationMunicipality: string;
  expectedReleaseDate: string;
  /** The referral's version you read. */
  expectedVersion: number;
  gender: Gender;
  /** ISO 639 codes. */
  languages: Array<string>;
  name: string;
  /** The needs known so far. */
  needs: Array<ReferralNeedInput>;
  /** Anything else the NGO should know. */
  note?: string | null | undefined;
  /** See the prisons query. */
  prisonCode: string;
  referralId: string;
  releaseType: ReleaseType;
};

export type AnswerGroupActivityInvitationInput = {
  activityId: string;
  going: boolean;
};

export type AnswerMatchHealthCheckInput = {
  /** How is it going? 1 to 5. */
  goingWell: number;
  /** Made on the phone once per answer; the same answer synced twice is recorded once. */
  idempotencyKey: string;
  matchId: string;
  /** Do you get the support you need? 1 to 5. */
  supported: number;
};

export type ApplicationChannel =
  | 'COORDINATOR'
  | 'PUBLIC_FORM';

export type ApproveMentorInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
};

export type AssessNeedsInput = {
  assessedOn: string;
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  needs: Array<NeedAssessmentInput>;
  /** E.g. the prison's risk-and-needs assessment. */
  source: string;
};

export type AssignSupervisorInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  /** A coordinator of this organisation. */
  supervisorId: string;
};

export type AttemptOutcome =
  | 'DID_NOT_COME'
  | 'NO_ANSWER'
  | 'UNREACHABLE';

export type AttendanceInput = {
  mentorId: string;
  present: boolean;
};

export type AttendanceMarkInput = {
  attended: boolean;
  /** The mentor's or the client's id. */
  inviteeId: string;
};

export type AuditAction =
  | 'CASE_READ'
  | 'CONTACTS_READ'
  | 'INVITATION_REVOKED'
  | 'MENTOR_READ'
  | 'PERSON_ERASED'
  | 'PERSON_EXPORTED'
  | 'ROLES_CHANGED'
  | 'SECURITY_POLICY_CHANGED'
  | 'SHARED_WITH_MENTOR'
  | 'TRANSFER_ACCEPTED'
  | 'TRANSFER_DECLINED'
  | 'TRANSFER_OFFERED'
  | 'TRANSFER_WITHDRAWN'
  | 'USER_DEACTIVATED'
  | 'USER_INVITED'
  | 'USER_REACTIVATED';

export type AuditPurposeKind =
  | 'CASE_WORK'
  | 'ERASED_BY_SENDER'
  | 'ERASURE_REAPPLIED'
  | 'INVITATION_RESENT'
  | 'NEED_NOTE_SHARED'
  | 'NEED_NOTE_UNSHARED'
  | 'NONE'
  | 'RETENTION'
  | 'RISK_FLAGS_SHARED'
  | 'RISK_FLAGS_UNSHARED'
  | 'ROLES_GIVEN'
  | 'SECOND_FACTOR_OPTIONAL'
  | 'SECOND_FACTOR_REQUIRED'
  | 'SOCIAL_SERVICE_HANDOVER'
  | 'STATED'
  | 'TRANSFER_FROM'
  | 'TRANSFER_TO';

export type AvailabilitySlotInput = {
  day: Weekday;
  part: DayPart;
};

export type BackgroundCheckOutcome =
  | 'CLEAR'
  | 'CONCERNS'
  | 'DISQUALIFYING';

export type CadenceStatus =
  | 'DUE'
  | 'ON_TRACK'
  | 'OVERDUE';

export type CancelGroupActivityInput = {
  activityId: string;
  /** The activity's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  reason: string;
};

export type CancelInterInstitutionalMeetingInput = {
  /** The meeting's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  meetingId: string;
  reason: string;
};

export type CaseClosureReason =
  | 'DECLINED'
  | 'DIED'
  | 'GOALS_MET'
  | 'MOVED_AWAY'
  | 'NO_CONTACT'
  | 'OTHER'
  | 'REINCARCERATED'
  | 'TRANSFERRED';

export type CatalogueModuleInput = {
  code: string;
  hours: unknown;
  kind: TrainingModuleKind;
  name: string;
  validityMonths?: number | null | undefined;
};

export type ChangeGoalDeadlineInput = {
  clientId: string;
  /** The new deadline; it no longer follows the release date. */
  deadline: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  goalId: string;
  reason?: string | null | undefined;
};

export type ChangeGroupActivityDetailsInput = {
  activityId: string;
  /** The activity's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** An external specialist who leads it (no account). */
  facilitatorName?: string | null | undefined;
  /** A coordinator or administrator who leads it; or leave out and name an external specialist. */
  facilitatorUserId?: string | null | undefined;
  title: string;
};

export type ChangeMentorCapacityInput = {
  capacity: number;
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 12 characters. */
  newPassword: string;
};

export type ChangeReleaseDateInput = {
  clientId: string;
  expectedReleaseDate: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  reason: string;
};

export type CheckInMode =
  | 'IN_PERSON'
  | 'MESSAGE'
  | 'PHONE'
  | 'VIDEO';

export type CheckInParty =
  | 'CLIENT'
  | 'MENTOR';

export type CheckInState =
  | 'DUE'
  | 'ON_TRACK'
  | 'OVERDUE';

export type ClientFilter = {
  /** Destination municipality code. */
  municipality?: string | null | undefined;
  /** Prison code. */
  prison?: string | null | undefined;
  /** Expected release on or after. */
  releaseFrom?: string | null | undefined;
  /** Expected release on or before. */
  releaseTo?: string | null | undefined;
  /** Part of the name. */
  search?: string | null | undefined;
  stage?: ClientStage | null | undefined;
};

export type ClientStage =
  | 'CLOSED'
  | 'REFERRED'
  | 'RELEASED';

export type ClientTimelineKind =
  | 'CASE_CLOSED'
  | 'CASE_REOPENED'
  | 'CONSENT_RECORDED'
  | 'CONSENT_WITHDRAWN'
  | 'DOCUMENT_OBTAINED'
  | 'DOCUMENT_UNRECORDED'
  | 'GOAL_ACHIEVED'
  | 'GOAL_ADDED'
  | 'GOAL_DEADLINE_CHANGED'
  | 'GOAL_DROPPED'
  | 'GOAL_INSTITUTION_CHANGED'
  | 'GOAL_STATUS_CHANGED'
  | 'MEETING_RECORDED'
  | 'NEEDS_ASSESSED'
  | 'PREFERENCES_RECORDED'
  | 'REFERRED'
  | 'REFUSAL_CLOSED'
  | 'REFUSAL_RECORDED'
  | 'RELEASED'
  | 'RELEASE_DATE_CHANGED'
  | 'RESIDENCE_FACTS_RECORDED'
  | 'RISK_FLAGS_RECORDED';

export type CloseCaseInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  note?: string | null | undefined;
  reason: CaseClosureReason;
};

export type CloseRefusalInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  note?: string | null | undefined;
  refusalId: string;
};

export type ClosureHelp =
  | 'ACCOMPANIMENT_TO_OFFICES'
  | 'EMOTIONAL_SUPPORT'
  | 'EMPLOYMENT'
  | 'HOUSING'
  | 'LIVED_EXPERIENCE'
  | 'OTHER'
  | 'PRACTICAL_HELP'
  | 'RECOVERY'
  | 'REGULAR_MEETINGS';

export type ClosureKind =
  | 'PLANNED'
  | 'UNPLANNED';

/** A step of a match's closure. Each step is idempotent by its content: the same step sent again records nothing. */
export type ClosureStepInput = {
  /** recordClosingConversation: what helped. */
  helped?: Array<ClosureHelp> | null | undefined;
  /** recordClosingConversation: what helped, in the side's words (at most 2,000 characters). */
  helpedNote?: string | null | undefined;
  matchId: string;
  /** recordClosingConversation: how it was held (default IN_PERSON). */
  mode?: CheckInMode | null | undefined;
  /** decideRematch with NO_REMATCH: why. */
  noRematchReason?: NoRematchReason | null | undefined;
  /** recordClosingConversation: the day (default today). */
  on?: string | null | undefined;
  /** decideRematch: the decision. */
  rematch?: RematchChoice | null | undefined;
  /** recordClosingSideUnreached: why the conversation could not be held. */
  unreachedReason?: UnreachedReason | null | undefined;
  /** recordClosingConversation, recordClosingSideUnreached: which side. */
  with?: CheckInParty | null | undefined;
  /** recordClosingConversation: would they recommend it. */
  wouldRecommend?: Recommendation | null | undefined;
};

export type CompleteGoalInput = {
  /** Default: today. */
  achievedOn?: string | null | undefined;
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  goalId: string;
};

export type Concern =
  | 'NONE'
  | 'URGENT'
  | 'WORRY';

export type ConsentScope =
  | 'AGGREGATE_REPORTING'
  | 'GROUP_ACTIVITIES'
  | 'MENTOR_CONTACT'
  | 'PROCESSING'
  | 'SHARE_WITH_SOCIAL_SERVICE'
  | 'TRANSFER_TO_ANOTHER_NGO';

export type ContactAttemptInput = {
  attemptedAt: string;
  /** Generated on the phone once per attempt; a re-send with it logs nothing new. */
  idempotencyKey: string;
  matchId: string;
  /** Up to 1000 characters. */
  note?: string | null | undefined;
  outcome: AttemptOutcome;
};

export type ContactMode =
  | 'IN_PERSON'
  | 'MESSAGE'
  | 'PHONE'
  | 'PRISON_VISIT'
  | 'VIDEO';

export type ContractChange =
  | 'AMENDED'
  | 'CREATED'
  | 'TERMINATED';

export type ContractStatus =
  | 'ACTIVE'
  | 'TERMINATED';

export type ContractTermsInput = {
  /** Default: MONTHLY. */
  cadence?: ReportingCadence | null | undefined;
  clientCapacity: number;
  endDate: string;
  reportRecipients: Array<string>;
  startDate: string;
  /** Municipality codes served; default: the funding municipality. */
  territory?: Array<string | null | undefined> | null | undefined;
};

export type CreateApiTokenInput = {
  /** 1 to 365 days; default 90. */
  expiresInDays?: number | null | undefined;
  /** What the token is for, e.g. "reporting script". */
  name: string;
};

export type CreateContractInput = {
  /** Send the same key when retrying: the contract is created once. */
  idempotencyKey?: string | null | undefined;
  /** The funding municipality (see the municipalities query). */
  municipalityCode: string;
  reference?: string | null | undefined;
  terms: ContractTermsInput;
};

export type CreateOrganisationInput = {
  /** Send the same key when retrying: the organisation is created once. */
  idempotencyKey?: string | null | undefined;
  kind: OrganisationKind;
  /** Required for a municipality: which of the 43 it is. */
  municipalityCode?: string | null | undefined;
  name: string;
  registrationNumber?: string | null | undefined;
};

export type DayPart =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

export type DeclineReferralInput = {
  /** The referral's version you read; a newer one means someone else answered first. */
  expectedVersion: number;
  /** Required for OTHER; the referrer reads it. */
  note?: string | null | undefined;
  reason: ReferralDeclineReason;
  referralId: string;
};

export type DeclineTransferInput = {
  expectedVersion: number;
  /** Required for OTHER; the sending NGO reads it. */
  note?: string | null | undefined;
  reason: TransferDeclineReason;
  transferId: string;
};

export type DocumentKind =
  | 'ACCOUNT_STATEMENTS'
  | 'DECLARED_RESIDENCE'
  | 'FAMILY_DOCTOR'
  | 'IDENTITY_DOCUMENT'
  | 'NVA_REGISTRATION'
  | 'RELEASE_CERTIFICATE';

export type DropGoalInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  goalId: string;
  reason: string;
};

export type EditServiceInput = {
  address?: string | null | undefined;
  domains: Array<NeedDomain>;
  /** The entry's version you read (0 for a platform entry not corrected yet). */
  expectedVersion: number;
  kind: ServiceKind;
  /** ISO 639 codes. */
  languages?: Array<string> | null | undefined;
  /** Municipality code; required for an own entry, ignored for a correction (it keeps the platform entry's). */
  municipality?: string | null | undefined;
  name: string;
  note?: string | null | undefined;
  openingHours?: string | null | undefined;
  phone?: string | null | undefined;
  /** Your own entry, or a platform entry to correct in your organisation. */
  serviceId: string;
};

export type ErasureSource =
  | 'ADMIN'
  | 'REGISTER'
  | 'RETENTION';

export type ErasureStatus =
  | 'COMPLETED'
  | 'FAILING'
  | 'IN_PROGRESS'
  | 'REQUESTED';

export type ErasureStep =
  | 'ACCOUNT'
  | 'CONFLICT_NOTES'
  | 'EVENTS'
  | 'JOB_STATE'
  | 'MESSAGES'
  | 'READ_MODELS'
  | 'REGISTER'
  | 'SCOPE';

export type ExpiringItem =
  | 'BACKGROUND_CHECK'
  | 'REFRESHER_TRAINING';

export type ExtendHandoverInput = {
  /** Days added to the current end; never beyond 180 days from today. */
  days: number;
  expectedVersion?: number | null | undefined;
  handoverId: string;
};

export type FollowUpKind =
  | 'APPEAL'
  | 'RETRY';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNDISCLOSED';

export type GoalKind =
  | 'FOLLOW_UP'
  | 'NEED'
  | 'OWN'
  | 'STANDARD';

export type GoalServiceInput = {
  clientId: string;
  /** The case's version you read, if you know it (a mentor need not: attaching twice changes nothing). */
  expectedVersion?: number | null | undefined;
  goalId: string;
  serviceId: string;
};

export type GoalStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_NEEDED'
  | 'NOT_STARTED'
  | 'REFUSED';

export type HandOverToSocialServiceInput = {
  clientId: string;
  /** How long the worker may read the path: 1 to 180 days (default 60). */
  days?: number | null | undefined;
  /** A retry with the same key answers with the hand-over already made. */
  idempotencyKey?: string | null | undefined;
  /** Include the free-text notes of needs and refusals (default: no). */
  includeNotes?: boolean | null | undefined;
  /** From handoverRecipients. */
  socialWorkerUserId: string;
};

export type HandoverStatus =
  | 'ACTIVE'
  | 'CONSENT_WITHDRAWN'
  | 'EXPIRED'
  | 'REVOKED';

export type HealthTaskRule =
  | 'DROP'
  | 'LOW_RATING';

export type HelpKind =
  | 'CRISIS_BENEFIT'
  | 'GMI_BENEFIT'
  | 'HOUSING_BENEFIT'
  | 'MUNICIPAL_HOUSING'
  | 'OTHER'
  | 'RELEASE_BENEFIT'
  | 'SHELTER_PLACE'
  | 'SOCIAL_REHABILITATION';

export type ImportColumnMappingInput = {
  /** The file's column (0-based) the field takes its values from. */
  column?: number | null | undefined;
  field: ImportField;
  /** Without a column: one value for every row (e.g. the referring worker). */
  value?: string | null | undefined;
};

export type ImportField =
  | 'ALREADY_RELEASED_ON'
  | 'BIRTH_YEAR'
  | 'CAPACITY'
  | 'CONTACT'
  | 'DESTINATION_MUNICIPALITY'
  | 'EMAIL'
  | 'EXPECTED_RELEASE_DATE'
  | 'GENDER'
  | 'INCARCERATION'
  | 'LANGUAGES'
  | 'MOTIVATION'
  | 'MUNICIPALITIES'
  | 'NAME'
  | 'PHONE'
  | 'PRISON_CODE'
  | 'REFERRER_CONTACT'
  | 'REFERRER_NAME'
  | 'RELEASE_TYPE'
  | 'REMISSION_YEARS'
  | 'SPECIALITIES';

export type ImportFileInput = {
  /** The file, base64-encoded: a CSV (UTF-8 or UTF-16 with its byte order mark; comma, semicolon or tab) or an .xlsx workbook (its first sheet). */
  content: string;
  /** Only echoed; the format is told from the content. */
  fileName?: string | null | undefined;
  kind: ImportKind;
};

export type ImportKind =
  | 'CLIENTS'
  | 'MENTORS';

export type ImportRowStatus =
  | 'ALREADY_PRESENT'
  | 'CREATED'
  | 'ERROR'
  | 'NEW';

export type ImportSpreadsheetInput = {
  /** The same file as inspected, base64-encoded. */
  content: string;
  /** True: check every row and write nothing. False: write the rows that pass, each through the API's own write path. */
  dryRun: boolean;
  fileName?: string | null | undefined;
  kind: ImportKind;
  mapping: Array<ImportColumnMappingInput>;
};

export type Institution =
  | 'BANK'
  | 'FAMILY_DOCTOR'
  | 'LEGAL_AID_ADMINISTRATION'
  | 'MUNICIPAL_SOCIAL_SERVICE'
  | 'NGO'
  | 'NVA'
  | 'OTHER'
  | 'PMLP'
  | 'PRISON'
  | 'REHABILITATION'
  | 'SHELTER'
  | 'STATE_PROBATION_SERVICE'
  | 'VSAA';

export type InterviewOutcome =
  | 'NOT_RECOMMENDED'
  | 'RECOMMENDED';

export type InvitationAnswer =
  | 'GOING'
  | 'NOT_GOING'
  | 'PENDING'
  | 'WITHDRAWN';

export type InviteToGroupActivityInput = {
  activityId: string;
  /** Clients who consent to group activities (GROUP_ACTIVITIES); they get no e-mail: the coordinator tells them. */
  clientIds: Array<string>;
  /** The activity's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** Approved mentors; each gets an e-mail with a calendar entry. */
  mentorIds: Array<string>;
};

export type InviteUserInput = {
  displayName: string;
  email: string;
  language?: Language | null | undefined;
  /** Platform admins only; others invite into their own organisation. */
  organisationId?: string | null | undefined;
  roles: Array<Role>;
};

export type InviteeKind =
  | 'CLIENT'
  | 'MENTOR';

export type IssueReason =
  | 'RESEND'
  | 'SCHEDULED';

export type Language =
  | 'EN'
  | 'LV'
  | 'RU';

export type LogContactInput = {
  /** Institutions the mentor went to with the person; a REFUSED result records a refusal (with its reason) on the case. */
  accompaniments?: Array<AccompanimentInput> | null | undefined;
  concern: Concern;
  /** Documents of the checklist obtained at the meeting (recorded on its day unless already ticked). */
  documentsObtained?: Array<DocumentKind> | null | undefined;
  /** 1 to 600. */
  durationMinutes: number;
  /** Goals of the plan the meeting moved on; a goal not started yet becomes IN_PROGRESS. */
  goalsProgressed: Array<string>;
  happenedAt: string;
  /** Generated on the phone once per meeting; a retry or an offline re-send with it logs nothing new. */
  idempotencyKey: string;
  matchId: string;
  mode: ContactMode;
  place?: string | null | undefined;
  privateNote?: string | null | undefined;
  topics: Array<NeedDomain>;
};

export type LogStaffCheckInInput = {
  agreedActions?: string | null | undefined;
  /** Made by the form once; a retry with it logs nothing new. */
  checkInId: string;
  concerns?: string | null | undefined;
  /** 1 (bad) to 5 (good). */
  healthRating: number;
  matchId: string;
  mode: CheckInMode;
  /** The day of the check-in: not in the future, not before the match began. */
  on: string;
  with: CheckInParty;
};

export type LoginInput = {
  /** With a second factor: the authenticator app's code or a recovery code (SECOND_FACTOR_REQUIRED asks for it). */
  code?: string | null | undefined;
  email: string;
  password: string;
};

export type MarkMyGroupActivityAttendanceInput = {
  activityId: string;
  attended: boolean;
  /** The phone's offline queue names each mark with a key; sent again, the same mark appends nothing whatever the key. */
  idempotencyKey?: string | null | undefined;
};

/** One input for every match step: reason for decline/pause, on for agreement/activation/end (default today), endReason and note for endMatch. */
export type MatchCommandInput = {
  /** For shareNeedNoteWithMentor: the need whose note is shared. */
  domain?: NeedDomain | null | undefined;
  endReason?: MatchEndReason | null | undefined;
  expectedVersion: number;
  matchId: string;
  note?: string | null | undefined;
  on?: string | null | undefined;
  reason?: string | null | undefined;
  /** For shareRiskFlagsWithMentor and shareNeedNoteWithMentor: true (default) shares, false stops sharing. */
  share?: boolean | null | undefined;
};

export type MatchEndReason =
  | 'CLIENT_DISENGAGED'
  | 'GOALS_MET'
  | 'MENTOR_UNAVAILABLE'
  | 'MOVED'
  | 'OTHER'
  | 'REINCARCERATED'
  | 'SAFETY_CONCERN'
  | 'TERM_COMPLETED';

export type MatchStage =
  | 'ACTIVE'
  | 'DECLINED'
  | 'ENDED'
  | 'PAUSED'
  | 'PROPOSED';

export type MatchingWeightsInput = {
  ageProximity: number;
  availabilityOverlap: number;
  livedExperienceFit: number;
  load: number;
  needCoverage: number;
  preferredLanguage: number;
  /** The version you read (from matchingWeights). */
  version: string;
};

export type MeetingDecisionInput = {
  deadline: string;
  domain?: NeedDomain | null | undefined;
  responsible: Institution;
  title: string;
};

export type MeetingParticipantInput = {
  email: string;
  /** The participant's id from the meeting, when moving it; new participants leave it out. */
  id?: string | null | undefined;
  /** The language of their invitations. */
  language: Language;
  name: string;
  organisation: string;
  side: ParticipantSide;
};

export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

export type MentorFilter = {
  /** An ISO 639 code the mentor speaks. */
  language?: string | null | undefined;
  matchable?: boolean | null | undefined;
  /** A municipality code the mentor serves. */
  municipality?: string | null | undefined;
  /** Part of the name or e-mail. */
  search?: string | null | undefined;
  speciality?: NeedDomain | null | undefined;
  status?: MentorStatus | null | undefined;
};

export type MentorProfileInput = {
  availability: Array<AvailabilitySlotInput>;
  birthYear: number;
  /** People at a time, 1 to 5; default 2. */
  capacity?: number | null | undefined;
  email: string;
  gender: Gender;
  /** Has served a prison sentence. */
  incarceration: boolean;
  /** ISO 639 codes, e.g. lv, ru, en, ltg, uk. */
  languages: Array<string>;
  motivation: string;
  /** Codes of the municipalities the mentor can serve. */
  municipalities: Array<string>;
  name: string;
  phone?: string | null | undefined;
  /** Years of stable remission from addiction, if any. */
  remissionYears?: number | null | undefined;
  specialities: Array<NeedDomain>;
};

export type MentorStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'IN_VETTING'
  | 'LAPSED'
  | 'REJECTED'
  | 'SUSPENDED'
  | 'WITHDRAWN';

export type MentorTimelineKind =
  | 'AGREEMENT_SIGNED'
  | 'APPLIED'
  | 'APPROVED'
  | 'AVAILABILITY_CHANGED'
  | 'BACKGROUND_CHECK_RECORDED'
  | 'CAPACITY_CHANGED'
  | 'INTERVIEW_RECORDED'
  | 'PROFILE_CHANGED'
  | 'REFERENCE_RECORDED'
  | 'REINSTATED'
  | 'REJECTED'
  | 'SUPERVISION_RECORDED'
  | 'SUSPENDED'
  | 'TRAINING_COMPLETED'
  | 'WITHDREW';

export type MoveGroupActivityInput = {
  activityId: string;
  capacity: number;
  endsAt: string;
  /** The activity's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  place: string;
  startsAt: string;
};

export type MoveInterInstitutionalMeetingInput = {
  durationMinutes: number;
  /** The meeting's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  meetingId: string;
  participants: Array<MeetingParticipantInput>;
  place?: string | null | undefined;
  startsAt: string;
};

export type MunicipalityKind =
  | 'MUNICIPALITY'
  | 'STATE_CITY';

export type NeedAssessmentInput = {
  domain: NeedDomain;
  level: NeedLevel;
  note?: string | null | undefined;
};

export type NeedDomain =
  | 'ADDICTION'
  | 'BASIC_NEEDS'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'FAMILY_AND_CHILDREN'
  | 'FINANCES_AND_DEBT'
  | 'HEALTH'
  | 'HOUSING'
  | 'IDENTITY_DOCUMENTS'
  | 'INCOME_AND_BENEFITS'
  | 'LEGAL_AID'
  | 'MENTAL_HEALTH'
  | 'SOCIAL_SKILLS_AND_LEISURE';

export type NeedLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NONE';

export type NoRematchReason =
  | 'GOALS_MET'
  | 'MOVED'
  | 'NO_LONGER_NEEDED'
  | 'OTHER'
  | 'REINCARCERATED'
  | 'SAFETY_CONCERN'
  | 'UNREACHABLE';

export type NotificationChannel =
  | 'EMAIL'
  | 'NONE';

export type NotificationKind =
  | 'ACCOUNT'
  | 'CASE_HANDOVER'
  | 'CHECK_IN_REMINDER'
  | 'ESCALATION'
  | 'GOAL_DEADLINE'
  | 'GROUP_ACTIVITY_INVITATION'
  | 'HEALTH_CHECK'
  | 'MATCH_PROPOSAL'
  | 'MEETING_INVITATION'
  | 'OUTCOME_SUMMARY'
  | 'PATH_REMINDER'
  | 'PROPOSAL_UNANSWERED'
  | 'REFERRAL_UPDATE'
  | 'RELEASE_REMINDER'
  | 'REMINDER_DIGEST'
  | 'SAFEGUARDING_ALERT'
  | 'STAFF_CHECK_IN'
  | 'SUPERVISION_REMINDER'
  | 'TRANSFER_UPDATE'
  | 'VETTING_EXPIRY';

export type NotificationStatus =
  | 'CANCELLED'
  | 'DEAD_LETTERED'
  | 'FAILING'
  | 'SENT'
  | 'WAITING';

export type OrganisationKind =
  | 'MUNICIPALITY'
  | 'NGO'
  | 'PLATFORM'
  | 'PRISON'
  | 'PROBATION';

export type ParamKind =
  | 'CONSTRAINT'
  | 'DATE'
  | 'ENUM'
  | 'LANGUAGE'
  | 'NUMBER'
  | 'PERIOD'
  | 'TEXT';

export type ParticipantSide =
  | 'MENTOR'
  | 'NGO'
  | 'PRISON'
  | 'PROBATION'
  | 'SOCIAL_SERVICE';

export type PauseReason =
  | 'CONSENT_WITHDRAWN'
  | 'COORDINATOR'
  | 'MENTOR_LAPSED'
  | 'MENTOR_SUSPENDED'
  | 'MENTOR_WITHDRAWN';

export type PlanGroupActivityInput = {
  /** How many people (mentors and clients) may hold a place, 1 to 500. */
  capacity: number;
  /** 15 minutes to 12 hours after the start: the length counted as volunteer hours. */
  endsAt: string;
  /** An external specialist who leads it (no account). */
  facilitatorName?: string | null | undefined;
  /** A coordinator or administrator who leads it; or leave out and name an external specialist. */
  facilitatorUserId?: string | null | undefined;
  /** Send the same key when retrying: the activity is planned once. */
  idempotencyKey?: string | null | undefined;
  kind: ActivityKind;
  place: string;
  /** With its offset; the screens enter Riga time. */
  startsAt: string;
  title: string;
};

export type PlanRefusalFollowUpInput = {
  clientId: string;
  /** Fixed: it does not follow the release date. */
  deadline: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** Client-generated, so that a retry adds the goal once. */
  goalId?: string | null | undefined;
  kind: FollowUpKind;
  refusalId: string;
  /** Default: named from kind and institution. */
  title?: string | null | undefined;
};

export type ProposalInput = {
  clientId: string;
  mentorId: string;
};

export type ProposeMatchInput = {
  clientId: string;
  idempotencyKey?: string | null | undefined;
  mentorId: string;
  /** For a rematch: the ended match this one follows. */
  replacesMatchId?: string | null | undefined;
};

export type Recommendation =
  | 'NO'
  | 'UNSURE'
  | 'YES';

export type RecordBackgroundCheckInput = {
  checkedOn: string;
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** Default: the check date plus the policy's validity. */
  expiresOn?: string | null | undefined;
  mentorId: string;
  outcome: BackgroundCheckOutcome;
};

export type RecordClientHealthCheckInput = {
  /** How is it going, in the client's words? 1 to 5. */
  goingWell: number;
  /** Made by the form once; a retry with it records nothing new. */
  idempotencyKey: string;
  matchId: string;
  /** 1, 3, 6 or 12 (months after the match began), reached already. */
  milestone: number;
  /** Does the client get the support they need? 1 to 5. */
  supported: number;
};

export type RecordConsentInput = {
  clientId: string;
  documentReference: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  givenOn: string;
  scopes: Array<ConsentScope>;
};

export type RecordDocumentInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  kind: DocumentKind;
  /** Default today; recording it again corrects the date. */
  obtainedOn?: string | null | undefined;
};

export type RecordGroupActivityAttendanceInput = {
  activityId: string;
  /** The activity's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  marks: Array<AttendanceMarkInput>;
};

export type RecordInterInstitutionalMeetingInput = {
  clientId: string;
  decisions: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  heldOn: string;
  organisationsPresent: Array<string>;
};

export type RecordMeetingDecisionsInput = {
  decisions: Array<MeetingDecisionInput>;
  /** The meeting's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  heldOn: string;
  meetingId: string;
  /** Ids of the participants who were there. */
  present: Array<string>;
};

export type RecordPreferencesInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  language?: string | null | undefined;
  livedExperienceWanted?: boolean | null | undefined;
  mentorGender?: Gender | null | undefined;
};

export type RecordReferenceInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  outcome: ReferenceOutcome;
  receivedOn: string;
  refereeName: string;
  relationship: string;
};

export type RecordRefusalInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** The open goal it refused, if any: it becomes REFUSED. */
  goalId?: string | null | undefined;
  /** The kind of help refused. */
  help: HelpKind;
  institution: Institution;
  note?: string | null | undefined;
  /** OTHER needs the note. */
  reason: RefusalReason;
  /** Client-generated, so that a retry records the refusal once. */
  refusalId?: string | null | undefined;
  refusedOn: string;
};

export type RecordReleaseInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  releasedOn: string;
};

/** Both facts as they are now: null means not known. */
export type RecordResidenceFactsInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** Whether the person has a residence to declare after release. */
  hasResidenceToDeclare?: boolean | null | undefined;
  /** Municipality code of the last residence declared before prison. */
  lastDeclaredResidenceMunicipality?: string | null | undefined;
};

export type RecordRiskFlagsInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** The full set; an empty list clears them. */
  flags: Array<RiskFlag>;
  note?: string | null | undefined;
};

export type RecordScreeningInterviewInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  heldOn: string;
  interviewer: string;
  mentorId: string;
  note?: string | null | undefined;
  outcome: InterviewOutcome;
};

export type RecordSocialServiceDecisionInput = {
  decidedOn: string;
  decision: SocialServiceDecision;
  /** The goal of the plan it is about (required for GRANTED). */
  goalId?: string | null | undefined;
  handoverId: string;
  help: HelpKind;
  /** A retry with the same key records the decision once. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  /** Why help was refused (required for REFUSED; OTHER needs a note). */
  reason?: RefusalReason | null | undefined;
};

export type RecordSupervisionInput = {
  /** Every mentor expected, present or not; an individual session has one. */
  attendance: Array<AttendanceInput>;
  heldOn: string;
  /** The same key again answers with the session already recorded. */
  idempotencyKey?: string | null | undefined;
  kind: SupervisionKind;
  /** How long the session lasted (1–480). */
  minutes: number;
  /** A coordinator of this organisation. */
  supervisorId: string;
};

export type RecordTrainingCompletedInput = {
  completedOn: string;
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  module: string;
};

export type RecordTrainingSessionInput = {
  attendance: Array<AttendanceInput>;
  heldOn: string;
  /** The same key again answers with the session already recorded. */
  idempotencyKey?: string | null | undefined;
  /** How long the session lasted (1–960); split over its modules. */
  minutes: number;
  /** Catalogue codes of the modules taught. */
  moduleCodes: Array<string>;
  trainer: string;
};

export type ReferClientInput = {
  /** For a referral after release: the release date. */
  alreadyReleasedOn?: string | null | undefined;
  birthYear: number;
  /** How to reach the person. */
  contact?: string | null | undefined;
  /** Municipality code where the person will live. */
  destinationMunicipality: string;
  expectedReleaseDate: string;
  gender: Gender;
  idempotencyKey?: string | null | undefined;
  /** ISO 639 codes. */
  languages: Array<string>;
  name: string;
  /** Confirms the person is not the likely duplicate reported earlier. */
  notADuplicate?: boolean | null | undefined;
  /** See the prisons query. */
  prisonCode: string;
  referrerContact?: string | null | undefined;
  /** The referring social worker. */
  referrerName: string;
  /** The prison or probation office referring. */
  referringOrganisationId?: string | null | undefined;
  releaseType: ReleaseType;
};

export type ReferToNgoInput = {
  birthYear: number;
  /** The signed consent's reference, as the referrer filed it. */
  consentDocumentReference: string;
  consentGivenOn: string;
  /** What the person consented to; PROCESSING is the basis of the others. */
  consentScopes: Array<ConsentScope>;
  /** How to reach the person. */
  contact?: string | null | undefined;
  /** Municipality code where the person will live. */
  destinationMunicipality: string;
  expectedReleaseDate: string;
  gender: Gender;
  /** A retry with the same key answers with the referral the first attempt sent. */
  idempotencyKey?: string | null | undefined;
  /** ISO 639 codes. */
  languages: Array<string>;
  name: string;
  /** The needs known so far. */
  needs: Array<ReferralNeedInput>;
  /** One of referralDestinations(municipality). */
  ngoOrganisationId: string;
  /** Anything else the NGO should know. */
  note?: string | null | undefined;
  /** See the prisons query. */
  prisonCode: string;
  releaseType: ReleaseType;
};

export type ReferenceOutcome =
  | 'NEGATIVE'
  | 'POSITIVE';

export type ReferralDeclineReason =
  | 'ALREADY_SUPPORTED'
  | 'NEEDS_NOT_SERVED'
  | 'NO_CAPACITY'
  | 'NO_CONSENT'
  | 'OTHER'
  | 'OUTSIDE_TERRITORY';

export type ReferralNeedInput = {
  domain: NeedDomain;
  level: NeedLevel;
  note?: string | null | undefined;
};

export type ReferralStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'FIRST_MEETING_HELD'
  | 'MENTOR_MATCHED'
  | 'MORE_INFORMATION_REQUESTED'
  | 'RECEIVED';

export type RefusalReason =
  | 'CANNOT_DECLARE_RESIDENCE'
  | 'DOES_NOT_COOPERATE'
  | 'DOES_NOT_MEET_RULES'
  | 'FAMILY_NOT_NEEDY'
  | 'NOT_FILED_WITHIN_MONTH'
  | 'NOT_REGISTERED_WITH_NVA'
  | 'NO_ACCOUNT_STATEMENTS'
  | 'NO_ACTUAL_RESIDENCE'
  | 'NO_INCOME_DOCUMENTS'
  | 'OTHER'
  | 'PRE_TRIAL_DETENTION_RELEASE'
  | 'REFUSED_MUNICIPAL_FLAT'
  | 'RESIDENCE_IN_OTHER_MUNICIPALITY'
  | 'SHORT_CUSTODY';

export type RefusalStatus =
  | 'CLOSED'
  | 'FOLLOWED_UP'
  | 'OPEN';

export type ReinstateMentorInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  /** Why the mentor may meet people again. */
  reason?: string | null | undefined;
};

export type RejectMentorInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  note?: string | null | undefined;
  reason: RejectionReason;
};

export type RejectionReason =
  | 'DISQUALIFYING_BACKGROUND_CHECK'
  | 'INTERVIEW_NOT_RECOMMENDED'
  | 'NEGATIVE_REFERENCES'
  | 'NOT_SUITABLE_NOW'
  | 'OTHER'
  | 'UNREACHABLE';

export type ReleaseType =
  | 'CONDITIONAL_EARLY_RELEASE'
  | 'END_OF_SENTENCE'
  | 'OTHER'
  | 'PRE_TRIAL_DETENTION'
  | 'SHORT_CUSTODY';

export type RematchChoice =
  | 'CLIENT_DECLINED'
  | 'NO_REMATCH'
  | 'REMATCH';

export type ReopenCaseInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  note: string;
};

export type ReportingCadence =
  | 'MONTHLY'
  | 'QUARTERLY';

export type RequestReferralInformationInput = {
  /** The referral's version you read; a newer one means someone else answered first. */
  expectedVersion: number;
  /** What the NGO needs to know; the referrer reads it and amends the referral. */
  question: string;
  referralId: string;
};

export type ResendOutcomeSummaryInput = {
  contractId: string;
  /** A month (2026-11) or a quarter (2026-Q4) that was sent before. */
  period: string;
  /** One of the contract's report recipients; default: all of them. */
  recipient?: string | null | undefined;
};

export type ResetPasswordInput = {
  /** At least 12 characters. */
  newPassword: string;
  /** From the link in the reset e-mail (after '#'). */
  token: string;
};

export type RevokeHandoverInput = {
  expectedVersion?: number | null | undefined;
  handoverId: string;
};

export type RiskFlag =
  | 'DOMESTIC_VIOLENCE'
  | 'NO_LIVED_EXPERIENCE_ONLY_PAIRING'
  | 'RELAPSE_RISK'
  | 'REQUIRES_EXPERIENCED_MENTOR'
  | 'SELF_HARM_RISK'
  | 'SEXUAL_OFFENCE'
  | 'VIOLENCE_HISTORY';

export type Role =
  | 'AUDITOR'
  | 'COORDINATOR'
  | 'MENTOR'
  | 'MUNICIPALITY_VIEWER'
  | 'ORG_ADMIN'
  | 'PLATFORM_ADMIN'
  | 'REFERRER'
  | 'SOCIAL_WORKER';

export type ScheduleInterInstitutionalMeetingInput = {
  clientId: string;
  /** 15 to 480; 90 if left out. */
  durationMinutes: number;
  /** Send the same key when retrying: the meeting is scheduled (and invitations sent) once. */
  idempotencyKey?: string | null | undefined;
  participants: Array<MeetingParticipantInput>;
  place?: string | null | undefined;
  startsAt: string;
};

export type ServiceKind =
  | 'FOOD_BANK'
  | 'LEGAL_AID'
  | 'MUTUAL_HELP_GROUP'
  | 'NIGHT_SHELTER'
  | 'NVA'
  | 'OTHER'
  | 'PMLP'
  | 'REHABILITATION'
  | 'SHELTER'
  | 'SOCIAL_SERVICE'
  | 'SOUP_KITCHEN';

export type ServiceOrigin =
  | 'CORRECTED'
  | 'OWN'
  | 'PLATFORM';

export type SetGoalInstitutionInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  goalId: string;
  /** Null clears it. */
  institution?: Institution | null | undefined;
};

export type SetGoalStatusInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  goalId: string;
  /** For NOT_NEEDED: why (required). */
  note?: string | null | undefined;
  /** For DONE: when it was done (default today). */
  on?: string | null | undefined;
  /** REFUSED comes with recordRefusal (its reason), not here. */
  status: GoalStatus;
};

export type SetServiceHiddenInput = {
  expectedVersion: number;
  /** True hides it from your organisation's lists (closed, moved); false shows it again. */
  hidden: boolean;
  reason?: string | null | undefined;
  serviceId: string;
};

export type SignConfidentialityAgreementInput = {
  documentReference: string;
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  signedOn: string;
};

export type SocialServiceDecision =
  | 'GRANTED'
  | 'REFUSED';

export type SpreadsheetFormat =
  | 'CSV'
  | 'XLSX';

export type StandardGoal =
  | 'BANK_ACCOUNT'
  | 'EMPLOYMENT_AGENCY'
  | 'FAMILY_DOCTOR'
  | 'IDENTITY_DOCUMENT'
  | 'RESIDENCE'
  | 'SOCIAL_ASSISTANCE';

export type SubmitMentorApplicationInput = {
  /** Send the same key when retrying: one application results. */
  idempotencyKey?: string | null | undefined;
  /** The NGO applied to. */
  organisationId: string;
  profile: MentorProfileInput;
};

export type SupervisionKind =
  | 'GROUP'
  | 'INDIVIDUAL';

export type SupervisionState =
  | 'DUE_SOON'
  | 'LAPSED'
  | 'NOT_REQUIRED'
  | 'ON_TRACK';

export type SuspendMentorInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  reason?: string | null | undefined;
};

export type TerminateContractInput = {
  contractId: string;
  effectiveDate: string;
  expectedVersion: number;
  reason: string;
};

export type TrainingModuleKind =
  | 'OPTIONAL'
  | 'REFRESHER'
  | 'REQUIRED_FOR_APPROVAL';

export type TransferCaseInput = {
  clientId: string;
  /** A retry with the same key answers with the transfer already offered. */
  idempotencyKey?: string | null | undefined;
  /** Municipality code of the person's new home. */
  newMunicipality: string;
  /** One of transferDestinations(municipality). */
  ngoOrganisationId: string;
  /** Why the case moves; the receiving NGO reads it. */
  reason: string;
};

export type TransferDeclineReason =
  | 'ALREADY_SUPPORTED'
  | 'NEEDS_NOT_SERVED'
  | 'NO_CAPACITY'
  | 'OTHER'
  | 'OUTSIDE_TERRITORY';

export type TransferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'OFFERED'
  | 'WITHDRAWN';

export type UnreachedReason =
  | 'DECLINED'
  | 'MOVED'
  | 'NO_RESPONSE'
  | 'OTHER'
  | 'REINCARCERATED'
  | 'SAFETY_CONCERN';

export type UnrecordDocumentInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  kind: DocumentKind;
  reason?: string | null | undefined;
};

export type UpdateCheckInPolicyInput = {
  /** 0 to 14. */
  dueSoonDays: number;
  /** More than remindOverdueAfterDays, at most 60. */
  escalateAfterDaysOverdue: number;
  /** 1 to 4. */
  fallingDrop: number;
  /** 1 to 4. */
  firstMonthCheckIns: number;
  /** 7 to 60. */
  healthCheckWindowDays: number;
  /** 1 to 3. */
  laterIntervalMonths: number;
  /** 1 to 4. */
  lowRating: number;
  /** 1 to 14. */
  remindOverdueAfterDays: number;
  /** The version you read. */
  version: string;
};

export type UpdateReminderRulesInput = {
  /** 1 to 28 (default 7 when left out). */
  applicationDeadlineDaysAhead?: number | null | undefined;
  escalateAfterDaysOverdue: number;
  goalDeadlineDaysAhead: number;
  laterIntervalDays: number;
  /** 1 to 30 (default 7 when left out). */
  openRefusalReminderDays?: number | null | undefined;
  preReleaseIntervalDays: number;
  proposalUnansweredDays: number;
  releaseSoonDays: number;
  remindAgainAfterDays: number;
  /** The version you read. */
  version: string;
  vettingExpiryDaysAhead: number;
  weeklyForDaysAfterRelease: number;
  weeklyIntervalDays: number;
};

export type UpdateTrainingCatalogueInput = {
  modules: Array<CatalogueModuleInput>;
  /** The version you read. */
  version: string;
};

export type UpdateVettingPolicyInput = {
  agreementRequired: boolean;
  backgroundCheckValidityMonths: number;
  interviewRequired: boolean;
  minimumReferences: number;
  /** Null: no refresher training required. */
  refresherTrainingMonths?: number | null | undefined;
  requiredTrainingModules: Array<string>;
  /** Supervision at least every N months (1–12); null: no cadence. Left out: the default. */
  supervisionEveryMonths?: number | null | undefined;
  /** The version you read. */
  version: string;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type VettingStep =
  | 'BACKGROUND_CHECK'
  | 'CONFIDENTIALITY_AGREEMENT'
  | 'REFERENCES'
  | 'SCREENING_INTERVIEW'
  | 'TRAINING';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WithdrawConsentInput = {
  clientId: string;
  /** The case's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  note?: string | null | undefined;
  withdrawnOn: string;
};

export type WithdrawGroupActivityInvitationInput = {
  activityId: string;
  /** The activity's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  /** The invited mentor's or client's id. */
  inviteeId: string;
};

export type WithdrawMentorInput = {
  /** The mentor's version you read; a newer one means someone else acted first. */
  expectedVersion: number;
  mentorId: string;
  reason?: string | null | undefined;
};

export type WithdrawTransferInput = {
  /** The outgoing transfer's version you read. */
  expectedVersion: number;
  note?: string | null | undefined;
  transferId: string;
};

export type GroupActivitiesQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type GroupActivitiesQuery = { groupActivities: Array<{ id: string, version: number, kind: ActivityKind, title: string, startsAt: string, endsAt: string, durationMinutes: number, place: string, capacity: number, status: ActivityStatus, cancelReason: string | null, begun: boolean, placesTaken: number, going: number, attended: number, facilitator: { userId: string | null, name: string }, invitees: Array<{ id: string, kind: InviteeKind, name: string, answer: InvitationAnswer, attended: boolean | null }> }> };

export type PlanGroupActivityMutationVariables = Exact<{
  input: PlanGroupActivityInput;
}>;


export type PlanGroupActivityMutation = { planGroupActivity: { activity: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MoveGroupActivityMutationVariables = Exact<{
  input: MoveGroupActivityInput;
}>;


export type MoveGroupActivityMutation = { moveGroupActivity: { activity: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ChangeGroupActivityDetailsMutationVariables = Exact<{
  input: ChangeGroupActivityDetailsInput;
}>;


export type ChangeGroupActivityDetailsMutation = { changeGroupActivityDetails: { activity: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type GroupActivityFacilitatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupActivityFacilitatorsQuery = { groupActivityFacilitators: Array<{ userId: string | null, name: string }> };

export type CancelGroupActivityMutationVariables = Exact<{
  input: CancelGroupActivityInput;
}>;


export type CancelGroupActivityMutation = { cancelGroupActivity: { activity: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordGroupActivityAttendanceMutationVariables = Exact<{
  input: RecordGroupActivityAttendanceInput;
}>;


export type RecordGroupActivityAttendanceMutation = { recordGroupActivityAttendance: { activity: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type GroupActivityInvitableQueryVariables = Exact<{
  activityId: string;
}>;


export type GroupActivityInvitableQuery = { groupActivityInvitable: Array<{ id: string, kind: InviteeKind, name: string }> };

export type InviteToGroupActivityMutationVariables = Exact<{
  input: InviteToGroupActivityInput;
}>;


export type InviteToGroupActivityMutation = { inviteToGroupActivity: { activity: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type WithdrawGroupActivityInvitationMutationVariables = Exact<{
  input: WithdrawGroupActivityInvitationInput;
}>;


export type WithdrawGroupActivityInvitationMutation = { withdrawGroupActivityInvitation: { activity: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MyGroupActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGroupActivitiesQuery = { myGroupActivities: Array<{ id: string, kind: ActivityKind, title: string, startsAt: string, endsAt: string, durationMinutes: number, place: string, facilitatorName: string, status: ActivityStatus, myAnswer: InvitationAnswer, attended: boolean | null, canMarkAttendance: boolean }> };

export type AnswerGroupActivityInvitationMutationVariables = Exact<{
  input: AnswerGroupActivityInvitationInput;
}>;


export type AnswerGroupActivityInvitationMutation = { answerGroupActivityInvitation: { activity: { id: string, myAnswer: InvitationAnswer } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ContractsQueryVariables = Exact<{
  status?: ContractStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContractsQuery = { contracts: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, version: number, reference: string | null, status: ContractStatus, startDate: string, endDate: string, clientCapacity: number, reportRecipients: Array<string>, cadence: ReportingCadence, terminatedOn: string | null, municipality: { code: string, name: string }, territory: Array<{ code: string, name: string }>, ngo: { id: string, name: string } | null, history: Array<{ at: string, change: ContractChange, reason: string | null, effectiveDate: string | null, terms: { startDate: string, endDate: string, clientCapacity: number, territory: Array<string> } | null }> }> } };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { contract: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type AmendContractMutationVariables = Exact<{
  input: AmendContractInput;
}>;


export type AmendContractMutation = { amendContract: { contract: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type TerminateContractMutationVariables = Exact<{
  input: TerminateContractInput;
}>;


export type TerminateContractMutation = { terminateContract: { contract: { id: string, version: number, status: ContractStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type OrganisationsQueryVariables = Exact<{
  kind?: OrganisationKind | null | undefined;
}>;


export type OrganisationsQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind, registrationNumber: string | null, registeredAt: string, municipality: { code: string, name: string } | null }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { organisation: { id: string, name: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type VettingPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type VettingPolicyQuery = { vettingPolicy: { version: string, interviewRequired: boolean, minimumReferences: number, backgroundCheckValidityMonths: number, requiredTrainingModules: Array<string>, agreementRequired: boolean, refresherTrainingMonths: number | null, supervisionEveryMonths: number | null } };

export type UpdateVettingPolicyMutationVariables = Exact<{
  input: UpdateVettingPolicyInput;
}>;


export type UpdateVettingPolicyMutation = { updateVettingPolicy: { policy: { version: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ReminderRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderRulesQuery = { reminderRules: { version: string, weeklyForDaysAfterRelease: number, weeklyIntervalDays: number, laterIntervalDays: number, preReleaseIntervalDays: number, remindAgainAfterDays: number, escalateAfterDaysOverdue: number, releaseSoonDays: number, goalDeadlineDaysAhead: number, vettingExpiryDaysAhead: number, proposalUnansweredDays: number, applicationDeadlineDaysAhead: number, openRefusalReminderDays: number } };

export type UpdateReminderRulesMutationVariables = Exact<{
  input: UpdateReminderRulesInput;
}>;


export type UpdateReminderRulesMutation = { updateReminderRules: { rules: { version: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MatchingWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingWeightsQuery = { matchingWeights: { version: string, needCoverage: number, livedExperienceFit: number, ageProximity: number, availabilityOverlap: number, load: number, preferredLanguage: number } };

export type UpdateMatchingWeightsMutationVariables = Exact<{
  input: MatchingWeightsInput;
}>;


export type UpdateMatchingWeightsMutation = { updateMatchingWeights: { weights: { version: string, needCoverage: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type UsersQueryVariables = Exact<{
  organisationId?: string | null | undefined;
}>;


export type UsersQuery = { users: Array<{ id: string, email: string, displayName: string, roles: Array<Role>, language: Language, status: UserStatus, invitationExpiresAt: string | null, deactivatedAt: string | null, createdAt: string, lastSignInAt: string | null }> };

export type OrganisationsForUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsForUsersQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind, assignableRoles: Array<Role> }> };

export type OwnOrganisationRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnOrganisationRolesQuery = { me: { id: string, organisation: { id: string, assignableRoles: Array<Role> } | null } | null };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { invitation: { expiresAt: string, user: { id: string, email: string } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ChangeUserRolesMutationVariables = Exact<{
  userId: string;
  roles: Array<Role> | Role;
}>;


export type ChangeUserRolesMutation = { changeUserRoles: { user: { id: string, roles: Array<Role> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ResendInvitationMutationVariables = Exact<{
  userId: string;
}>;


export type ResendInvitationMutation = { resendInvitation: { user: { id: string, email: string, invitationExpiresAt: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RevokeInvitationMutationVariables = Exact<{
  userId: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { user: { id: string, email: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type DeactivateUserMutationVariables = Exact<{
  userId: string;
}>;


export type DeactivateUserMutation = { deactivateUser: { user: { id: string, status: UserStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ReactivateUserMutationVariables = Exact<{
  userId: string;
}>;


export type ReactivateUserMutation = { reactivateUser: { user: { id: string, status: UserStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SecurityPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityPolicyQuery = { securityPolicy: { requireSecondFactor: boolean }, me: { id: string, secondFactorEnabled: boolean } | null };

export type UpdateSecurityPolicyMutationVariables = Exact<{
  requireSecondFactor: boolean;
}>;


export type UpdateSecurityPolicyMutation = { updateSecurityPolicy: { policy: { requireSecondFactor: boolean } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type UserErrorFieldsFragment = { code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> };

export type AuditTrailQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  action?: AuditAction | null | undefined;
  subjectId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, action: AuditAction, subjectKind: string, subjectId: string, subjectName: string | null, by: string, byName: string | null, byRoles: Array<Role>, bySystem: boolean, purpose: string, purposeKind: AuditPurposeKind, via: string | null, at: string, purposeParams: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { user: { id: string, email: string, displayName: string, roles: Array<Role>, language: Language, secondFactorEnabled: boolean, secondFactorRequired: boolean, organisation: { id: string, name: string, kind: OrganisationKind } | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { ok: boolean, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { ok: boolean, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type BeginSecondFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginSecondFactorEnrolmentMutation = { beginSecondFactorEnrolment: { enrolment: { secret: string, otpauthUri: string, qrSvg: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ConfirmSecondFactorEnrolmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmSecondFactorEnrolmentMutation = { confirmSecondFactorEnrolment: { enabled: { recoveryCodes: Array<string>, user: { id: string, secondFactorEnabled: boolean } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type WithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type AssessNeedsMutationVariables = Exact<{
  input: AssessNeedsInput;
}>;


export type AssessNeedsMutation = { assessNeeds: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordRiskFlagsMutationVariables = Exact<{
  input: RecordRiskFlagsInput;
}>;


export type RecordRiskFlagsMutation = { recordRiskFlags: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordPreferencesMutationVariables = Exact<{
  input: RecordPreferencesInput;
}>;


export type RecordPreferencesMutation = { recordPreferences: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordInterInstitutionalMeetingInput;
}>;


export type RecordMeetingMutation = { recordInterInstitutionalMeeting: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ChangeReleaseDateMutationVariables = Exact<{
  input: ChangeReleaseDateInput;
}>;


export type ChangeReleaseDateMutation = { changeReleaseDate: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordReleaseMutationVariables = Exact<{
  input: RecordReleaseInput;
}>;


export type RecordReleaseMutation = { recordRelease: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ReopenCaseMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type ReopenCaseMutation = { reopenCase: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type AddGoalMutationVariables = Exact<{
  input: AddGoalInput;
}>;


export type AddGoalMutation = { addGoal: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CompleteGoalMutationVariables = Exact<{
  input: CompleteGoalInput;
}>;


export type CompleteGoalMutation = { completeGoal: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type DropGoalMutationVariables = Exact<{
  input: DropGoalInput;
}>;


export type DropGoalMutation = { dropGoal: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ChangeGoalDeadlineMutationVariables = Exact<{
  input: ChangeGoalDeadlineInput;
}>;


export type ChangeGoalDeadlineMutation = { changeGoalDeadline: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ClientCaseQueryVariables = Exact<{
  id: string;
}>;


export type ClientCaseQuery = { client: { id: string, version: number, name: string, gender: Gender, birthYear: number, languages: Array<string>, contact: string | null, expectedReleaseDate: string, releasedOn: string | null, releaseDate: string, releaseType: ReleaseType, stage: ClientStage, frozen: boolean, consent: Array<ConsentScope>, consentGivenOn: string | null, consentWithdrawn: boolean, consentWithdrawnOn: string | null, canBeMatched: boolean, needsSource: string | null, meetings: number, lastMeetingOn: string | null, closureReason: CaseClosureReason | null, referredAt: string, referrerName: string, referrerContact: string | null, applicationDeadline: string | null, hasResidenceToDeclare: boolean | null, prison: { code: string, name: string }, destinationMunicipality: { code: string, name: string }, referringOrganisation: { name: string } | null, needs: Array<{ domain: NeedDomain, level: NeedLevel, note: string | null }>, preferences: { mentorGender: Gender | null, livedExperienceWanted: boolean | null, language: string | null }, goals: Array<{ id: string, title: string, kind: GoalKind, domain: NeedDomain | null, standard: StandardGoal | null, deadline: string, followsRelease: boolean, status: GoalStatus, institution: Institution | null, achievedOn: string | null, dropReason: string | null, dropReasonCarriedOver: boolean, followsRefusal: string | null, followUp: FollowUpKind | null, refusedBy: string | null, overdue: boolean }>, documents: Array<{ kind: DocumentKind, obtained: boolean, obtainedOn: string | null, months: Array<{ period: string }> }>, warnings: Array<{ code: string, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }>, lastDeclaredResidenceMunicipality: { code: string, name: string } | null, refusals: Array<{ id: string, institution: Institution, help: HelpKind, reason: RefusalReason, refusedOn: string, note: string | null, noteCarriedOver: boolean, goalId: string | null, status: RefusalStatus, followUpGoals: Array<string>, closedOn: string | null, closeNote: string | null }>, accompaniments: Array<{ contactId: string, institution: Institution, help: HelpKind | null, result: AccompanimentResult, on: string, refusalId: string | null, retracted: boolean }>, timeline: Array<{ at: string, kind: ClientTimelineKind, detail: string }> } | null, matches: Array<{ id: string, stage: MatchStage, pausedBecause: PauseReason | null, proposedAt: string, activeFrom: string | null, endedOn: string | null, mentor: { id: string, name: string } | null }> };

export type ClientRiskQueryVariables = Exact<{
  id: string;
}>;


export type ClientRiskQuery = { client: { id: string, riskFlags: Array<RiskFlag> } | null };

export type ClientsQueryVariables = Exact<{
  filter?: ClientFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClientsQuery = { clients: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, name: string, stage: ClientStage, frozen: boolean, releaseDate: string, prison: { name: string }, destinationMunicipality: { name: string } }> } };

export type SetGoalStatusMutationVariables = Exact<{
  input: SetGoalStatusInput;
}>;


export type SetGoalStatusMutation = { setGoalStatus: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SetGoalInstitutionMutationVariables = Exact<{
  input: SetGoalInstitutionInput;
}>;


export type SetGoalInstitutionMutation = { setGoalInstitution: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordDocumentMutationVariables = Exact<{
  input: RecordDocumentInput;
}>;


export type RecordDocumentMutation = { recordDocument: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type UnrecordDocumentMutationVariables = Exact<{
  input: UnrecordDocumentInput;
}>;


export type UnrecordDocumentMutation = { unrecordDocument: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordResidenceFactsMutationVariables = Exact<{
  input: RecordResidenceFactsInput;
}>;


export type RecordResidenceFactsMutation = { recordResidenceFacts: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ReferClientMutationVariables = Exact<{
  input: ReferClientInput;
}>;


export type ReferClientMutation = { referClient: { client: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordRefusalMutationVariables = Exact<{
  input: RecordRefusalInput;
}>;


export type RecordRefusalMutation = { recordRefusal: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CloseRefusalMutationVariables = Exact<{
  input: CloseRefusalInput;
}>;


export type CloseRefusalMutation = { closeRefusal: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type PlanRefusalFollowUpMutationVariables = Exact<{
  input: PlanRefusalFollowUpInput;
}>;


export type PlanRefusalFollowUpMutation = { planRefusalFollowUp: { client: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ClientMeetingsQueryVariables = Exact<{
  id: string;
}>;


export type ClientMeetingsQuery = { client: { id: string, releasedOn: string | null, expectedReleaseDate: string, stage: ClientStage, interInstitutionalMeetings: Array<{ id: string, version: number, status: MeetingStatus, startsAt: string, endsAt: string, durationMinutes: number, place: string | null, sequence: number, heldOn: string | null, present: Array<string>, cancelReason: string | null, participants: Array<{ id: string, side: ParticipantSide, name: string, email: string, organisation: string, language: Language }>, decisions: Array<{ goalId: string, title: string, responsible: Institution, deadline: string }> }> } | null };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleInterInstitutionalMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleInterInstitutionalMeeting: { meeting: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MoveMeetingMutationVariables = Exact<{
  input: MoveInterInstitutionalMeetingInput;
}>;


export type MoveMeetingMutation = { moveInterInstitutionalMeeting: { meeting: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelInterInstitutionalMeetingInput;
}>;


export type CancelMeetingMutation = { cancelInterInstitutionalMeeting: { meeting: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordMeetingDecisionsMutationVariables = Exact<{
  input: RecordMeetingDecisionsInput;
}>;


export type RecordMeetingDecisionsMutation = { recordMeetingDecisions: { meeting: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type UpcomingReleasesQueryVariables = Exact<{
  withinDays?: number | null | undefined;
  municipality?: string | null | undefined;
  unmatchedOnly?: boolean | null | undefined;
}>;


export type UpcomingReleasesQuery = { upcomingReleases: Array<{ daysToRelease: number, needsMatchBy: string, client: { id: string, name: string, releaseDate: string, releaseType: ReleaseType, canBeMatched: boolean, frozen: boolean, prison: { name: string }, destinationMunicipality: { name: string }, overdueGoals: Array<{ id: string }> } }> };

export type OpenConcernsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenConcernsQuery = { openConcerns: Array<{ match: { id: string, client: { id: string, name: string } | null, mentor: { id: string, name: string } | null }, contact: { id: string, happenedAt: string, mode: ContactMode, privateNote: string | null, concern: Concern } }> };

export type AcknowledgeConcernMutationVariables = Exact<{
  matchId: string;
  contactId: string;
  note?: string | null | undefined;
}>;


export type AcknowledgeConcernMutation = { acknowledgeConcern: { result: { contact: { id: string, concernAcknowledgedAt: string | null } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type EngagementQueryVariables = Exact<{
  cadence?: CadenceStatus | null | undefined;
}>;


export type EngagementQuery = { engagement: Array<{ clientName: string, lastContactAt: string | null, nextContactDue: string, cadence: CadenceStatus, contactsLast28Days: number, minutesLast28Days: number, openUrgentConcern: boolean, match: { id: string, stage: MatchStage, mentor: { id: string, name: string } | null, monitoring: { health: Array<{ source: CheckInParty, milestone: number, goingWell: number, supported: number, rating: number }> } } }> };

export type ContactTimelineQueryVariables = Exact<{
  matchId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContactTimelineQuery = { contactTimeline: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, happenedAt: string, durationMinutes: number, mode: ContactMode, place: string | null, topics: Array<NeedDomain>, privateNote: string | null, concern: Concern, concernAcknowledgedAt: string | null, retracted: boolean, retractedReason: string | null, versions: Array<{ at: string, reason: string | null }>, comments: Array<{ id: string, text: string, at: string }> }> } };

export type MatchHeaderQueryVariables = Exact<{
  id: string;
}>;


export type MatchHeaderQuery = { match: { id: string, stage: MatchStage, client: { id: string, name: string } | null, mentor: { id: string, name: string } | null } | null };

export type ContactAttemptsQueryVariables = Exact<{
  matchId: string;
}>;


export type ContactAttemptsQuery = { contactAttempts: Array<{ id: string, attemptedAt: string, outcome: AttemptOutcome, note: string | null }> };

export type RetractContactMutationVariables = Exact<{
  matchId: string;
  contactId: string;
  reason: string;
}>;


export type RetractContactMutation = { retractContact: { result: { contact: { id: string } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CommentOnContactMutationVariables = Exact<{
  matchId: string;
  contactId: string;
  text: string;
  commentId?: string | null | undefined;
}>;


export type CommentOnContactMutation = { commentOnContact: { result: { contact: { id: string } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MyMatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMatchesQuery = { myMatches: Array<{ matchId: string, version: number, stage: MatchStage, mentorAccepted: boolean, clientName: string, releaseDate: string, lastContactAt: string | null, nextContactDue: string, cadence: CadenceStatus, endedOn: string | null, riskFlags: Array<RiskFlag> | null, healthCheckDue: number | null, destinationMunicipality: { name: string }, goals: Array<{ id: string, title: string, kind: GoalKind, domain: NeedDomain | null, standard: StandardGoal | null, deadline: string, status: GoalStatus, institution: Institution | null, followUp: FollowUpKind | null, achievedOn: string | null, overdue: boolean }>, documents: Array<{ kind: DocumentKind, obtained: boolean, obtainedOn: string | null, months: Array<{ period: string }> }>, warnings: Array<{ code: string, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }>, needs: Array<{ domain: NeedDomain, level: NeedLevel, note: string | null }> }> };

export type AcceptMatchMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type AcceptMatchMutation = { acceptMatch: { myMatch: { matchId: string, stage: MatchStage, mentorAccepted: boolean } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type DeclineMatchMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type DeclineMatchMutation = { declineMatch: { myMatch: { matchId: string, stage: MatchStage } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type LogContactMutationVariables = Exact<{
  input: LogContactInput;
}>;


export type LogContactMutation = { logContact: { result: { matchVersion: number, contact: { id: string } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordContactAttemptMutationVariables = Exact<{
  input: ContactAttemptInput;
}>;


export type RecordContactAttemptMutation = { recordContactAttempt: { result: { matchVersion: number, attempt: { id: string } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type AnswerMatchHealthCheckMutationVariables = Exact<{
  input: AnswerMatchHealthCheckInput;
}>;


export type AnswerMatchHealthCheckMutation = { answerMatchHealthCheck: { healthCheck: { matchId: string, milestone: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MarkMyGroupActivityAttendanceMutationVariables = Exact<{
  input: MarkMyGroupActivityAttendanceInput;
}>;


export type MarkMyGroupActivityAttendanceMutation = { markMyGroupActivityAttendance: { activity: { id: string, attended: boolean | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ApplicationDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationDeadlinesQuery = { applicationDeadlines: Array<{ deadline: string, daysLeft: number, client: { id: string, name: string } }> };

export type ClosuresDueQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosuresDueQuery = { closuresDue: Array<{ overdue: boolean, closure: { kind: ClosureKind, reason: MatchEndReason, openedOn: string, overdueFrom: string }, match: { id: string, client: { id: string, name: string } | null, mentor: { id: string, name: string } | null } }> };

export type CoordinatorDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinatorDeskQuery = { upcomingReleases: Array<{ daysToRelease: number, needsMatchBy: string, client: { id: string, name: string, releaseDate: string, canBeMatched: boolean } }>, engagement: Array<{ clientName: string, nextContactDue: string, match: { id: string, mentor: { id: string, name: string } | null } }>, vettingQueue: Array<{ waitingDays: number, missing: Array<{ kind: VettingStep, module: string | null }>, mentor: { id: string, name: string } }>, mentorsExpiringSoon: Array<{ what: ExpiringItem, on: string, mentor: { id: string, name: string } }>, checkInsDue: Array<{ with: CheckInParty, status: { state: CheckInState }, match: { id: string } }>, openHealthTasks: Array<{ task: { id: string } }>, supervisionAttention: Array<{ supervision: { state: SupervisionState } }> };

export type OpenRefusalsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenRefusalsQuery = { openRefusals: Array<{ daysOpen: number, client: { id: string, name: string }, refusal: { id: string, institution: Institution, help: HelpKind, reason: RefusalReason, refusedOn: string } }> };

export type HandoverCaseViewQueryVariables = Exact<{
  id: string;
}>;


export type HandoverCaseViewQuery = { handover: { id: string, status: HandoverStatus, ngoName: string, expiresAt: string, includeNotes: boolean, name: string | null, path: { name: string, birthYear: number, languages: Array<string>, releaseDate: string, released: boolean, releaseType: ReleaseType, applicationDeadline: string | null, asOf: string, destinationMunicipality: { name: string }, goals: Array<{ id: string, title: string, kind: GoalKind, standard: StandardGoal | null, domain: NeedDomain | null, deadline: string, status: GoalStatus, institution: Institution | null, achievedOn: string | null }>, documents: Array<{ kind: DocumentKind, obtainedOn: string | null, months: Array<string> }>, warnings: Array<{ code: string, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }>, refusals: Array<{ id: string, institution: Institution, help: HelpKind, reason: RefusalReason, refusedOn: string, note: string | null }>, needs: Array<{ domain: NeedDomain, level: NeedLevel, note: string | null }> } | null, decisions: Array<{ id: string, goalId: string | null, help: HelpKind, decision: SocialServiceDecision, reason: RefusalReason | null, decidedOn: string, note: string | null }> } | null };

export type RecordSocialServiceDecisionMutationVariables = Exact<{
  input: RecordSocialServiceDecisionInput;
}>;


export type RecordSocialServiceDecisionMutation = { recordSocialServiceDecision: { handover: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ClientHandoversQueryVariables = Exact<{
  clientId: string;
}>;


export type ClientHandoversQuery = { clientHandovers: Array<{ id: string, version: number, status: HandoverStatus, expiresAt: string, includeNotes: boolean, handedOverAt: string, endedAt: string | null, socialWorkerName: string, municipalityName: string, decisions: Array<{ id: string, help: HelpKind, decision: SocialServiceDecision, reason: RefusalReason | null, decidedOn: string }> }>, handoverRecipients: Array<{ userId: string, name: string, organisationName: string }> };

export type HandOverToSocialServiceMutationVariables = Exact<{
  input: HandOverToSocialServiceInput;
}>;


export type HandOverToSocialServiceMutation = { handOverToSocialService: { handover: { id: string, status: HandoverStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ExtendHandoverMutationVariables = Exact<{
  input: ExtendHandoverInput;
}>;


export type ExtendHandoverMutation = { extendHandover: { handover: { id: string, expiresAt: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RevokeHandoverMutationVariables = Exact<{
  input: RevokeHandoverInput;
}>;


export type RevokeHandoverMutation = { revokeHandover: { handover: { id: string, status: HandoverStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MyHandoversQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHandoversQuery = { myHandovers: Array<{ id: string, status: HandoverStatus, ngoName: string, name: string | null, expiresAt: string, handedOverAt: string }> };

export type InspectImportMutationVariables = Exact<{
  input: ImportFileInput;
}>;


export type InspectImportMutation = { inspectImport: { inspection: { kind: ImportKind, format: SpreadsheetFormat, rowCount: number, maxRows: number, maxFileBytes: number, columns: Array<{ index: number, header: string, sample: string | null }>, fields: Array<{ field: ImportField, required: boolean }>, suggestedMapping: Array<{ field: ImportField, column: number | null, value: string | null }> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ImportSpreadsheetMutationVariables = Exact<{
  input: ImportSpreadsheetInput;
}>;


export type ImportSpreadsheetMutation = { importSpreadsheet: { report: { kind: ImportKind, dryRun: boolean, format: SpreadsheetFormat, total: number, created: number, alreadyPresent: number, failed: number, rows: Array<{ row: number, status: ImportRowStatus, key: string | null, recordId: string | null, errors: Array<{ code: string, message: string, field: string | null, importField: ImportField | null, column: number | null, columnName: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type BatchMatchesMutationVariables = Exact<{
  withinDays?: number | null | undefined;
}>;


export type BatchMatchesMutation = { proposeBatchMatches: Array<{ clientId: string, mentorId: string, score: number, daysToRelease: number, client: { name: string, releaseDate: string } | null, mentor: { name: string } | null }> };

export type ConfirmProposalsMutationVariables = Exact<{
  proposals: Array<ProposalInput> | ProposalInput;
}>;


export type ConfirmProposalsMutation = { confirmProposals: Array<{ clientId: string, mentorId: string, match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> }> };

export type ProposedMatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposedMatchesQuery = { matches: Array<{ id: string, proposedAt: string, mentorAccepted: boolean, client: { id: string, name: string } | null, mentor: { id: string, name: string } | null }> };

export type ClientMatchingQueryVariables = Exact<{
  clientId: string;
}>;


export type ClientMatchingQuery = { client: { id: string, name: string, canBeMatched: boolean, releaseDate: string, destinationMunicipality: { name: string }, needs: Array<{ domain: NeedDomain, level: NeedLevel, note: string | null }> } | null, matchCandidates: Array<{ mentorId: string, eligible: boolean, score: number, mentor: { id: string, name: string, capacity: number } | null, factors: Array<{ name: string, weight: number, value: number, contribution: number, reason: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> }>, matches: Array<{ id: string, version: number, stage: MatchStage, mentorAccepted: boolean, clientAgreedOn: string | null, activeFrom: string | null, endedOn: string | null, endReason: MatchEndReason | null, proposedAt: string, score: number, riskFlagsShared: boolean, sharedNeedNotes: Array<NeedDomain>, pausedBecause: PauseReason | null, mentor: { id: string, name: string } | null }> };

export type WhyNotMentorQueryVariables = Exact<{
  clientId: string;
  mentorId: string;
}>;


export type WhyNotMentorQuery = { matchCandidate: { eligible: boolean, score: number, failedConstraints: Array<{ name: string, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }>, factors: Array<{ name: string, weight: number, value: number, contribution: number, reason: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } | null };

export type MentorSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MentorSearchQuery = { mentors: { nodes: Array<{ id: string, name: string, status: MentorStatus }> } };

export type ProposeMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;


export type ProposeMatchMutation = { proposeMatch: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordClientAgreementMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type RecordClientAgreementMutation = { recordClientAgreement: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ActivateMatchMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type ActivateMatchMutation = { activateMatch: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type PauseMatchMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type PauseMatchMutation = { pauseMatch: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ResumeMatchMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type ResumeMatchMutation = { resumeMatch: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ShareRiskFlagsWithMentorMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type ShareRiskFlagsWithMentorMutation = { shareRiskFlagsWithMentor: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ShareNeedNoteWithMentorMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type ShareNeedNoteWithMentorMutation = { shareNeedNoteWithMentor: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type EndMatchMutationVariables = Exact<{
  input: MatchCommandInput;
}>;


export type EndMatchMutation = { endMatch: { match: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SubmitMentorApplicationMutationVariables = Exact<{
  input: SubmitMentorApplicationInput;
}>;


export type SubmitMentorApplicationMutation = { submitMentorApplication: { received: boolean, mentorId: string | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ConfirmMentorApplicationMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmMentorApplicationMutation = { confirmMentorApplication: { received: boolean, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordScreeningInterviewMutationVariables = Exact<{
  input: RecordScreeningInterviewInput;
}>;


export type RecordScreeningInterviewMutation = { recordScreeningInterview: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordReferenceMutationVariables = Exact<{
  input: RecordReferenceInput;
}>;


export type RecordReferenceMutation = { recordReference: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordBackgroundCheckMutationVariables = Exact<{
  input: RecordBackgroundCheckInput;
}>;


export type RecordBackgroundCheckMutation = { recordBackgroundCheck: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordTrainingCompletedMutationVariables = Exact<{
  input: RecordTrainingCompletedInput;
}>;


export type RecordTrainingCompletedMutation = { recordTrainingCompleted: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SignConfidentialityAgreementMutationVariables = Exact<{
  input: SignConfidentialityAgreementInput;
}>;


export type SignConfidentialityAgreementMutation = { signConfidentialityAgreement: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ApproveMentorMutationVariables = Exact<{
  input: ApproveMentorInput;
}>;


export type ApproveMentorMutation = { approveMentor: { approval: { mentor: { id: string }, invitation: { expiresAt: string, user: { email: string } } | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RejectMentorMutationVariables = Exact<{
  input: RejectMentorInput;
}>;


export type RejectMentorMutation = { rejectMentor: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SuspendMentorMutationVariables = Exact<{
  input: SuspendMentorInput;
}>;


export type SuspendMentorMutation = { suspendMentor: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ReinstateMentorMutationVariables = Exact<{
  input: ReinstateMentorInput;
}>;


export type ReinstateMentorMutation = { reinstateMentor: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type WithdrawMentorMutationVariables = Exact<{
  input: WithdrawMentorInput;
}>;


export type WithdrawMentorMutation = { withdrawMentor: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordIndividualSupervisionMutationVariables = Exact<{
  input: RecordSupervisionInput;
}>;


export type RecordIndividualSupervisionMutation = { recordSupervision: { session: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ChangeMentorCapacityMutationVariables = Exact<{
  input: ChangeMentorCapacityInput;
}>;


export type ChangeMentorCapacityMutation = { changeMentorCapacity: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MentorProfileQueryVariables = Exact<{
  id: string;
}>;


export type MentorProfileQuery = { mentor: { id: string, version: number, name: string, email: string, phone: string | null, languages: Array<string>, gender: Gender, birthYear: number, specialities: Array<NeedDomain>, capacity: number, motivation: string, channel: ApplicationChannel, appliedAt: string, status: MentorStatus, matchable: boolean, interview: InterviewOutcome | null, backgroundCheck: BackgroundCheckOutcome | null, backgroundCheckExpiresOn: string | null, agreementSignedOn: string | null, approvedAt: string | null, rejectionReason: RejectionReason | null, lastSupervisionOn: string | null, supervisionSessions: number, supervisionMinutes: number, learningMinutes: number, municipalities: Array<{ name: string }>, livedExperience: { incarceration: boolean, remissionYears: number | null }, availability: Array<{ day: Weekday, part: DayPart }>, vettingChecklist: Array<{ kind: VettingStep, module: string | null, done: boolean, detail: string, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }>, references: Array<{ refereeName: string, relationship: string, outcome: ReferenceOutcome, receivedOn: string }>, training: Array<{ module: string, completedOn: string }>, supervisor: { id: string, name: string } | null, supervision: { state: SupervisionState, dueOn: string | null, lastOn: string | null }, refreshers: Array<{ name: string, expiresOn: string, expired: boolean }>, timeline: Array<{ at: string, kind: MentorTimelineKind }> } | null };

export type SessionPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionPeopleQuery = { mentors: { nodes: Array<{ id: string, name: string, status: MentorStatus }> }, trainingCatalogue: { modules: Array<{ code: string, name: string, hours: unknown, kind: TrainingModuleKind }> } };

export type RecordSupervisionMutationVariables = Exact<{
  input: RecordSupervisionInput;
}>;


export type RecordSupervisionMutation = { recordSupervision: { session: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordTrainingSessionMutationVariables = Exact<{
  input: RecordTrainingSessionInput;
}>;


export type RecordTrainingSessionMutation = { recordTrainingSession: { session: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SupervisorsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisorsQuery = { supervisors: Array<{ id: string, name: string }> };

export type AssignSupervisorMutationVariables = Exact<{
  input: AssignSupervisorInput;
}>;


export type AssignSupervisorMutation = { assignSupervisor: { mentor: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SupervisionTrainingQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionTrainingQuery = { supervisionAttention: Array<{ id: string, name: string, learningMinutes: number, supervisor: { name: string } | null, supervision: { state: SupervisionState, dueOn: string | null }, refreshers: Array<{ name: string, expiresOn: string, expired: boolean }> }> };

export type TrainingCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingCatalogueQuery = { trainingCatalogue: { version: string, modules: Array<{ code: string, name: string, hours: unknown, kind: TrainingModuleKind, validityMonths: number | null }> } };

export type UpdateTrainingCatalogueMutationVariables = Exact<{
  input: UpdateTrainingCatalogueInput;
}>;


export type UpdateTrainingCatalogueMutation = { updateTrainingCatalogue: { catalogue: { version: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type VettingBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type VettingBoardQuery = { vettingQueue: Array<{ waitingDays: number, missing: Array<{ kind: VettingStep, module: string | null }>, mentor: { id: string, name: string, status: MentorStatus, appliedAt: string } }>, mentorsExpiringSoon: Array<{ what: ExpiringItem, on: string, mentor: { id: string, name: string } }> };

export type MentorsQueryVariables = Exact<{
  filter?: MentorFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MentorsQuery = { mentors: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, name: string, status: MentorStatus, matchable: boolean, capacity: number, languages: Array<string>, specialities: Array<NeedDomain>, municipalities: Array<{ name: string }>, supervision: { state: SupervisionState, dueOn: string | null }, supervisor: { name: string } | null }> } };

export type VolunteerStatementFieldsFragment = { statement: { mentorId: string, from: string, to: string, meetings: number, meetingMinutes: number, meetingHours: unknown, pdfPath: string, groupActivities: number, groupActivityMinutes: number, supervisionMinutes: number, trainingMinutes: number, months: Array<{ month: string, meetings: number, meetingMinutes: number, supervisionSessions: number, supervisionMinutes: number, trainingModules: number, trainingMinutes: number, groupActivities: number, groupActivityMinutes: number }>, supervision: Array<{ on: string, what: string }>, training: Array<{ on: string, what: string }> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> };

export type VolunteerStatementQueryVariables = Exact<{
  mentorId: string;
  from: string;
  to: string;
}>;


export type VolunteerStatementQuery = { volunteerStatement: { statement: { mentorId: string, from: string, to: string, meetings: number, meetingMinutes: number, meetingHours: unknown, pdfPath: string, groupActivities: number, groupActivityMinutes: number, supervisionMinutes: number, trainingMinutes: number, months: Array<{ month: string, meetings: number, meetingMinutes: number, supervisionSessions: number, supervisionMinutes: number, trainingModules: number, trainingMinutes: number, groupActivities: number, groupActivityMinutes: number }>, supervision: Array<{ on: string, what: string }>, training: Array<{ on: string, what: string }> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MyVolunteerStatementQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MyVolunteerStatementQuery = { myVolunteerStatement: { statement: { mentorId: string, from: string, to: string, meetings: number, meetingMinutes: number, meetingHours: unknown, pdfPath: string, groupActivities: number, groupActivityMinutes: number, supervisionMinutes: number, trainingMinutes: number, months: Array<{ month: string, meetings: number, meetingMinutes: number, supervisionSessions: number, supervisionMinutes: number, trainingModules: number, trainingMinutes: number, groupActivities: number, groupActivityMinutes: number }>, supervision: Array<{ on: string, what: string }>, training: Array<{ on: string, what: string }> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CheckInPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckInPolicyQuery = { checkInPolicy: { version: string, firstMonthCheckIns: number, laterIntervalMonths: number, dueSoonDays: number, remindOverdueAfterDays: number, escalateAfterDaysOverdue: number, healthCheckWindowDays: number, lowRating: number, fallingDrop: number } };

export type UpdateCheckInPolicyMutationVariables = Exact<{
  input: UpdateCheckInPolicyInput;
}>;


export type UpdateCheckInPolicyMutation = { updateCheckInPolicy: { policy: { version: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MatchClosureQueryVariables = Exact<{
  matchId: string;
}>;


export type MatchClosureQuery = { matchMonitoring: { matchId: string, closure: { kind: ClosureKind, reason: MatchEndReason, endedOn: string, openedOn: string, open: boolean, overdueFrom: string, completedOn: string | null, rematch: RematchChoice | null, noRematchReason: NoRematchReason | null, conversations: Array<{ with: CheckInParty, on: string, mode: CheckInMode, helped: Array<ClosureHelp>, helpedNote: string | null, wouldRecommend: Recommendation }>, unreached: Array<{ with: CheckInParty, reason: UnreachedReason }> } | null } | null };

export type RecordClosingConversationMutationVariables = Exact<{
  input: ClosureStepInput;
}>;


export type RecordClosingConversationMutation = { recordClosingConversation: { monitoring: { matchId: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RecordClosingSideUnreachedMutationVariables = Exact<{
  input: ClosureStepInput;
}>;


export type RecordClosingSideUnreachedMutation = { recordClosingSideUnreached: { monitoring: { matchId: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type DecideRematchMutationVariables = Exact<{
  input: ClosureStepInput;
}>;


export type DecideRematchMutation = { decideRematch: { monitoring: { matchId: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CompleteMatchClosureMutationVariables = Exact<{
  input: ClosureStepInput;
}>;


export type CompleteMatchClosureMutation = { completeMatchClosure: { monitoring: { matchId: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type LogStaffCheckInMutationVariables = Exact<{
  input: LogStaffCheckInInput;
}>;


export type LogStaffCheckInMutation = { logStaffCheckIn: { monitoring: { matchId: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MonitoringQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringQuery = { checkInsDue: Array<{ with: CheckInParty, status: { nextDue: string, state: CheckInState, daysOverdue: number, lastCheckInOn: string | null }, match: { id: string, client: { id: string, name: string } | null, mentor: { id: string, name: string } | null } }>, openHealthTasks: Array<{ task: { id: string, source: CheckInParty, milestone: number, rule: HealthTaskRule, from: number | null, to: number, raisedOn: string }, match: { id: string, client: { id: string, name: string } | null, mentor: { id: string, name: string } | null } }> };

export type MatchMonitoringDetailQueryVariables = Exact<{
  matchId: string;
}>;


export type MatchMonitoringDetailQuery = { matchMonitoring: { matchId: string, healthCheckOpen: number | null, mentorCheckIns: { nextDue: string, state: CheckInState, lastCheckInOn: string | null } | null, clientCheckIns: { nextDue: string, state: CheckInState, lastCheckInOn: string | null } | null, checkIns: Array<{ id: string, with: CheckInParty, mode: CheckInMode, healthRating: number, concerns: string | null, agreedActions: string | null, on: string }>, health: Array<{ source: CheckInParty, milestone: number, goingWell: number, supported: number, rating: number, on: string }>, tasks: Array<{ id: string, source: CheckInParty, milestone: number, rule: HealthTaskRule, from: number | null, to: number, raisedOn: string, open: boolean }> } | null };

export type RecordClientHealthCheckMutationVariables = Exact<{
  input: RecordClientHealthCheckInput;
}>;


export type RecordClientHealthCheckMutation = { recordClientHealthCheck: { monitoring: { matchId: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type NotificationsQueryVariables = Exact<{
  kind?: NotificationKind | null | undefined;
  status?: NotificationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, version: number, kind: NotificationKind, to: string, subject: string, language: Language, status: NotificationStatus, queuedAt: string, notBefore: string, sentAt: string | null, failedAttempts: number, lastFailure: string | null, deadLetteredAt: string | null, cancelledAt: string | null }> } };

export type RetryNotificationMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type RetryNotificationMutation = { retryNotification: { notification: { id: string, status: NotificationStatus, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type CancelNotificationMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type CancelNotificationMutation = { cancelNotification: { notification: { id: string, status: NotificationStatus, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: Array<{ kind: NotificationKind, channel: NotificationChannel, canSwitchOff: boolean }> };

export type SetMyNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  channel: NotificationChannel;
}>;


export type SetMyNotificationPreferenceMutation = { setMyNotificationPreference: { errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type OutcomeSummaryQueryVariables = Exact<{
  contractId: string;
  period: string;
}>;


export type OutcomeSummaryQuery = { outcomeSummary: { summary: { period: string, previousPeriod: string, csvUrl: string, figures: Array<{ key: string, label: string, value: string, previous: string }>, issues: Array<{ at: string, reason: IssueReason, recipients: number, contentHash: string }> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ResendOutcomeSummaryMutationVariables = Exact<{
  input: ResendOutcomeSummaryInput;
}>;


export type ResendOutcomeSummaryMutation = { resendOutcomeSummary: { summary: { period: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ErasuresQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErasuresQuery = { erasures: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, kind: string, personId: string, status: ErasureStatus, source: ErasureSource, requestedAt: string, completedAt: string | null, stepCount: number, failedStep: ErasureStep | null, steps: Array<{ step: ErasureStep }> }> } };

export type ExportPersonDataMutationVariables = Exact<{
  personId: string;
  purpose?: string | null | undefined;
}>;


export type ExportPersonDataMutation = { exportPersonData: { export: { kind: string, events: number, json: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ErasePersonDataMutationVariables = Exact<{
  personId: string;
  reason: string;
}>;


export type ErasePersonDataMutation = { erasePersonData: { erasure: { status: ErasureStatus, eventsMasked: number, stepCount: number, steps: Array<{ step: ErasureStep }> } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type PersonErasureQueryVariables = Exact<{
  personId: string;
}>;


export type PersonErasureQuery = { erasures: { nodes: Array<{ id: string, status: ErasureStatus }> } };

export type MyReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralsQuery = { myReferrals: Array<{ id: string, version: number, ngoName: string, status: ReferralStatus, declineReason: ReferralDeclineReason | null, declineNote: string | null, question: string | null, sentAt: string, lastChangedAt: string, details: { name: string, gender: Gender, birthYear: number, languages: Array<string>, contact: string | null, prisonCode: string, expectedReleaseDate: string, releaseType: ReleaseType, destinationMunicipality: string, consentScopes: Array<ConsentScope>, consentGivenOn: string, consentDocumentReference: string, note: string | null, needs: Array<{ domain: NeedDomain, level: NeedLevel }> } }> };

export type ReferralDestinationsQueryVariables = Exact<{
  municipality: string;
}>;


export type ReferralDestinationsQuery = { referralDestinations: Array<{ organisationId: string, name: string }> };

export type ReferToNgoMutationVariables = Exact<{
  input: ReferToNgoInput;
}>;


export type ReferToNgoMutation = { referToNgo: { referral: { id: string, status: ReferralStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type AmendReferralMutationVariables = Exact<{
  input: AmendReferralInput;
}>;


export type AmendReferralMutation = { amendReferral: { referral: { id: string, status: ReferralStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type IncomingReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingReferralsQuery = { referralInbox: Array<{ id: string, version: number, status: ReferralStatus, fromOrganisation: string, referrerName: string, question: string | null, declineReason: ReferralDeclineReason | null, clientId: string | null, sentAt: string, details: { name: string, birthYear: number, languages: Array<string>, prisonName: string | null, expectedReleaseDate: string, releaseType: ReleaseType, destinationMunicipality: string, consentDocumentReference: string, note: string | null, needs: Array<{ domain: NeedDomain, level: NeedLevel, note: string | null }> } }> };

export type AcceptReferralMutationVariables = Exact<{
  input: AcceptReferralInput;
}>;


export type AcceptReferralMutation = { acceptReferral: { referral: { id: string, status: ReferralStatus, clientId: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type DeclineReferralMutationVariables = Exact<{
  input: DeclineReferralInput;
}>;


export type DeclineReferralMutation = { declineReferral: { referral: { id: string, status: ReferralStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RequestReferralInformationMutationVariables = Exact<{
  input: RequestReferralInformationInput;
}>;


export type RequestReferralInformationMutation = { requestReferralInformation: { referral: { id: string, status: ReferralStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type PersonServicesQueryVariables = Exact<{
  clientId?: string | null | undefined;
  matchId?: string | null | undefined;
  domain?: NeedDomain | null | undefined;
}>;


export type PersonServicesQuery = { personServices: { clientId: string, domains: Array<NeedDomain>, municipality: { code: string, name: string }, services: Array<{ id: string, origin: ServiceOrigin, kind: ServiceKind, name: string, national: boolean, address: string | null, openingHours: string | null, phone: string | null, languages: Array<string>, domains: Array<NeedDomain>, note: string | null, hidden: boolean, municipality: { code: string, name: string } | null }>, goals: Array<{ id: string, kind: GoalKind, standard: StandardGoal | null, domain: NeedDomain | null, title: string, followUp: FollowUpKind | null, institution: Institution | null, status: GoalStatus, services: Array<{ id: string, name: string }> }> } | null };

export type AttachServiceToGoalMutationVariables = Exact<{
  input: GoalServiceInput;
}>;


export type AttachServiceToGoalMutation = { attachServiceToGoal: { change: { clientVersion: number, goal: { id: string, services: Array<{ id: string }> } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type DetachServiceFromGoalMutationVariables = Exact<{
  input: GoalServiceInput;
}>;


export type DetachServiceFromGoalMutation = { detachServiceFromGoal: { change: { clientVersion: number, goal: { id: string, services: Array<{ id: string }> } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ServiceDirectoryQueryVariables = Exact<{
  municipality?: string | null | undefined;
  domain?: NeedDomain | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceDirectoryQuery = { services: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, origin: ServiceOrigin, kind: ServiceKind, name: string, national: boolean, address: string | null, openingHours: string | null, phone: string | null, languages: Array<string>, domains: Array<NeedDomain>, note: string | null, hidden: boolean, hiddenReason: string | null, source: string | null, version: number, municipality: { code: string, name: string } | null }> } };

export type AddServiceMutationVariables = Exact<{
  input: AddServiceInput;
}>;


export type AddServiceMutation = { addService: { service: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type EditServiceMutationVariables = Exact<{
  input: EditServiceInput;
}>;


export type EditServiceMutation = { editService: { service: { id: string, version: number } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SetServiceHiddenMutationVariables = Exact<{
  input: SetServiceHiddenInput;
}>;


export type SetServiceHiddenMutation = { setServiceHidden: { service: { id: string, version: number, hidden: boolean } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role>, language: Language, mentorStanding: MentorStatus | null, secondFactorEnabled: boolean, secondFactorRequired: boolean, organisation: { id: string, name: string, kind: OrganisationKind } | null } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { user: { id: string, email: string, displayName: string, roles: Array<Role>, language: Language, secondFactorEnabled: boolean, secondFactorRequired: boolean, organisation: { id: string, name: string, kind: OrganisationKind } | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type SetMyLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetMyLanguageMutation = { setMyLanguage: { user: { id: string, language: Language } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { user: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MySecondFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecondFactorQuery = { me: { id: string, secondFactorEnabled: boolean, secondFactorRequired: boolean } | null };

export type DisableSecondFactorMutationVariables = Exact<{
  code: string;
}>;


export type DisableSecondFactorMutation = { disableSecondFactor: { user: { id: string, secondFactorEnabled: boolean } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, createdAt: string, lastSeenAt: string, expiresAt: string, client: string | null, current: boolean }> };

export type EndSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type EndSessionMutation = { endSession: { ended: number, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: { ended: number, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, createdAt: string, expiresAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { apiToken: { secret: string, token: { id: string, name: string, expiresAt: string | null } } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string, revokedAt: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type OutgoingTransfersQueryVariables = Exact<{
  clientId: string;
}>;


export type OutgoingTransfersQuery = { outgoingTransfers: Array<{ id: string, version: number, status: TransferStatus, ngoName: string, newMunicipality: string, reason: string, declineReason: TransferDeclineReason | null, declineNote: string | null, offeredAt: string, lastChangedAt: string }> };

export type TransferDestinationsQueryVariables = Exact<{
  municipality: string;
}>;


export type TransferDestinationsQuery = { transferDestinations: Array<{ organisationId: string, name: string }> };

export type TransferPreviewQueryVariables = Exact<{
  clientId: string;
}>;


export type TransferPreviewQuery = { transferPreview: { consentScopes: Array<ConsentScope>, goals: Array<{ status: GoalStatus }>, documents: Array<{ kind: DocumentKind }>, eligibilityWarnings: Array<{ code: string }>, needs: Array<{ domain: NeedDomain }>, history: { meetingsHeld: number, goalsAchieved: number, refusals: Array<{ help: HelpKind }>, matchPeriods: Array<{ from: string | null }> } } | null };

export type TransferCaseMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type TransferCaseMutation = { transferCase: { transfer: { id: string, status: TransferStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type WithdrawTransferMutationVariables = Exact<{
  input: WithdrawTransferInput;
}>;


export type WithdrawTransferMutation = { withdrawTransfer: { transfer: { id: string, status: TransferStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type IncomingTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingTransfersQuery = { transferInbox: Array<{ id: string, version: number, status: TransferStatus, fromOrganisation: string, offeredByName: string, newMunicipality: string, reason: string, name: string, birthYear: number, languages: Array<string>, prisonName: string | null, releaseDate: string, released: boolean, consentScopes: Array<ConsentScope>, declineReason: TransferDeclineReason | null, newClientId: string | null, offeredAt: string, needs: Array<{ domain: NeedDomain, level: NeedLevel }> }> };

export type AcceptTransferMutationVariables = Exact<{
  input: AcceptTransferInput;
}>;


export type AcceptTransferMutation = { acceptTransfer: { transfer: { id: string, status: TransferStatus, newClientId: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type DeclineTransferMutationVariables = Exact<{
  input: DeclineTransferInput;
}>;


export type DeclineTransferMutation = { declineTransfer: { transfer: { id: string, status: TransferStatus } | null, errors: Array<{ code: string, message: string, field: string | null, params: Array<{ name: string, value: string, kind: ParamKind, enumType: string | null }> }> } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ code: string, name: string, kind: MunicipalityKind }> };

export type PrisonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrisonsQuery = { prisons: Array<{ code: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const VolunteerStatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment VolunteerStatementFields on VolunteerStatementPayload {
  statement {
    mentorId
    from
    to
    meetings
    meetingMinutes
    meetingHours
    pdfPath
    groupActivities
    groupActivityMinutes
    supervisionMinutes
    trainingMinutes
    months {
      month
      meetings
      meetingMinutes
      supervisionSessions
      supervisionMinutes
      trainingModules
      trainingMinutes
      groupActivities
      groupActivityMinutes
    }
    supervision {
      on
      what
    }
    training {
      on
      what
    }
  }
  errors {
    code
    message
    field
    params {
      name
      value
      kind
      enumType
    }
  }
}
    `, {"fragmentName":"VolunteerStatementFields"}) as unknown as TypedDocumentString<VolunteerStatementFieldsFragment, unknown>;
export const GroupActivitiesDocument = new TypedDocumentString(`
    query GroupActivities($from: DateOnly, $to: DateOnly) {
  groupActivities(from: $from, to: $to) {
    id
    version
    kind
    title
    startsAt
    endsAt
    durationMinutes
    place
    capacity
    status
    cancelReason
    begun
    placesTaken
    going
    attended
    facilitator {
      userId
      name
    }
    invitees {
      id
      kind
      name
      answer
      attended
    }
  }
}
    `) as unknown as TypedDocumentString<GroupActivitiesQuery, GroupActivitiesQueryVariables>;
export const PlanGroupActivityDocument = new TypedDocumentString(`
    mutation PlanGroupActivity($input: PlanGroupActivityInput!) {
  planGroupActivity(input: $input) {
    activity {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<PlanGroupActivityMutation, PlanGroupActivityMutationVariables>;
export const MoveGroupActivityDocument = new TypedDocumentString(`
    mutation MoveGroupActivity($input: MoveGroupActivityInput!) {
  moveGroupActivity(input: $input) {
    activity {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<MoveGroupActivityMutation, MoveGroupActivityMutationVariables>;
export const ChangeGroupActivityDetailsDocument = new TypedDocumentString(`
    mutation ChangeGroupActivityDetails($input: ChangeGroupActivityDetailsInput!) {
  changeGroupActivityDetails(input: $input) {
    activity {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ChangeGroupActivityDetailsMutation, ChangeGroupActivityDetailsMutationVariables>;
export const GroupActivityFacilitatorsDocument = new TypedDocumentString(`
    query GroupActivityFacilitators {
  groupActivityFacilitators {
    userId
    name
  }
}
    `) as unknown as TypedDocumentString<GroupActivityFacilitatorsQuery, GroupActivityFacilitatorsQueryVariables>;
export const CancelGroupActivityDocument = new TypedDocumentString(`
    mutation CancelGroupActivity($input: CancelGroupActivityInput!) {
  cancelGroupActivity(input: $input) {
    activity {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CancelGroupActivityMutation, CancelGroupActivityMutationVariables>;
export const RecordGroupActivityAttendanceDocument = new TypedDocumentString(`
    mutation RecordGroupActivityAttendance($input: RecordGroupActivityAttendanceInput!) {
  recordGroupActivityAttendance(input: $input) {
    activity {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordGroupActivityAttendanceMutation, RecordGroupActivityAttendanceMutationVariables>;
export const GroupActivityInvitableDocument = new TypedDocumentString(`
    query GroupActivityInvitable($activityId: ID!) {
  groupActivityInvitable(activityId: $activityId) {
    id
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<GroupActivityInvitableQuery, GroupActivityInvitableQueryVariables>;
export const InviteToGroupActivityDocument = new TypedDocumentString(`
    mutation InviteToGroupActivity($input: InviteToGroupActivityInput!) {
  inviteToGroupActivity(input: $input) {
    activity {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<InviteToGroupActivityMutation, InviteToGroupActivityMutationVariables>;
export const WithdrawGroupActivityInvitationDocument = new TypedDocumentString(`
    mutation WithdrawGroupActivityInvitation($input: WithdrawGroupActivityInvitationInput!) {
  withdrawGroupActivityInvitation(input: $input) {
    activity {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<WithdrawGroupActivityInvitationMutation, WithdrawGroupActivityInvitationMutationVariables>;
export const MyGroupActivitiesDocument = new TypedDocumentString(`
    query MyGroupActivities {
  myGroupActivities {
    id
    kind
    title
    startsAt
    endsAt
    durationMinutes
    place
    facilitatorName
    status
    myAnswer
    attended
    canMarkAttendance
  }
}
    `) as unknown as TypedDocumentString<MyGroupActivitiesQuery, MyGroupActivitiesQueryVariables>;
export const AnswerGroupActivityInvitationDocument = new TypedDocumentString(`
    mutation AnswerGroupActivityInvitation($input: AnswerGroupActivityInvitationInput!) {
  answerGroupActivityInvitation(input: $input) {
    activity {
      id
      myAnswer
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AnswerGroupActivityInvitationMutation, AnswerGroupActivityInvitationMutationVariables>;
export const ContractsDocument = new TypedDocumentString(`
    query Contracts($status: ContractStatus, $first: Int, $after: String) {
  contracts(status: $status, first: $first, after: $after) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      version
      reference
      status
      startDate
      endDate
      clientCapacity
      reportRecipients
      cadence
      terminatedOn
      municipality {
        code
        name
      }
      territory {
        code
        name
      }
      ngo {
        id
        name
      }
      history {
        at
        change
        reason
        effectiveDate
        terms {
          startDate
          endDate
          clientCapacity
          territory
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContractsQuery, ContractsQueryVariables>;
export const CreateContractDocument = new TypedDocumentString(`
    mutation CreateContract($input: CreateContractInput!) {
  createContract(input: $input) {
    contract {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CreateContractMutation, CreateContractMutationVariables>;
export const AmendContractDocument = new TypedDocumentString(`
    mutation AmendContract($input: AmendContractInput!) {
  amendContract(input: $input) {
    contract {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AmendContractMutation, AmendContractMutationVariables>;
export const TerminateContractDocument = new TypedDocumentString(`
    mutation TerminateContract($input: TerminateContractInput!) {
  terminateContract(input: $input) {
    contract {
      id
      version
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<TerminateContractMutation, TerminateContractMutationVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($kind: OrganisationKind) {
  organisations(kind: $kind) {
    id
    name
    kind
    registrationNumber
    registeredAt
    municipality {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    organisation {
      id
      name
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const VettingPolicyDocument = new TypedDocumentString(`
    query VettingPolicy {
  vettingPolicy {
    version
    interviewRequired
    minimumReferences
    backgroundCheckValidityMonths
    requiredTrainingModules
    agreementRequired
    refresherTrainingMonths
    supervisionEveryMonths
  }
}
    `) as unknown as TypedDocumentString<VettingPolicyQuery, VettingPolicyQueryVariables>;
export const UpdateVettingPolicyDocument = new TypedDocumentString(`
    mutation UpdateVettingPolicy($input: UpdateVettingPolicyInput!) {
  updateVettingPolicy(input: $input) {
    policy {
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<UpdateVettingPolicyMutation, UpdateVettingPolicyMutationVariables>;
export const ReminderRulesDocument = new TypedDocumentString(`
    query ReminderRules {
  reminderRules {
    version
    weeklyForDaysAfterRelease
    weeklyIntervalDays
    laterIntervalDays
    preReleaseIntervalDays
    remindAgainAfterDays
    escalateAfterDaysOverdue
    releaseSoonDays
    goalDeadlineDaysAhead
    vettingExpiryDaysAhead
    proposalUnansweredDays
    applicationDeadlineDaysAhead
    openRefusalReminderDays
  }
}
    `) as unknown as TypedDocumentString<ReminderRulesQuery, ReminderRulesQueryVariables>;
export const UpdateReminderRulesDocument = new TypedDocumentString(`
    mutation UpdateReminderRules($input: UpdateReminderRulesInput!) {
  updateReminderRules(input: $input) {
    rules {
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<UpdateReminderRulesMutation, UpdateReminderRulesMutationVariables>;
export const MatchingWeightsDocument = new TypedDocumentString(`
    query MatchingWeights {
  matchingWeights {
    version
    needCoverage
    livedExperienceFit
    ageProximity
    availabilityOverlap
    load
    preferredLanguage
  }
}
    `) as unknown as TypedDocumentString<MatchingWeightsQuery, MatchingWeightsQueryVariables>;
export const UpdateMatchingWeightsDocument = new TypedDocumentString(`
    mutation UpdateMatchingWeights($input: MatchingWeightsInput!) {
  updateMatchingWeights(input: $input) {
    weights {
      version
      needCoverage
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<UpdateMatchingWeightsMutation, UpdateMatchingWeightsMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($organisationId: ID) {
  users(organisationId: $organisationId) {
    id
    email
    displayName
    roles
    language
    status
    invitationExpiresAt
    deactivatedAt
    createdAt
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const OrganisationsForUsersDocument = new TypedDocumentString(`
    query OrganisationsForUsers {
  organisations {
    id
    name
    kind
    assignableRoles
  }
}
    `) as unknown as TypedDocumentString<OrganisationsForUsersQuery, OrganisationsForUsersQueryVariables>;
export const OwnOrganisationRolesDocument = new TypedDocumentString(`
    query OwnOrganisationRoles {
  me {
    id
    organisation {
      id
      assignableRoles
    }
  }
}
    `) as unknown as TypedDocumentString<OwnOrganisationRolesQuery, OwnOrganisationRolesQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitation {
      expiresAt
      user {
        id
        email
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const ChangeUserRolesDocument = new TypedDocumentString(`
    mutation ChangeUserRoles($userId: ID!, $roles: [Role!]!) {
  changeUserRoles(userId: $userId, roles: $roles) {
    user {
      id
      roles
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ChangeUserRolesMutation, ChangeUserRolesMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($userId: ID!) {
  resendInvitation(userId: $userId) {
    user {
      id
      email
      invitationExpiresAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($userId: ID!) {
  revokeInvitation(userId: $userId) {
    user {
      id
      email
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($userId: ID!) {
  deactivateUser(userId: $userId) {
    user {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    user {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const SecurityPolicyDocument = new TypedDocumentString(`
    query SecurityPolicy {
  securityPolicy {
    requireSecondFactor
  }
  me {
    id
    secondFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<SecurityPolicyQuery, SecurityPolicyQueryVariables>;
export const UpdateSecurityPolicyDocument = new TypedDocumentString(`
    mutation UpdateSecurityPolicy($requireSecondFactor: Boolean!) {
  updateSecurityPolicy(requireSecondFactor: $requireSecondFactor) {
    policy {
      requireSecondFactor
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<UpdateSecurityPolicyMutation, UpdateSecurityPolicyMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($from: DateOnly, $to: DateOnly, $action: AuditAction, $subjectId: ID, $first: Int, $after: String) {
  auditTrail(
    from: $from
    to: $to
    action: $action
    subjectId: $subjectId
    first: $first
    after: $after
  ) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      action
      subjectKind
      subjectId
      subjectName
      by
      byName
      byRoles
      bySystem
      purpose
      purposeKind
      purposeParams {
        name
        value
        kind
        enumType
      }
      via
      at
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    user {
      id
      email
      displayName
      roles
      language
      secondFactorEnabled
      secondFactorRequired
      organisation {
        id
        name
        kind
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email) {
    ok
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    ok
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const BeginSecondFactorEnrolmentDocument = new TypedDocumentString(`
    mutation BeginSecondFactorEnrolment {
  beginSecondFactorEnrolment {
    enrolment {
      secret
      otpauthUri
      qrSvg
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<BeginSecondFactorEnrolmentMutation, BeginSecondFactorEnrolmentMutationVariables>;
export const ConfirmSecondFactorEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmSecondFactorEnrolment($code: String!) {
  confirmSecondFactorEnrolment(code: $code) {
    enabled {
      recoveryCodes
      user {
        id
        secondFactorEnabled
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ConfirmSecondFactorEnrolmentMutation, ConfirmSecondFactorEnrolmentMutationVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const AssessNeedsDocument = new TypedDocumentString(`
    mutation AssessNeeds($input: AssessNeedsInput!) {
  assessNeeds(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AssessNeedsMutation, AssessNeedsMutationVariables>;
export const RecordRiskFlagsDocument = new TypedDocumentString(`
    mutation RecordRiskFlags($input: RecordRiskFlagsInput!) {
  recordRiskFlags(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordRiskFlagsMutation, RecordRiskFlagsMutationVariables>;
export const RecordPreferencesDocument = new TypedDocumentString(`
    mutation RecordPreferences($input: RecordPreferencesInput!) {
  recordPreferences(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordPreferencesMutation, RecordPreferencesMutationVariables>;
export const RecordMeetingDocument = new TypedDocumentString(`
    mutation RecordMeeting($input: RecordInterInstitutionalMeetingInput!) {
  recordInterInstitutionalMeeting(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const ChangeReleaseDateDocument = new TypedDocumentString(`
    mutation ChangeReleaseDate($input: ChangeReleaseDateInput!) {
  changeReleaseDate(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ChangeReleaseDateMutation, ChangeReleaseDateMutationVariables>;
export const RecordReleaseDocument = new TypedDocumentString(`
    mutation RecordRelease($input: RecordReleaseInput!) {
  recordRelease(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordReleaseMutation, RecordReleaseMutationVariables>;
export const CloseCaseDocument = new TypedDocumentString(`
    mutation CloseCase($input: CloseCaseInput!) {
  closeCase(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CloseCaseMutation, CloseCaseMutationVariables>;
export const ReopenCaseDocument = new TypedDocumentString(`
    mutation ReopenCase($input: ReopenCaseInput!) {
  reopenCase(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const AddGoalDocument = new TypedDocumentString(`
    mutation AddGoal($input: AddGoalInput!) {
  addGoal(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AddGoalMutation, AddGoalMutationVariables>;
export const CompleteGoalDocument = new TypedDocumentString(`
    mutation CompleteGoal($input: CompleteGoalInput!) {
  completeGoal(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CompleteGoalMutation, CompleteGoalMutationVariables>;
export const DropGoalDocument = new TypedDocumentString(`
    mutation DropGoal($input: DropGoalInput!) {
  dropGoal(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DropGoalMutation, DropGoalMutationVariables>;
export const ChangeGoalDeadlineDocument = new TypedDocumentString(`
    mutation ChangeGoalDeadline($input: ChangeGoalDeadlineInput!) {
  changeGoalDeadline(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ChangeGoalDeadlineMutation, ChangeGoalDeadlineMutationVariables>;
export const ClientCaseDocument = new TypedDocumentString(`
    query ClientCase($id: ID!) {
  client(id: $id) {
    id
    version
    name
    gender
    birthYear
    languages
    contact
    expectedReleaseDate
    releasedOn
    releaseDate
    releaseType
    stage
    frozen
    consent
    consentGivenOn
    consentWithdrawn
    consentWithdrawnOn
    canBeMatched
    needsSource
    meetings
    lastMeetingOn
    closureReason
    referredAt
    referrerName
    referrerContact
    prison {
      code
      name
    }
    destinationMunicipality {
      code
      name
    }
    referringOrganisation {
      name
    }
    needs {
      domain
      level
      note
    }
    preferences {
      mentorGender
      livedExperienceWanted
      language
    }
    goals {
      id
      title
      kind
      domain
      standard
      deadline
      followsRelease
      status
      institution
      achievedOn
      dropReason
      dropReasonCarriedOver
      followsRefusal
      followUp
      refusedBy
      overdue
    }
    documents {
      kind
      obtained
      obtainedOn
      months {
        period
      }
    }
    warnings {
      code
      params {
        name
        value
        kind
        enumType
      }
    }
    applicationDeadline
    lastDeclaredResidenceMunicipality {
      code
      name
    }
    hasResidenceToDeclare
    refusals {
      id
      institution
      help
      reason
      refusedOn
      note
      noteCarriedOver
      goalId
      status
      followUpGoals
      closedOn
      closeNote
    }
    accompaniments {
      contactId
      institution
      help
      result
      on
      refusalId
      retracted
    }
    timeline {
      at
      kind
      detail
    }
  }
  matches(clientId: $id) {
    id
    stage
    pausedBecause
    proposedAt
    activeFrom
    endedOn
    mentor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ClientCaseQuery, ClientCaseQueryVariables>;
export const ClientRiskDocument = new TypedDocumentString(`
    query ClientRisk($id: ID!) {
  client(id: $id) {
    id
    riskFlags
  }
}
    `) as unknown as TypedDocumentString<ClientRiskQuery, ClientRiskQueryVariables>;
export const ClientsDocument = new TypedDocumentString(`
    query Clients($filter: ClientFilter, $first: Int, $after: String) {
  clients(filter: $filter, first: $first, after: $after) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      name
      stage
      frozen
      releaseDate
      prison {
        name
      }
      destinationMunicipality {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientsQuery, ClientsQueryVariables>;
export const SetGoalStatusDocument = new TypedDocumentString(`
    mutation SetGoalStatus($input: SetGoalStatusInput!) {
  setGoalStatus(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SetGoalStatusMutation, SetGoalStatusMutationVariables>;
export const SetGoalInstitutionDocument = new TypedDocumentString(`
    mutation SetGoalInstitution($input: SetGoalInstitutionInput!) {
  setGoalInstitution(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SetGoalInstitutionMutation, SetGoalInstitutionMutationVariables>;
export const RecordDocumentDocument = new TypedDocumentString(`
    mutation RecordDocument($input: RecordDocumentInput!) {
  recordDocument(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordDocumentMutation, RecordDocumentMutationVariables>;
export const UnrecordDocumentDocument = new TypedDocumentString(`
    mutation UnrecordDocument($input: UnrecordDocumentInput!) {
  unrecordDocument(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<UnrecordDocumentMutation, UnrecordDocumentMutationVariables>;
export const RecordResidenceFactsDocument = new TypedDocumentString(`
    mutation RecordResidenceFacts($input: RecordResidenceFactsInput!) {
  recordResidenceFacts(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordResidenceFactsMutation, RecordResidenceFactsMutationVariables>;
export const ReferClientDocument = new TypedDocumentString(`
    mutation ReferClient($input: ReferClientInput!) {
  referClient(input: $input) {
    client {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ReferClientMutation, ReferClientMutationVariables>;
export const RecordRefusalDocument = new TypedDocumentString(`
    mutation RecordRefusal($input: RecordRefusalInput!) {
  recordRefusal(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordRefusalMutation, RecordRefusalMutationVariables>;
export const CloseRefusalDocument = new TypedDocumentString(`
    mutation CloseRefusal($input: CloseRefusalInput!) {
  closeRefusal(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CloseRefusalMutation, CloseRefusalMutationVariables>;
export const PlanRefusalFollowUpDocument = new TypedDocumentString(`
    mutation PlanRefusalFollowUp($input: PlanRefusalFollowUpInput!) {
  planRefusalFollowUp(input: $input) {
    client {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<PlanRefusalFollowUpMutation, PlanRefusalFollowUpMutationVariables>;
export const ClientMeetingsDocument = new TypedDocumentString(`
    query ClientMeetings($id: ID!) {
  client(id: $id) {
    id
    releasedOn
    expectedReleaseDate
    stage
    interInstitutionalMeetings {
      id
      version
      status
      startsAt
      endsAt
      durationMinutes
      place
      sequence
      heldOn
      present
      cancelReason
      participants {
        id
        side
        name
        email
        organisation
        language
      }
      decisions {
        goalId
        title
        responsible
        deadline
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientMeetingsQuery, ClientMeetingsQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleInterInstitutionalMeetingInput!) {
  scheduleInterInstitutionalMeeting(input: $input) {
    meeting {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const MoveMeetingDocument = new TypedDocumentString(`
    mutation MoveMeeting($input: MoveInterInstitutionalMeetingInput!) {
  moveInterInstitutionalMeeting(input: $input) {
    meeting {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<MoveMeetingMutation, MoveMeetingMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($input: CancelInterInstitutionalMeetingInput!) {
  cancelInterInstitutionalMeeting(input: $input) {
    meeting {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RecordMeetingDecisionsDocument = new TypedDocumentString(`
    mutation RecordMeetingDecisions($input: RecordMeetingDecisionsInput!) {
  recordMeetingDecisions(input: $input) {
    meeting {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordMeetingDecisionsMutation, RecordMeetingDecisionsMutationVariables>;
export const UpcomingReleasesDocument = new TypedDocumentString(`
    query UpcomingReleases($withinDays: Int, $municipality: String, $unmatchedOnly: Boolean) {
  upcomingReleases(
    withinDays: $withinDays
    municipality: $municipality
    unmatchedOnly: $unmatchedOnly
  ) {
    daysToRelease
    needsMatchBy
    client {
      id
      name
      releaseDate
      releaseType
      canBeMatched
      frozen
      prison {
        name
      }
      destinationMunicipality {
        name
      }
      overdueGoals {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpcomingReleasesQuery, UpcomingReleasesQueryVariables>;
export const OpenConcernsDocument = new TypedDocumentString(`
    query OpenConcerns {
  openConcerns {
    match {
      id
      client {
        id
        name
      }
      mentor {
        id
        name
      }
    }
    contact {
      id
      happenedAt
      mode
      privateNote
      concern
    }
  }
}
    `) as unknown as TypedDocumentString<OpenConcernsQuery, OpenConcernsQueryVariables>;
export const AcknowledgeConcernDocument = new TypedDocumentString(`
    mutation AcknowledgeConcern($matchId: ID!, $contactId: ID!, $note: String) {
  acknowledgeConcern(matchId: $matchId, contactId: $contactId, note: $note) {
    result {
      contact {
        id
        concernAcknowledgedAt
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AcknowledgeConcernMutation, AcknowledgeConcernMutationVariables>;
export const EngagementDocument = new TypedDocumentString(`
    query Engagement($cadence: CadenceStatus) {
  engagement(cadence: $cadence) {
    clientName
    lastContactAt
    nextContactDue
    cadence
    contactsLast28Days
    minutesLast28Days
    openUrgentConcern
    match {
      id
      stage
      mentor {
        id
        name
      }
      monitoring {
        health {
          source
          milestone
          goingWell
          supported
          rating
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngagementQuery, EngagementQueryVariables>;
export const ContactTimelineDocument = new TypedDocumentString(`
    query ContactTimeline($matchId: ID!, $first: Int, $after: String) {
  contactTimeline(matchId: $matchId, first: $first, after: $after) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      happenedAt
      durationMinutes
      mode
      place
      topics
      privateNote
      concern
      concernAcknowledgedAt
      retracted
      retractedReason
      versions {
        at
        reason
      }
      comments {
        id
        text
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactTimelineQuery, ContactTimelineQueryVariables>;
export const MatchHeaderDocument = new TypedDocumentString(`
    query MatchHeader($id: ID!) {
  match(id: $id) {
    id
    stage
    client {
      id
      name
    }
    mentor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MatchHeaderQuery, MatchHeaderQueryVariables>;
export const ContactAttemptsDocument = new TypedDocumentString(`
    query ContactAttempts($matchId: ID!) {
  contactAttempts(matchId: $matchId) {
    id
    attemptedAt
    outcome
    note
  }
}
    `) as unknown as TypedDocumentString<ContactAttemptsQuery, ContactAttemptsQueryVariables>;
export const RetractContactDocument = new TypedDocumentString(`
    mutation RetractContact($matchId: ID!, $contactId: ID!, $reason: String!) {
  retractContact(matchId: $matchId, contactId: $contactId, reason: $reason) {
    result {
      contact {
        id
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RetractContactMutation, RetractContactMutationVariables>;
export const CommentOnContactDocument = new TypedDocumentString(`
    mutation CommentOnContact($matchId: ID!, $contactId: ID!, $text: String!, $commentId: ID) {
  commentOnContact(
    matchId: $matchId
    contactId: $contactId
    text: $text
    commentId: $commentId
  ) {
    result {
      contact {
        id
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CommentOnContactMutation, CommentOnContactMutationVariables>;
export const MyMatchesDocument = new TypedDocumentString(`
    query MyMatches {
  myMatches {
    matchId
    version
    stage
    mentorAccepted
    clientName
    releaseDate
    destinationMunicipality {
      name
    }
    lastContactAt
    nextContactDue
    cadence
    endedOn
    goals {
      id
      title
      kind
      domain
      standard
      deadline
      status
      institution
      followUp
      achievedOn
      overdue
    }
    documents {
      kind
      obtained
      obtainedOn
      months {
        period
      }
    }
    warnings {
      code
      params {
        name
        value
        kind
        enumType
      }
    }
    needs {
      domain
      level
      note
    }
    riskFlags
    healthCheckDue
  }
}
    `) as unknown as TypedDocumentString<MyMatchesQuery, MyMatchesQueryVariables>;
export const AcceptMatchDocument = new TypedDocumentString(`
    mutation AcceptMatch($input: MatchCommandInput!) {
  acceptMatch(input: $input) {
    myMatch {
      matchId
      stage
      mentorAccepted
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AcceptMatchMutation, AcceptMatchMutationVariables>;
export const DeclineMatchDocument = new TypedDocumentString(`
    mutation DeclineMatch($input: MatchCommandInput!) {
  declineMatch(input: $input) {
    myMatch {
      matchId
      stage
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DeclineMatchMutation, DeclineMatchMutationVariables>;
export const LogContactDocument = new TypedDocumentString(`
    mutation LogContact($input: LogContactInput!) {
  logContact(input: $input) {
    result {
      contact {
        id
      }
      matchVersion
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<LogContactMutation, LogContactMutationVariables>;
export const RecordContactAttemptDocument = new TypedDocumentString(`
    mutation RecordContactAttempt($input: ContactAttemptInput!) {
  recordContactAttempt(input: $input) {
    result {
      attempt {
        id
      }
      matchVersion
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordContactAttemptMutation, RecordContactAttemptMutationVariables>;
export const AnswerMatchHealthCheckDocument = new TypedDocumentString(`
    mutation AnswerMatchHealthCheck($input: AnswerMatchHealthCheckInput!) {
  answerMatchHealthCheck(input: $input) {
    healthCheck {
      matchId
      milestone
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AnswerMatchHealthCheckMutation, AnswerMatchHealthCheckMutationVariables>;
export const MarkMyGroupActivityAttendanceDocument = new TypedDocumentString(`
    mutation MarkMyGroupActivityAttendance($input: MarkMyGroupActivityAttendanceInput!) {
  markMyGroupActivityAttendance(input: $input) {
    activity {
      id
      attended
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<MarkMyGroupActivityAttendanceMutation, MarkMyGroupActivityAttendanceMutationVariables>;
export const ApplicationDeadlinesDocument = new TypedDocumentString(`
    query ApplicationDeadlines {
  applicationDeadlines {
    deadline
    daysLeft
    client {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationDeadlinesQuery, ApplicationDeadlinesQueryVariables>;
export const ClosuresDueDocument = new TypedDocumentString(`
    query ClosuresDue {
  closuresDue {
    overdue
    closure {
      kind
      reason
      openedOn
      overdueFrom
    }
    match {
      id
      client {
        id
        name
      }
      mentor {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClosuresDueQuery, ClosuresDueQueryVariables>;
export const CoordinatorDeskDocument = new TypedDocumentString(`
    query CoordinatorDesk {
  upcomingReleases(withinDays: 30, unmatchedOnly: true) {
    daysToRelease
    needsMatchBy
    client {
      id
      name
      releaseDate
      canBeMatched
    }
  }
  engagement(cadence: OVERDUE) {
    clientName
    nextContactDue
    match {
      id
      mentor {
        id
        name
      }
    }
  }
  vettingQueue {
    waitingDays
    missing {
      kind
      module
    }
    mentor {
      id
      name
    }
  }
  mentorsExpiringSoon(days: 30) {
    what
    on
    mentor {
      id
      name
    }
  }
  checkInsDue {
    with
    status {
      state
    }
    match {
      id
    }
  }
  openHealthTasks {
    task {
      id
    }
  }
  supervisionAttention {
    supervision {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinatorDeskQuery, CoordinatorDeskQueryVariables>;
export const OpenRefusalsDocument = new TypedDocumentString(`
    query OpenRefusals {
  openRefusals {
    daysOpen
    client {
      id
      name
    }
    refusal {
      id
      institution
      help
      reason
      refusedOn
    }
  }
}
    `) as unknown as TypedDocumentString<OpenRefusalsQuery, OpenRefusalsQueryVariables>;
export const HandoverCaseViewDocument = new TypedDocumentString(`
    query HandoverCaseView($id: ID!) {
  handover(id: $id) {
    id
    status
    ngoName
    expiresAt
    includeNotes
    name
    path {
      name
      birthYear
      languages
      releaseDate
      released
      releaseType
      destinationMunicipality {
        name
      }
      applicationDeadline
      asOf
      goals {
        id
        title
        kind
        standard
        domain
        deadline
        status
        institution
        achievedOn
      }
      documents {
        kind
        obtainedOn
        months
      }
      warnings {
        code
        params {
          name
          value
          kind
          enumType
        }
      }
      refusals {
        id
        institution
        help
        reason
        refusedOn
        note
      }
      needs {
        domain
        level
        note
      }
    }
    decisions {
      id
      goalId
      help
      decision
      reason
      decidedOn
      note
    }
  }
}
    `) as unknown as TypedDocumentString<HandoverCaseViewQuery, HandoverCaseViewQueryVariables>;
export const RecordSocialServiceDecisionDocument = new TypedDocumentString(`
    mutation RecordSocialServiceDecision($input: RecordSocialServiceDecisionInput!) {
  recordSocialServiceDecision(input: $input) {
    handover {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordSocialServiceDecisionMutation, RecordSocialServiceDecisionMutationVariables>;
export const ClientHandoversDocument = new TypedDocumentString(`
    query ClientHandovers($clientId: ID!) {
  clientHandovers(clientId: $clientId) {
    id
    version
    status
    expiresAt
    includeNotes
    handedOverAt
    endedAt
    socialWorkerName
    municipalityName
    decisions {
      id
      help
      decision
      reason
      decidedOn
    }
  }
  handoverRecipients(clientId: $clientId) {
    userId
    name
    organisationName
  }
}
    `) as unknown as TypedDocumentString<ClientHandoversQuery, ClientHandoversQueryVariables>;
export const HandOverToSocialServiceDocument = new TypedDocumentString(`
    mutation HandOverToSocialService($input: HandOverToSocialServiceInput!) {
  handOverToSocialService(input: $input) {
    handover {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<HandOverToSocialServiceMutation, HandOverToSocialServiceMutationVariables>;
export const ExtendHandoverDocument = new TypedDocumentString(`
    mutation ExtendHandover($input: ExtendHandoverInput!) {
  extendHandover(input: $input) {
    handover {
      id
      expiresAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ExtendHandoverMutation, ExtendHandoverMutationVariables>;
export const RevokeHandoverDocument = new TypedDocumentString(`
    mutation RevokeHandover($input: RevokeHandoverInput!) {
  revokeHandover(input: $input) {
    handover {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RevokeHandoverMutation, RevokeHandoverMutationVariables>;
export const MyHandoversDocument = new TypedDocumentString(`
    query MyHandovers {
  myHandovers {
    id
    status
    ngoName
    name
    expiresAt
    handedOverAt
  }
}
    `) as unknown as TypedDocumentString<MyHandoversQuery, MyHandoversQueryVariables>;
export const InspectImportDocument = new TypedDocumentString(`
    mutation InspectImport($input: ImportFileInput!) {
  inspectImport(input: $input) {
    inspection {
      kind
      format
      rowCount
      maxRows
      maxFileBytes
      columns {
        index
        header
        sample
      }
      fields {
        field
        required
      }
      suggestedMapping {
        field
        column
        value
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<InspectImportMutation, InspectImportMutationVariables>;
export const ImportSpreadsheetDocument = new TypedDocumentString(`
    mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) {
    report {
      kind
      dryRun
      format
      total
      created
      alreadyPresent
      failed
      rows {
        row
        status
        key
        recordId
        errors {
          code
          message
          field
          importField
          column
          columnName
          params {
            name
            value
            kind
            enumType
          }
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ImportSpreadsheetMutation, ImportSpreadsheetMutationVariables>;
export const BatchMatchesDocument = new TypedDocumentString(`
    mutation BatchMatches($withinDays: Int) {
  proposeBatchMatches(withinDays: $withinDays) {
    clientId
    mentorId
    score
    daysToRelease
    client {
      name
      releaseDate
    }
    mentor {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BatchMatchesMutation, BatchMatchesMutationVariables>;
export const ConfirmProposalsDocument = new TypedDocumentString(`
    mutation ConfirmProposals($proposals: [ProposalInput!]!) {
  confirmProposals(proposals: $proposals) {
    clientId
    mentorId
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ConfirmProposalsMutation, ConfirmProposalsMutationVariables>;
export const ProposedMatchesDocument = new TypedDocumentString(`
    query ProposedMatches {
  matches(stage: PROPOSED) {
    id
    proposedAt
    mentorAccepted
    client {
      id
      name
    }
    mentor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposedMatchesQuery, ProposedMatchesQueryVariables>;
export const ClientMatchingDocument = new TypedDocumentString(`
    query ClientMatching($clientId: ID!) {
  client(id: $clientId) {
    id
    name
    canBeMatched
    releaseDate
    destinationMunicipality {
      name
    }
    needs {
      domain
      level
      note
    }
  }
  matchCandidates(clientId: $clientId, first: 10) {
    mentorId
    eligible
    score
    mentor {
      id
      name
      capacity
    }
    factors {
      name
      weight
      value
      contribution
      reason
      params {
        name
        value
        kind
        enumType
      }
    }
  }
  matches(clientId: $clientId) {
    id
    version
    stage
    mentorAccepted
    clientAgreedOn
    activeFrom
    endedOn
    endReason
    proposedAt
    score
    riskFlagsShared
    sharedNeedNotes
    pausedBecause
    mentor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ClientMatchingQuery, ClientMatchingQueryVariables>;
export const WhyNotMentorDocument = new TypedDocumentString(`
    query WhyNotMentor($clientId: ID!, $mentorId: ID!) {
  matchCandidate(clientId: $clientId, mentorId: $mentorId) {
    eligible
    score
    failedConstraints {
      name
      params {
        name
        value
        kind
        enumType
      }
    }
    factors {
      name
      weight
      value
      contribution
      reason
      params {
        name
        value
        kind
        enumType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhyNotMentorQuery, WhyNotMentorQueryVariables>;
export const MentorSearchDocument = new TypedDocumentString(`
    query MentorSearch($search: String) {
  mentors(filter: {search: $search}, first: 10) {
    nodes {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MentorSearchQuery, MentorSearchQueryVariables>;
export const ProposeMatchDocument = new TypedDocumentString(`
    mutation ProposeMatch($input: ProposeMatchInput!) {
  proposeMatch(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ProposeMatchMutation, ProposeMatchMutationVariables>;
export const RecordClientAgreementDocument = new TypedDocumentString(`
    mutation RecordClientAgreement($input: MatchCommandInput!) {
  recordClientAgreement(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordClientAgreementMutation, RecordClientAgreementMutationVariables>;
export const ActivateMatchDocument = new TypedDocumentString(`
    mutation ActivateMatch($input: MatchCommandInput!) {
  activateMatch(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ActivateMatchMutation, ActivateMatchMutationVariables>;
export const PauseMatchDocument = new TypedDocumentString(`
    mutation PauseMatch($input: MatchCommandInput!) {
  pauseMatch(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<PauseMatchMutation, PauseMatchMutationVariables>;
export const ResumeMatchDocument = new TypedDocumentString(`
    mutation ResumeMatch($input: MatchCommandInput!) {
  resumeMatch(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ResumeMatchMutation, ResumeMatchMutationVariables>;
export const ShareRiskFlagsWithMentorDocument = new TypedDocumentString(`
    mutation ShareRiskFlagsWithMentor($input: MatchCommandInput!) {
  shareRiskFlagsWithMentor(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ShareRiskFlagsWithMentorMutation, ShareRiskFlagsWithMentorMutationVariables>;
export const ShareNeedNoteWithMentorDocument = new TypedDocumentString(`
    mutation ShareNeedNoteWithMentor($input: MatchCommandInput!) {
  shareNeedNoteWithMentor(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ShareNeedNoteWithMentorMutation, ShareNeedNoteWithMentorMutationVariables>;
export const EndMatchDocument = new TypedDocumentString(`
    mutation EndMatch($input: MatchCommandInput!) {
  endMatch(input: $input) {
    match {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<EndMatchMutation, EndMatchMutationVariables>;
export const SubmitMentorApplicationDocument = new TypedDocumentString(`
    mutation SubmitMentorApplication($input: SubmitMentorApplicationInput!) {
  submitMentorApplication(input: $input) {
    received
    mentorId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SubmitMentorApplicationMutation, SubmitMentorApplicationMutationVariables>;
export const ConfirmMentorApplicationDocument = new TypedDocumentString(`
    mutation ConfirmMentorApplication($token: String!) {
  confirmMentorApplication(token: $token) {
    received
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ConfirmMentorApplicationMutation, ConfirmMentorApplicationMutationVariables>;
export const RecordScreeningInterviewDocument = new TypedDocumentString(`
    mutation RecordScreeningInterview($input: RecordScreeningInterviewInput!) {
  recordScreeningInterview(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordScreeningInterviewMutation, RecordScreeningInterviewMutationVariables>;
export const RecordReferenceDocument = new TypedDocumentString(`
    mutation RecordReference($input: RecordReferenceInput!) {
  recordReference(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordReferenceMutation, RecordReferenceMutationVariables>;
export const RecordBackgroundCheckDocument = new TypedDocumentString(`
    mutation RecordBackgroundCheck($input: RecordBackgroundCheckInput!) {
  recordBackgroundCheck(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordBackgroundCheckMutation, RecordBackgroundCheckMutationVariables>;
export const RecordTrainingCompletedDocument = new TypedDocumentString(`
    mutation RecordTrainingCompleted($input: RecordTrainingCompletedInput!) {
  recordTrainingCompleted(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordTrainingCompletedMutation, RecordTrainingCompletedMutationVariables>;
export const SignConfidentialityAgreementDocument = new TypedDocumentString(`
    mutation SignConfidentialityAgreement($input: SignConfidentialityAgreementInput!) {
  signConfidentialityAgreement(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SignConfidentialityAgreementMutation, SignConfidentialityAgreementMutationVariables>;
export const ApproveMentorDocument = new TypedDocumentString(`
    mutation ApproveMentor($input: ApproveMentorInput!) {
  approveMentor(input: $input) {
    approval {
      mentor {
        id
      }
      invitation {
        expiresAt
        user {
          email
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ApproveMentorMutation, ApproveMentorMutationVariables>;
export const RejectMentorDocument = new TypedDocumentString(`
    mutation RejectMentor($input: RejectMentorInput!) {
  rejectMentor(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RejectMentorMutation, RejectMentorMutationVariables>;
export const SuspendMentorDocument = new TypedDocumentString(`
    mutation SuspendMentor($input: SuspendMentorInput!) {
  suspendMentor(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SuspendMentorMutation, SuspendMentorMutationVariables>;
export const ReinstateMentorDocument = new TypedDocumentString(`
    mutation ReinstateMentor($input: ReinstateMentorInput!) {
  reinstateMentor(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ReinstateMentorMutation, ReinstateMentorMutationVariables>;
export const WithdrawMentorDocument = new TypedDocumentString(`
    mutation WithdrawMentor($input: WithdrawMentorInput!) {
  withdrawMentor(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<WithdrawMentorMutation, WithdrawMentorMutationVariables>;
export const RecordIndividualSupervisionDocument = new TypedDocumentString(`
    mutation RecordIndividualSupervision($input: RecordSupervisionInput!) {
  recordSupervision(input: $input) {
    session {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordIndividualSupervisionMutation, RecordIndividualSupervisionMutationVariables>;
export const ChangeMentorCapacityDocument = new TypedDocumentString(`
    mutation ChangeMentorCapacity($input: ChangeMentorCapacityInput!) {
  changeMentorCapacity(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ChangeMentorCapacityMutation, ChangeMentorCapacityMutationVariables>;
export const MentorProfileDocument = new TypedDocumentString(`
    query MentorProfile($id: ID!) {
  mentor(id: $id) {
    id
    version
    name
    email
    phone
    languages
    gender
    birthYear
    specialities
    capacity
    motivation
    channel
    appliedAt
    status
    matchable
    municipalities {
      name
    }
    livedExperience {
      incarceration
      remissionYears
    }
    availability {
      day
      part
    }
    vettingChecklist {
      kind
      module
      done
      detail
      params {
        name
        value
        kind
        enumType
      }
    }
    interview
    references {
      refereeName
      relationship
      outcome
      receivedOn
    }
    backgroundCheck
    backgroundCheckExpiresOn
    training {
      module
      completedOn
    }
    agreementSignedOn
    approvedAt
    rejectionReason
    lastSupervisionOn
    supervisionSessions
    supervisor {
      id
      name
    }
    supervision {
      state
      dueOn
      lastOn
    }
    supervisionMinutes
    learningMinutes
    refreshers {
      name
      expiresOn
      expired
    }
    timeline {
      at
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<MentorProfileQuery, MentorProfileQueryVariables>;
export const SessionPeopleDocument = new TypedDocumentString(`
    query SessionPeople {
  mentors(first: 100) {
    nodes {
      id
      name
      status
    }
  }
  trainingCatalogue {
    modules {
      code
      name
      hours
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SessionPeopleQuery, SessionPeopleQueryVariables>;
export const RecordSupervisionDocument = new TypedDocumentString(`
    mutation RecordSupervision($input: RecordSupervisionInput!) {
  recordSupervision(input: $input) {
    session {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordSupervisionMutation, RecordSupervisionMutationVariables>;
export const RecordTrainingSessionDocument = new TypedDocumentString(`
    mutation RecordTrainingSession($input: RecordTrainingSessionInput!) {
  recordTrainingSession(input: $input) {
    session {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordTrainingSessionMutation, RecordTrainingSessionMutationVariables>;
export const SupervisorsDocument = new TypedDocumentString(`
    query Supervisors {
  supervisors {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SupervisorsQuery, SupervisorsQueryVariables>;
export const AssignSupervisorDocument = new TypedDocumentString(`
    mutation AssignSupervisor($input: AssignSupervisorInput!) {
  assignSupervisor(input: $input) {
    mentor {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AssignSupervisorMutation, AssignSupervisorMutationVariables>;
export const SupervisionTrainingDocument = new TypedDocumentString(`
    query SupervisionTraining {
  supervisionAttention {
    id
    name
    supervisor {
      name
    }
    supervision {
      state
      dueOn
    }
    learningMinutes
    refreshers {
      name
      expiresOn
      expired
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionTrainingQuery, SupervisionTrainingQueryVariables>;
export const TrainingCatalogueDocument = new TypedDocumentString(`
    query TrainingCatalogue {
  trainingCatalogue {
    version
    modules {
      code
      name
      hours
      kind
      validityMonths
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCatalogueQuery, TrainingCatalogueQueryVariables>;
export const UpdateTrainingCatalogueDocument = new TypedDocumentString(`
    mutation UpdateTrainingCatalogue($input: UpdateTrainingCatalogueInput!) {
  updateTrainingCatalogue(input: $input) {
    catalogue {
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<UpdateTrainingCatalogueMutation, UpdateTrainingCatalogueMutationVariables>;
export const VettingBoardDocument = new TypedDocumentString(`
    query VettingBoard {
  vettingQueue {
    waitingDays
    missing {
      kind
      module
    }
    mentor {
      id
      name
      status
      appliedAt
    }
  }
  mentorsExpiringSoon(days: 30) {
    what
    on
    mentor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<VettingBoardQuery, VettingBoardQueryVariables>;
export const MentorsDocument = new TypedDocumentString(`
    query Mentors($filter: MentorFilter, $first: Int, $after: String) {
  mentors(filter: $filter, first: $first, after: $after) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      name
      status
      matchable
      capacity
      languages
      municipalities {
        name
      }
      specialities
      supervision {
        state
        dueOn
      }
      supervisor {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentorsQuery, MentorsQueryVariables>;
export const VolunteerStatementDocument = new TypedDocumentString(`
    query VolunteerStatement($mentorId: ID!, $from: DateOnly!, $to: DateOnly!) {
  volunteerStatement(mentorId: $mentorId, from: $from, to: $to) {
    ...VolunteerStatementFields
  }
}
    fragment VolunteerStatementFields on VolunteerStatementPayload {
  statement {
    mentorId
    from
    to
    meetings
    meetingMinutes
    meetingHours
    pdfPath
    groupActivities
    groupActivityMinutes
    supervisionMinutes
    trainingMinutes
    months {
      month
      meetings
      meetingMinutes
      supervisionSessions
      supervisionMinutes
      trainingModules
      trainingMinutes
      groupActivities
      groupActivityMinutes
    }
    supervision {
      on
      what
    }
    training {
      on
      what
    }
  }
  errors {
    code
    message
    field
    params {
      name
      value
      kind
      enumType
    }
  }
}`) as unknown as TypedDocumentString<VolunteerStatementQuery, VolunteerStatementQueryVariables>;
export const MyVolunteerStatementDocument = new TypedDocumentString(`
    query MyVolunteerStatement($from: DateOnly!, $to: DateOnly!) {
  myVolunteerStatement(from: $from, to: $to) {
    ...VolunteerStatementFields
  }
}
    fragment VolunteerStatementFields on VolunteerStatementPayload {
  statement {
    mentorId
    from
    to
    meetings
    meetingMinutes
    meetingHours
    pdfPath
    groupActivities
    groupActivityMinutes
    supervisionMinutes
    trainingMinutes
    months {
      month
      meetings
      meetingMinutes
      supervisionSessions
      supervisionMinutes
      trainingModules
      trainingMinutes
      groupActivities
      groupActivityMinutes
    }
    supervision {
      on
      what
    }
    training {
      on
      what
    }
  }
  errors {
    code
    message
    field
    params {
      name
      value
      kind
      enumType
    }
  }
}`) as unknown as TypedDocumentString<MyVolunteerStatementQuery, MyVolunteerStatementQueryVariables>;
export const CheckInPolicyDocument = new TypedDocumentString(`
    query CheckInPolicy {
  checkInPolicy {
    version
    firstMonthCheckIns
    laterIntervalMonths
    dueSoonDays
    remindOverdueAfterDays
    escalateAfterDaysOverdue
    healthCheckWindowDays
    lowRating
    fallingDrop
  }
}
    `) as unknown as TypedDocumentString<CheckInPolicyQuery, CheckInPolicyQueryVariables>;
export const UpdateCheckInPolicyDocument = new TypedDocumentString(`
    mutation UpdateCheckInPolicy($input: UpdateCheckInPolicyInput!) {
  updateCheckInPolicy(input: $input) {
    policy {
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<UpdateCheckInPolicyMutation, UpdateCheckInPolicyMutationVariables>;
export const MatchClosureDocument = new TypedDocumentString(`
    query MatchClosure($matchId: ID!) {
  matchMonitoring(matchId: $matchId) {
    matchId
    closure {
      kind
      reason
      endedOn
      openedOn
      open
      overdueFrom
      completedOn
      conversations {
        with
        on
        mode
        helped
        helpedNote
        wouldRecommend
      }
      unreached {
        with
        reason
      }
      rematch
      noRematchReason
    }
  }
}
    `) as unknown as TypedDocumentString<MatchClosureQuery, MatchClosureQueryVariables>;
export const RecordClosingConversationDocument = new TypedDocumentString(`
    mutation RecordClosingConversation($input: ClosureStepInput!) {
  recordClosingConversation(input: $input) {
    monitoring {
      matchId
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordClosingConversationMutation, RecordClosingConversationMutationVariables>;
export const RecordClosingSideUnreachedDocument = new TypedDocumentString(`
    mutation RecordClosingSideUnreached($input: ClosureStepInput!) {
  recordClosingSideUnreached(input: $input) {
    monitoring {
      matchId
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordClosingSideUnreachedMutation, RecordClosingSideUnreachedMutationVariables>;
export const DecideRematchDocument = new TypedDocumentString(`
    mutation DecideRematch($input: ClosureStepInput!) {
  decideRematch(input: $input) {
    monitoring {
      matchId
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DecideRematchMutation, DecideRematchMutationVariables>;
export const CompleteMatchClosureDocument = new TypedDocumentString(`
    mutation CompleteMatchClosure($input: ClosureStepInput!) {
  completeMatchClosure(input: $input) {
    monitoring {
      matchId
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CompleteMatchClosureMutation, CompleteMatchClosureMutationVariables>;
export const LogStaffCheckInDocument = new TypedDocumentString(`
    mutation LogStaffCheckIn($input: LogStaffCheckInInput!) {
  logStaffCheckIn(input: $input) {
    monitoring {
      matchId
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<LogStaffCheckInMutation, LogStaffCheckInMutationVariables>;
export const MonitoringDocument = new TypedDocumentString(`
    query Monitoring {
  checkInsDue {
    with
    status {
      nextDue
      state
      daysOverdue
      lastCheckInOn
    }
    match {
      id
      client {
        id
        name
      }
      mentor {
        id
        name
      }
    }
  }
  openHealthTasks {
    task {
      id
      source
      milestone
      rule
      from
      to
      raisedOn
    }
    match {
      id
      client {
        id
        name
      }
      mentor {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringQuery, MonitoringQueryVariables>;
export const MatchMonitoringDetailDocument = new TypedDocumentString(`
    query MatchMonitoringDetail($matchId: ID!) {
  matchMonitoring(matchId: $matchId) {
    matchId
    healthCheckOpen
    mentorCheckIns {
      nextDue
      state
      lastCheckInOn
    }
    clientCheckIns {
      nextDue
      state
      lastCheckInOn
    }
    checkIns {
      id
      with
      mode
      healthRating
      concerns
      agreedActions
      on
    }
    health {
      source
      milestone
      goingWell
      supported
      rating
      on
    }
    tasks {
      id
      source
      milestone
      rule
      from
      to
      raisedOn
      open
    }
  }
}
    `) as unknown as TypedDocumentString<MatchMonitoringDetailQuery, MatchMonitoringDetailQueryVariables>;
export const RecordClientHealthCheckDocument = new TypedDocumentString(`
    mutation RecordClientHealthCheck($input: RecordClientHealthCheckInput!) {
  recordClientHealthCheck(input: $input) {
    monitoring {
      matchId
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RecordClientHealthCheckMutation, RecordClientHealthCheckMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($kind: NotificationKind, $status: NotificationStatus, $first: Int, $after: String) {
  notifications(kind: $kind, status: $status, first: $first, after: $after) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      version
      kind
      to
      subject
      language
      status
      queuedAt
      notBefore
      sentAt
      failedAttempts
      lastFailure
      deadLetteredAt
      cancelledAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const RetryNotificationDocument = new TypedDocumentString(`
    mutation RetryNotification($id: ID!, $expectedVersion: Long!) {
  retryNotification(id: $id, expectedVersion: $expectedVersion) {
    notification {
      id
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RetryNotificationMutation, RetryNotificationMutationVariables>;
export const CancelNotificationDocument = new TypedDocumentString(`
    mutation CancelNotification($id: ID!, $expectedVersion: Long!) {
  cancelNotification(id: $id, expectedVersion: $expectedVersion) {
    notification {
      id
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CancelNotificationMutation, CancelNotificationMutationVariables>;
export const MyNotificationPreferencesDocument = new TypedDocumentString(`
    query MyNotificationPreferences {
  myNotificationPreferences {
    kind
    channel
    canSwitchOff
  }
}
    `) as unknown as TypedDocumentString<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetMyNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetMyNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {
  setMyNotificationPreference(kind: $kind, channel: $channel) {
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SetMyNotificationPreferenceMutation, SetMyNotificationPreferenceMutationVariables>;
export const OutcomeSummaryDocument = new TypedDocumentString(`
    query OutcomeSummary($contractId: ID!, $period: String!) {
  outcomeSummary(contractId: $contractId, period: $period) {
    summary {
      period
      previousPeriod
      csvUrl
      figures {
        key
        label
        value
        previous
      }
      issues {
        at
        reason
        recipients
        contentHash
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<OutcomeSummaryQuery, OutcomeSummaryQueryVariables>;
export const ResendOutcomeSummaryDocument = new TypedDocumentString(`
    mutation ResendOutcomeSummary($input: ResendOutcomeSummaryInput!) {
  resendOutcomeSummary(input: $input) {
    summary {
      period
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ResendOutcomeSummaryMutation, ResendOutcomeSummaryMutationVariables>;
export const ErasuresDocument = new TypedDocumentString(`
    query Erasures($first: Int, $after: String) {
  erasures(first: $first, after: $after) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      kind
      personId
      status
      source
      requestedAt
      completedAt
      stepCount
      failedStep
      steps {
        step
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErasuresQuery, ErasuresQueryVariables>;
export const ExportPersonDataDocument = new TypedDocumentString(`
    mutation ExportPersonData($personId: ID!, $purpose: String) {
  exportPersonData(personId: $personId, purpose: $purpose) {
    export {
      kind
      events
      json
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ExportPersonDataMutation, ExportPersonDataMutationVariables>;
export const ErasePersonDataDocument = new TypedDocumentString(`
    mutation ErasePersonData($personId: ID!, $reason: String!) {
  erasePersonData(personId: $personId, reason: $reason) {
    erasure {
      status
      eventsMasked
      stepCount
      steps {
        step
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ErasePersonDataMutation, ErasePersonDataMutationVariables>;
export const PersonErasureDocument = new TypedDocumentString(`
    query PersonErasure($personId: ID!) {
  erasures(personId: $personId, first: 1) {
    nodes {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PersonErasureQuery, PersonErasureQueryVariables>;
export const MyReferralsDocument = new TypedDocumentString(`
    query MyReferrals {
  myReferrals {
    id
    version
    ngoName
    status
    declineReason
    declineNote
    question
    sentAt
    lastChangedAt
    details {
      name
      gender
      birthYear
      languages
      contact
      prisonCode
      expectedReleaseDate
      releaseType
      destinationMunicipality
      needs {
        domain
        level
      }
      consentScopes
      consentGivenOn
      consentDocumentReference
      note
    }
  }
}
    `) as unknown as TypedDocumentString<MyReferralsQuery, MyReferralsQueryVariables>;
export const ReferralDestinationsDocument = new TypedDocumentString(`
    query ReferralDestinations($municipality: String!) {
  referralDestinations(municipality: $municipality) {
    organisationId
    name
  }
}
    `) as unknown as TypedDocumentString<ReferralDestinationsQuery, ReferralDestinationsQueryVariables>;
export const ReferToNgoDocument = new TypedDocumentString(`
    mutation ReferToNgo($input: ReferToNgoInput!) {
  referToNgo(input: $input) {
    referral {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ReferToNgoMutation, ReferToNgoMutationVariables>;
export const AmendReferralDocument = new TypedDocumentString(`
    mutation AmendReferral($input: AmendReferralInput!) {
  amendReferral(input: $input) {
    referral {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AmendReferralMutation, AmendReferralMutationVariables>;
export const IncomingReferralsDocument = new TypedDocumentString(`
    query IncomingReferrals {
  referralInbox {
    id
    version
    status
    fromOrganisation
    referrerName
    question
    declineReason
    clientId
    sentAt
    details {
      name
      birthYear
      languages
      prisonName
      expectedReleaseDate
      releaseType
      destinationMunicipality
      needs {
        domain
        level
        note
      }
      consentDocumentReference
      note
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingReferralsQuery, IncomingReferralsQueryVariables>;
export const AcceptReferralDocument = new TypedDocumentString(`
    mutation AcceptReferral($input: AcceptReferralInput!) {
  acceptReferral(input: $input) {
    referral {
      id
      status
      clientId
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = new TypedDocumentString(`
    mutation DeclineReferral($input: DeclineReferralInput!) {
  declineReferral(input: $input) {
    referral {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const RequestReferralInformationDocument = new TypedDocumentString(`
    mutation RequestReferralInformation($input: RequestReferralInformationInput!) {
  requestReferralInformation(input: $input) {
    referral {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RequestReferralInformationMutation, RequestReferralInformationMutationVariables>;
export const PersonServicesDocument = new TypedDocumentString(`
    query PersonServices($clientId: ID, $matchId: ID, $domain: NeedDomain) {
  personServices(clientId: $clientId, matchId: $matchId, domain: $domain) {
    clientId
    municipality {
      code
      name
    }
    domains
    services {
      id
      origin
      kind
      name
      municipality {
        code
        name
      }
      national
      address
      openingHours
      phone
      languages
      domains
      note
      hidden
    }
    goals {
      id
      kind
      standard
      domain
      title
      followUp
      institution
      status
      services {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonServicesQuery, PersonServicesQueryVariables>;
export const AttachServiceToGoalDocument = new TypedDocumentString(`
    mutation AttachServiceToGoal($input: GoalServiceInput!) {
  attachServiceToGoal(input: $input) {
    change {
      clientVersion
      goal {
        id
        services {
          id
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AttachServiceToGoalMutation, AttachServiceToGoalMutationVariables>;
export const DetachServiceFromGoalDocument = new TypedDocumentString(`
    mutation DetachServiceFromGoal($input: GoalServiceInput!) {
  detachServiceFromGoal(input: $input) {
    change {
      clientVersion
      goal {
        id
        services {
          id
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DetachServiceFromGoalMutation, DetachServiceFromGoalMutationVariables>;
export const ServiceDirectoryDocument = new TypedDocumentString(`
    query ServiceDirectory($municipality: String, $domain: NeedDomain, $first: Int, $after: String) {
  services(
    municipality: $municipality
    domain: $domain
    includeHidden: true
    first: $first
    after: $after
  ) {
    totalCount
    endCursor
    hasNextPage
    nodes {
      id
      origin
      kind
      name
      municipality {
        code
        name
      }
      national
      address
      openingHours
      phone
      languages
      domains
      note
      hidden
      hiddenReason
      source
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceDirectoryQuery, ServiceDirectoryQueryVariables>;
export const AddServiceDocument = new TypedDocumentString(`
    mutation AddService($input: AddServiceInput!) {
  addService(input: $input) {
    service {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AddServiceMutation, AddServiceMutationVariables>;
export const EditServiceDocument = new TypedDocumentString(`
    mutation EditService($input: EditServiceInput!) {
  editService(input: $input) {
    service {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<EditServiceMutation, EditServiceMutationVariables>;
export const SetServiceHiddenDocument = new TypedDocumentString(`
    mutation SetServiceHidden($input: SetServiceHiddenInput!) {
  setServiceHidden(input: $input) {
    service {
      id
      version
      hidden
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SetServiceHiddenMutation, SetServiceHiddenMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    roles
    language
    mentorStanding
    secondFactorEnabled
    secondFactorRequired
    organisation {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    user {
      id
      email
      displayName
      roles
      language
      secondFactorEnabled
      secondFactorRequired
      organisation {
        id
        name
        kind
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SetMyLanguageDocument = new TypedDocumentString(`
    mutation SetMyLanguage($language: Language!) {
  setMyLanguage(language: $language) {
    user {
      id
      language
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    user {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MySecondFactorDocument = new TypedDocumentString(`
    query MySecondFactor {
  me {
    id
    secondFactorEnabled
    secondFactorRequired
  }
}
    `) as unknown as TypedDocumentString<MySecondFactorQuery, MySecondFactorQueryVariables>;
export const DisableSecondFactorDocument = new TypedDocumentString(`
    mutation DisableSecondFactor($code: String!) {
  disableSecondFactor(code: $code) {
    user {
      id
      secondFactorEnabled
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DisableSecondFactorMutation, DisableSecondFactorMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    createdAt
    lastSeenAt
    expiresAt
    client
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($sessionId: ID!) {
  endSession(sessionId: $sessionId) {
    ended
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere {
    ended
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    createdAt
    expiresAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    apiToken {
      secret
      token {
        id
        name
        expiresAt
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    apiToken {
      id
      revokedAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const OutgoingTransfersDocument = new TypedDocumentString(`
    query OutgoingTransfers($clientId: ID!) {
  outgoingTransfers(clientId: $clientId) {
    id
    version
    status
    ngoName
    newMunicipality
    reason
    declineReason
    declineNote
    offeredAt
    lastChangedAt
  }
}
    `) as unknown as TypedDocumentString<OutgoingTransfersQuery, OutgoingTransfersQueryVariables>;
export const TransferDestinationsDocument = new TypedDocumentString(`
    query TransferDestinations($municipality: String!) {
  transferDestinations(municipality: $municipality) {
    organisationId
    name
  }
}
    `) as unknown as TypedDocumentString<TransferDestinationsQuery, TransferDestinationsQueryVariables>;
export const TransferPreviewDocument = new TypedDocumentString(`
    query TransferPreview($clientId: ID!) {
  transferPreview(clientId: $clientId) {
    goals {
      status
    }
    documents {
      kind
    }
    eligibilityWarnings {
      code
    }
    needs {
      domain
    }
    consentScopes
    history {
      meetingsHeld
      goalsAchieved
      refusals {
        help
      }
      matchPeriods {
        from
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TransferPreviewQuery, TransferPreviewQueryVariables>;
export const TransferCaseDocument = new TypedDocumentString(`
    mutation TransferCase($input: TransferCaseInput!) {
  transferCase(input: $input) {
    transfer {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<TransferCaseMutation, TransferCaseMutationVariables>;
export const WithdrawTransferDocument = new TypedDocumentString(`
    mutation WithdrawTransfer($input: WithdrawTransferInput!) {
  withdrawTransfer(input: $input) {
    transfer {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<WithdrawTransferMutation, WithdrawTransferMutationVariables>;
export const IncomingTransfersDocument = new TypedDocumentString(`
    query IncomingTransfers {
  transferInbox {
    id
    version
    status
    fromOrganisation
    offeredByName
    newMunicipality
    reason
    name
    birthYear
    languages
    prisonName
    releaseDate
    released
    needs {
      domain
      level
    }
    consentScopes
    declineReason
    newClientId
    offeredAt
  }
}
    `) as unknown as TypedDocumentString<IncomingTransfersQuery, IncomingTransfersQueryVariables>;
export const AcceptTransferDocument = new TypedDocumentString(`
    mutation AcceptTransfer($input: AcceptTransferInput!) {
  acceptTransfer(input: $input) {
    transfer {
      id
      status
      newClientId
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<AcceptTransferMutation, AcceptTransferMutationVariables>;
export const DeclineTransferDocument = new TypedDocumentString(`
    mutation DeclineTransfer($input: DeclineTransferInput!) {
  declineTransfer(input: $input) {
    transfer {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  params {
    name
    value
    kind
    enumType
  }
}`) as unknown as TypedDocumentString<DeclineTransferMutation, DeclineTransferMutationVariables>;
export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities {
  municipalities {
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const PrisonsDocument = new TypedDocumentString(`
    query Prisons {
  prisons {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<PrisonsQuery, PrisonsQueryVariables>;