using Mentoring.Api.Meetings;
using Mentoring.Api.Activities;
using GraphQL.Types;
using Mentoring.Api.Audit;
using Mentoring.Api.Auth;
using Mentoring.Api.Clients;
using Mentoring.Api.Contacts;
using Mentoring.Api.Contracts;
using Mentoring.Api.Handovers;
using Mentoring.Api.Import;
using Mentoring.Api.Matching;
using Mentoring.Api.Mentors;
using Mentoring.Api.Monitoring;
using Mentoring.Api.Organisations;
using Mentoring.Api.Outcomes;
using Mentoring.Api.Privacy;
using Mentoring.Api.Referrals;
using Mentoring.Api.Transfers;
using Mentoring.Api.Reminders;
using Mentoring.Api.Services;
using Mentoring.Api.Users;

namespace Mentoring.Api.GraphQL;

/// <summary>The product's API, read as a table of contents: each feature adds its own fields.</summary>
public sealed class MentoringSchema : Schema
{
    public MentoringSchema(IServiceProvider services) : base(services)
    {
        Query = new MentoringQuery();
        Mutation = new MentoringMutation();
    }
}

public sealed class MentoringQuery : ObjectGraphType
{
    public MentoringQuery()
    {
        Name = "Query";
        this.AddSignInQueries();        // me, apiTokens
        this.AddSessionQueries();       // mySessions
        this.AddSecondFactorQueries();  // securityPolicy
        this.AddOrganisationQueries();  // organisations, organisation, municipalities
        this.AddUserQueries();          // users
        this.AddContractQueries();      // contracts, contract
        this.AddMentorQueries();        // mentors, mentor, vettingQueue, mentorsExpiringSoon, vettingPolicy
        this.AddClientQueries();        // upcomingReleases, openRefusals, applicationDeadlines, clients, client, prisons
        this.AddMatchingQueries();      // matchCandidates, matchCandidate, matches, match, matchingWeights
        this.AddContactQueries();       // myMatches, contactTimeline, engagement, volunteerHours, openConcerns
        this.AddVolunteerStatementQueries(); // volunteerStatement, myVolunteerStatement (and the PDF: Mentors/VolunteerStatementEndpoint)
        this.AddContactAttemptQueries(); // contactAttempts
        this.AddAuditQueries();         // auditTrail
        this.AddReminderRulesQuery();   // reminderRules
        this.AddNotificationQueries();  // notifications, myNotificationPreferences
        this.AddOutcomeQueries();       // outcomeSummary
        this.AddServiceQueries();       // services, personServices
        this.AddReferralQueries();      // myReferrals, referralDestinations, referralInbox, incomingReferral
        this.AddHandoverQueries();      // myHandovers, handover, clientHandovers, handoverRecipients
        this.AddTransferQueries();      // transferInbox, incomingTransfer, outgoingTransfers, transferDestinations, transferPreview
        this.AddPersonDataQueries();    // erasures
        this.AddMonitoringQueries();    // checkInsDue, openHealthTasks, matchMonitoring
        this.AddClosureQueries();       // closuresDue
        this.AddCheckInPolicyQuery();   // checkInPolicy
        this.AddActivityQueries();      // groupActivities, groupActivity, myGroupActivities
    }
}

public sealed class MentoringMutation : ObjectGraphType
{
    public MentoringMutation()
    {
        Name = "Mutation";
        this.AddSignInMutations();        // login, logout, signOutEverywhere, endSession, createApiToken, revokeApiToken
        this.AddSecondFactorMutations();  // begin/confirmSecondFactorEnrolment, disableSecondFactor, updateSecurityPolicy
        this.AddAccountMutations();       // changePassword, requestPasswordReset, resetPassword, deactivate/reactivate, resend/revoke invitations
        this.AddOrganisationMutations();  // createOrganisation
        this.AddUserMutations();          // inviteUser, acceptInvitation
        this.AddUserSettingsMutations();  // setMyLanguage, changeUserRoles
        this.AddContractMutations();      // createContract, amendContract, terminateContract
        this.AddMentorMutations();        // submitMentorApplication, the vetting steps, approve/reject/suspend/…, updateVettingPolicy
        this.AddClientMutations();        // referClient, consent, needs, risk, preferences, meetings, goals, release, closure
        this.AddMatchMutations();         // proposeMatch, the match lifecycle, proposeBatchMatches, confirmProposals, updateMatchingWeights
        this.AddContactMutations();       // logContact, correctContact, retractContact, commentOnContact, acknowledgeConcern
        this.AddContactAttemptMutations(); // recordContactAttempt
        this.AddPersonDataMutations();    // exportPersonData, erasePersonData
        this.AddUpdateReminderRules();    // updateReminderRules
        this.AddNotificationMutations();  // setMyNotificationPreference
        this.AddNotificationActions();    // retryNotification, cancelNotification
        this.AddOutcomeMutations();       // resendOutcomeSummary
        this.AddServiceMutations();       // addService, editService, setServiceHidden, attachServiceToGoal, detachServiceFromGoal
        this.AddMeetingMutations();       // schedule/move/cancelInterInstitutionalMeeting, recordMeetingDecisions
        this.AddReferralMutations();      // referToNgo, amendReferral, acceptReferral, declineReferral, requestReferralInformation
        this.AddHandoverMutations();      // handOverToSocialService, extendHandover, revokeHandover, recordSocialServiceDecision
        this.AddTransferMutations();      // transferCase, acceptTransfer, declineTransfer, withdrawTransfer
        this.AddImportMutations();        // inspectImport, importSpreadsheet
        this.AddMonitoringMutations();    // logStaffCheckIn, recordClientHealthCheck, answerMatchHealthCheck
        this.AddClosureMutations();       // recordClosingConversation, recordClosingSideUnreached, decideRematch, completeMatchClosure
        this.AddUpdateCheckInPolicy();    // updateCheckInPolicy
        this.AddActivityMutations();      // plan/move/cancelGroupActivity, inviteToGroupActivity, recordGroupActivityAttendance, answerGroupActivityInvitation, markMyGroupActivityAttendance
    }
}
