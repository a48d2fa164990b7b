using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Messages;

/// <summary>The messages owed by the earlier features (vetting, matching, contact logs), rendered in the recipient's language.</summary>
public static class Mail
{
    public static OutgoingMessage ApplicationReceived(Guid mentorId, string name, string email, Language language, string organisationName) => new(
        $"application-received:{mentorId}", NotificationKind.Account, email, language,
        Texts.Get(language, "application.subject", organisationName),
        Body(language, name, Texts.Get(language, "application.body", organisationName)));

    public static OutgoingMessage Invitation(Guid mentorId, Guid userId, string name, string email, Language language, string organisationName, string link) => new(
        $"mentor-invitation:{mentorId}", NotificationKind.Account, email, language,
        Texts.Get(language, "invitation.subject", organisationName),
        Body(language, name, Texts.Get(language, "invitation.body", link)), RecipientUserId: userId);

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
