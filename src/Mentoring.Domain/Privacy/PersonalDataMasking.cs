using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Privacy;

/// <summary>
/// What erasure masks in each event that can carry a person's personal data: names, ways to reach them and free
/// text (notes, reasons, decisions), which may say anything about them. Dates, codes, outcomes and ids stay, so
/// counts, deadlines and the outcome figures municipalities receive are kept. Applied only to the streams of the
/// person being erased (see <c>PersonData.Erase</c>).
/// </summary>
public static class PersonalDataMasking
{
    public const string Erased = "[erased]";

    public static void Configure(StoreOptions opts)
    {
        var events = opts.Events;
        // The client's case.
        events.AddMaskingRuleForProtectedInformation<ClientReferred>(e => e with
        {
            Person = e.Person with { Name = Erased, Contact = null }, ReferrerName = Erased, ReferrerContact = null,
        });
        events.AddMaskingRuleForProtectedInformation<ConsentRecorded>(e => e with { DocumentReference = Erased });
        events.AddMaskingRuleForProtectedInformation<ConsentWithdrawn>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<NeedsAssessed>(e => e with { Needs = e.Needs.Select(n => n with { Note = null }).ToList(), Source = Erased });
        events.AddMaskingRuleForProtectedInformation<RiskFlagsRecorded>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<InterInstitutionalMeetingRecorded>(e => e with { Decisions = Erased });
        events.AddMaskingRuleForProtectedInformation<ReleaseDateChanged>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<CaseClosed>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<CaseReopened>(e => e with { Note = Erased });
        events.AddMaskingRuleForProtectedInformation<GoalAdded>(e => e.Standard is null ? e with { Title = Erased } : e);
        events.AddMaskingRuleForProtectedInformation<GoalDropped>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<GoalDeadlineChanged>(e => e with { Reason = null });
        events.AddMaskingRuleForProtectedInformation<DocumentUnrecorded>(e => e with { Reason = null });
        events.AddMaskingRuleForProtectedInformation<RefusalRecorded>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<RefusalClosed>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<Handovers.HandedOver>(e => e with { Path = Handovers.HandoverPaths.Erased(e.Path) });
        events.AddMaskingRuleForProtectedInformation<Handovers.HandoverPathRefreshed>(e => e with { Path = Handovers.HandoverPaths.Erased(e.Path) });
        events.AddMaskingRuleForProtectedInformation<Handovers.SocialServiceDecisionRecorded>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<AccompanimentRetracted>(e => e with { Reason = Erased });
        // A transfer's package names the person; the history summary is counts, codes and dates.
        events.AddMaskingRuleForProtectedInformation<Transfers.TransferOffered>(e => e with
        {
            Reason = Erased,
            Package = e.Package with
            {
                Person = e.Package.Person with { Name = Erased, Contact = null }, ConsentDocumentReference = Erased,
                Goals = [.. e.Package.Goals.Select(g => g.Kind == GoalKind.Own || g.Kind == GoalKind.FollowUp ? g with { Title = Erased } : g)],
            },
        });
        events.AddMaskingRuleForProtectedInformation<Transfers.TransferDeclined>(e => e with { Note = null });
        // A referral's details name the person; the status, codes and dates stay.
        events.AddMaskingRuleForProtectedInformation<Referrals.ReferralSent>(e => e with { Details = Referrals.ReferralMasking.Masked(e.Details) });
        events.AddMaskingRuleForProtectedInformation<Referrals.ReferralAmended>(e => e with { Details = Referrals.ReferralMasking.Masked(e.Details) });
        events.AddMaskingRuleForProtectedInformation<Referrals.ReferralInformationRequested>(e => e with { Question = Erased });
        events.AddMaskingRuleForProtectedInformation<Referrals.ReferralDeclined>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<Transfers.TransferWithdrawn>(e => e with { Note = null });
        // The match and its meetings.
        events.AddMaskingRuleForProtectedInformation<MentorDeclinedMatch>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<MatchPaused>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<MatchEnded>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<ContactLogged>(e => e with { Details = Mask(e.Details) });
        events.AddMaskingRuleForProtectedInformation<ContactCorrected>(e => e with { Details = Mask(e.Details), Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<ContactRetracted>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<ContactCommented>(e => e with { Text = Erased });
        events.AddMaskingRuleForProtectedInformation<ConcernAcknowledged>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<ContactAttempted>(e => e with { Note = null });
        // Staff check-ins on the match's monitoring stream.
        events.AddMaskingRuleForProtectedInformation<Monitoring.StaffCheckInLogged>(e => e with { Concerns = null, AgreedActions = null });
        // The closing conversation's feedback in the side's own words (the codes and the recommendation stay: they are counted).
        events.AddMaskingRuleForProtectedInformation<Monitoring.ClosingConversationRecorded>(e => e with { HelpedNote = null });
        // The mentor.
        events.AddMaskingRuleForProtectedInformation<MentorApplicationSubmitted>(e => e with { Profile = Mask(e.Profile) });
        events.AddMaskingRuleForProtectedInformation<MentorProfileChanged>(e => e with { Profile = Mask(e.Profile) });
        events.AddMaskingRuleForProtectedInformation<MentorApplicationAwaitingConfirmation>(e => e with { Profile = Mask(e.Profile) });
        events.AddMaskingRuleForProtectedInformation<ScreeningInterviewRecorded>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<ReferenceRecorded>(e => e with { RefereeName = Erased, Relationship = Erased });
        events.AddMaskingRuleForProtectedInformation<ConfidentialityAgreementSigned>(e => e with { DocumentReference = Erased });
        events.AddMaskingRuleForProtectedInformation<MentorRejected>(e => e with { Note = null });
        events.AddMaskingRuleForProtectedInformation<MentorSuspended>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<MentorReinstated>(e => e with { Note = Erased });
        events.AddMaskingRuleForProtectedInformation<MentorWithdrew>(e => e with { Reason = null });
        events.AddMaskingRuleForProtectedInformation<SupervisionSessionRecorded>(e => e with { Note = null });
        // Mail sent to the person: the kind, language and dates stay (the notifications list still counts it).
        events.AddMaskingRuleForProtectedInformation<Messages.MessageQueued>(e => e with
        {
            To = $"erased-{e.MessageId:N}@invalid", Subject = Erased, TextBody = Erased, HtmlBody = null, Attachments = [],
        });
    }

    private static ContactDetails Mask(ContactDetails d) => d with { Place = null, PrivateNote = null };

    // Whatever the person told us about themselves goes; what matching and reporting count (languages, areas,
    // specialities, capacity) stays.
    private static MentorProfile Mask(MentorProfile p) => p with
    {
        Name = Erased, Email = $"erased-{Guid.NewGuid():N}@invalid", Phone = null, Motivation = Erased,
    };
}
