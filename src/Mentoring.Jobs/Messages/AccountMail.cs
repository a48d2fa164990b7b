using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Messages;

/// <summary>
/// Account messages: invitations, password resets and role changes, in the recipient's language. They are never quiet
/// and cannot be switched off (<see cref="NotificationKind.Account"/>). Links carry their one-use secret after '#', so it
/// never reaches a server log; the web reads it from there.
/// </summary>
public static class AccountMail
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["invite.subject"] = ("{0}: ielūgums pievienoties", "{0}: your invitation", "{0}: приглашение"),
        ["invite.body"] = ("{0} jūs ielūdz lietot līdzgaitnieku programmu. Izvēlieties paroli šeit (saite derīga līdz {1}): {2}",
            "{0} invites you to the peer mentoring programme. Choose your password here (the link works until {1}): {2}",
            "{0} приглашает вас в программу наставничества. Выберите пароль здесь (ссылка действует до {1}): {2}"),
        ["reset.subject"] = ("Paroles maiņa", "Resetting your password", "Смена пароля"),
        ["reset.body"] = ("Kāds (cerams, jūs) lūdza mainīt jūsu paroli. Izvēlieties jaunu šeit stundas laikā: {0}\n\nJa to nelūdzāt, neko nedariet: parole paliek līdzšinējā.",
            "Someone (we hope you) asked to reset your password. Choose a new one here within the hour: {0}\n\nIf it was not you, do nothing: your password stays as it is.",
            "Кто-то (надеемся, вы) попросил сменить ваш пароль. Выберите новый здесь в течение часа: {0}\n\nЕсли это были не вы, ничего не делайте: пароль останется прежним."),
        ["roles.subject"] = ("Lomas mainītas: {0}", "Roles changed: {0}", "Роли изменены: {0}"),
        ["roles.body"] = ("{0} mainīja lietotāja {1} lomas: {2}.", "{0} changed the roles of {1} to: {2}.", "{0} изменил(а) роли пользователя {1}: {2}."),
        ["role.PlatformAdmin"] = ("platformas administrators", "platform administrator", "администратор платформы"),
        ["role.OrgAdmin"] = ("organizācijas administrators", "organisation administrator", "администратор организации"),
        ["role.Coordinator"] = ("koordinators", "coordinator", "координатор"),
        ["role.Mentor"] = ("līdzgaitnieks", "peer mentor", "наставник"),
        ["role.MunicipalityViewer"] = ("pašvaldības skatītājs", "municipality viewer", "наблюдатель от самоуправления"),
        ["role.Auditor"] = ("auditors", "auditor", "аудитор"),
    };

    public static OutgoingMessage UserInvitation(UserAccount user, string organisationName, string link, int issue) => new(
        $"user-invitation:{user.Id}:{issue}", NotificationKind.Account, user.Email, user.Language,
        Get(user.Language, "invite.subject", organisationName),
        Mail.Body(user.Language, user.DisplayName,
            Get(user.Language, "invite.body", organisationName, $"{user.InvitationExpiresAt:yyyy-MM-dd}", link)), RecipientUserId: user.Id) { Mentions = MentorOf(user) };

    public static OutgoingMessage PasswordReset(UserAccount user, string link, string tokenHash) => new(
        $"password-reset:{user.Id}:{tokenHash[..16]}", NotificationKind.Account, user.Email, user.Language,
        Get(user.Language, "reset.subject"), Mail.Body(user.Language, user.DisplayName, Get(user.Language, "reset.body", link)), RecipientUserId: user.Id)
    {
        Mentions = MentorOf(user),
    };

    /// <summary>To each of the organisation's admins: who changed whose roles, and to what, named in the admin's language.</summary>
    public static OutgoingMessage RolesChanged(UserAccount admin, string changedBy, UserAccount member, Guid changeId) => new(
        $"roles-changed:{changeId}:{admin.Id}", NotificationKind.Account, admin.Email, admin.Language,
        Get(admin.Language, "roles.subject", member.DisplayName),
        Mail.Body(admin.Language, admin.DisplayName, Get(admin.Language, "roles.body", changedBy, member.DisplayName,
            string.Join(", ", member.Roles.Select(r => Get(admin.Language, $"role.{r}"))))),
        RecipientUserId: admin.Id) { Mentions = MentorOf(member) };

    /// <summary>A mentor's account names the mentor: erasing them reaches the mail.</summary>
    private static IReadOnlyList<Guid> MentorOf(UserAccount user) => user.MentorId is { } mentorId ? [mentorId] : [];

    private static string Get(Language language, string key, params object[] args) => Texts.Render(Catalog, language, key, args);
}
