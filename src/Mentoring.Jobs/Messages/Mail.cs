using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Messages;

/// <summary>The messages owed by the earlier features (vetting, matching, contact logs), rendered in the recipient's language.</summary>
public static class Mail
{
    public static OutgoingMessage ApplicationReceived(Guid mentorId, string name, string email, Language language, string organisationName) => new(
        $"application-received:{mentorId}", NotificationKind.Account, email, language,
        Texts.Get(language, "application.subject", organisationName),
        Body(language, name, Texts.Get(language, "application.body", organisationName))) { Mentions = [mentorId] };

    /// <summary>
    /// The public form's double opt-in: the NGO's name, fixed text and the link, never what the form said, so that the form
    /// cannot send anyone's text to anyone's address. One per application (the key is the application's id).
    /// </summary>
    public static OutgoingMessage ApplicationConfirmationRequest(Guid applicationId, string email, Language language, string organisationName, string link,
        int validHours) => new(
        $"application-confirmation:{applicationId}", NotificationKind.Account, email, language,
        Texts.Get(language, "application.confirm.subject", organisationName),
        PlainBody(language, Texts.Get(language, "application.confirm.body", organisationName, validHours, link)))
    {
        // The mentor the application becomes once confirmed: erasing them reaches the request sent to their address.
        Mentions = [Domain.Mentors.PendingApplication.MentorIdOf(applicationId)],
    };

    /// <summary>
    /// The public form was used again with a mentor's address: its owner hears it, in their own language, and the form's
    /// answer does not change. At most one a day per mentor (the key has the Riga date).
    /// </summary>
    public static OutgoingMessage AlreadyApplied(Guid mentorId, string email, Language language, string organisationName, DateOnly day) => new(
        $"application-duplicate:{mentorId}:{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}", NotificationKind.Account, email, language,
        Texts.Get(language, "application.duplicate.subject", organisationName),
        PlainBody(language, Texts.Get(language, "application.duplicate.body", organisationName))) { Mentions = [mentorId] };

    private static string PlainBody(Language language, params string[] paragraphs) =>
        Texts.Get(language, "greeting.plain") + "\n\n" + string.Join("\n\n", paragraphs) + "\n";

    public static OutgoingMessage Invitation(Guid mentorId, Guid userId, string name, string email, Language language, string organisationName, string link) => new(
        $"mentor-invitation:{mentorId}", NotificationKind.Account, email, language,
        Texts.Get(language, "invitation.subject", organisationName),
        Body(language, name, Texts.Get(language, "invitation.body", link)), RecipientUserId: userId) { Mentions = [mentorId] };

    public static OutgoingMessage MatchProposed(Guid matchId, Guid? userId, string name, string email, Language language) => new(
        $"match-proposed:{matchId}", NotificationKind.MatchProposal, email, language,
        Texts.Get(language, "proposal.subject"), Body(language, name, Texts.Get(language, "proposal.body")), RecipientUserId: userId);

    /// <summary>Safeguarding: no quiet hours, no opt-out.</summary>
    public static OutgoingMessage UrgentConcern(Guid contactId, Guid matchId, UserAccount coordinator) => new(
        $"urgent-concern:{contactId}:{coordinator.Id}", NotificationKind.SafeguardingAlert, coordinator.Email, coordinator.Language,
        Texts.Get(coordinator.Language, "concern.subject"),
        Body(coordinator.Language, coordinator.DisplayName, Texts.Get(coordinator.Language, "concern.body", matchId)), RecipientUserId: coordinator.Id);

    public static string Body(Language language, string name, params string[] paragraphs) =>
        Texts.Get(language, "greeting", name) + "\n\n" + string.Join("\n\n", paragraphs) + "\n";
}
