using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Reminders;

namespace Mentoring.Jobs.Tests.Reminders;

/// <summary>A digest names a standard goal and a need goal in the reader's language; an own goal keeps its title.</summary>
public sealed class DigestMailTests
{
    private static readonly Guid Mentor = Guid.NewGuid();

    private static readonly Digest Day = new(Mentor, new DateOnly(2026, 12, 1),
    [
        new(Mentor, NotificationKind.GoalDeadline, ReminderPlanner.GoalDeadlineStandard, ["J. O.", "SocialAssistance", "04.12.2026"]),
        new(Mentor, NotificationKind.GoalDeadline, ReminderPlanner.GoalDeadlineNeed, ["J. O.", "Addiction", "05.12.2026"]),
        new(Mentor, NotificationKind.GoalDeadline, ReminderPlanner.GoalDeadline, ["J. O.", "Atjaunot autovadītāja apliecību", "06.12.2026"]),
    ]);

    private static UserAccount To(Language language) => new()
    {
        Id = Mentor, Email = "m@example.lv", DisplayName = "Māra", OrganisationId = Guid.NewGuid(), Roles = [Role.Mentor], Language = language,
        SecurityStamp = "s", InvitedBy = Guid.NewGuid(), CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData(Language.En, "J. O.: the goal \"Social assistance applied for (within a month)\" is due 04.12.2026.",
        "J. O.: the goal \"Support: addiction\" is due 05.12.2026.", "J. O.: the goal \"Atjaunot autovadītāja apliecību\" is due 06.12.2026.")]
    [InlineData(Language.Ru, "J. O.: срок цели «Подано на соцпомощь (в течение месяца)» — 04.12.2026.",
        "J. O.: срок цели «Поддержка: зависимость» — 05.12.2026.", "J. O.: срок цели «Atjaunot autovadītāja apliecību» — 06.12.2026.")]
    [InlineData(Language.Lv, "J. O.: mērķa \"Pieteikts sociālais atbalsts (mēneša laikā)\" termiņš ir 04.12.2026.",
        "J. O.: mērķa \"Atbalsts: atkarība\" termiņš ir 05.12.2026.", "J. O.: mērķa \"Atjaunot autovadītāja apliecību\" termiņš ir 06.12.2026.")]
    public void Goals_are_named_in_the_readers_language(Language language, string standard, string need, string own)
    {
        var body = DigestMail.Render(Day, To(language)).TextBody;
        Assert.Contains($"- {standard}", body);
        Assert.Contains($"- {need}", body);
        Assert.Contains($"- {own}", body);
    }

    private static readonly Digest Path = new(Mentor, new DateOnly(2028, 2, 22),
    [
        new(Mentor, NotificationKind.PathReminder, ReminderPlanner.ApplicationDue, ["J. O.", "29.02.2028"]),
        new(Mentor, NotificationKind.PathReminder, ReminderPlanner.DocumentsMissing, ["J. O.", "AccountStatements,NvaRegistration"]),
        new(Mentor, NotificationKind.PathReminder, ReminderPlanner.RefusalOpen, ["J. O.", "NoAccountStatements", "10.02.2028"]),
        new(Mentor, NotificationKind.PathReminder, ReminderPlanner.ApplicationPassed, ["J. O.", "29.02.2028"]),
    ]);

    [Theory]
    [InlineData(Language.En, "J. O.: the social-assistance application is not filed yet; the one-month deadline is 29.02.2028.",
        "J. O.: documents still missing: account statements for the last three months, NVA registration.",
        "J. O.: the refusal (no account statements, 10.02.2028) is waiting for an appeal, a new application or closing.",
        "J. O.: the one-month deadline for the social-assistance application (29.02.2028) has passed and it is not filed.")]
    [InlineData(Language.Lv, "J. O.: sociālās palīdzības iesniegums vēl nav iesniegts; viena mēneša termiņš ir 29.02.2028.",
        "J. O.: vēl trūkst dokumentu: konta izraksti par pēdējiem trim mēnešiem, reģistrācija NVA.",
        "J. O.: atteikums (nav konta izrakstu, 10.02.2028) gaida apstrīdēšanu, atkārtotu pieteikumu vai slēgšanu.",
        "J. O.: sociālās palīdzības iesnieguma viena mēneša termiņš (29.02.2028) ir pagājis, un tas nav iesniegts.")]
    [InlineData(Language.Ru, "J. O.: заявление на социальную помощь ещё не подано; месячный срок — 29.02.2028.",
        "J. O.: ещё не хватает документов: выписки со счёта за последние три месяца, регистрация в NVA.",
        "J. O.: отказ (нет выписок со счёта, 10.02.2028) ждёт обжалования, повторной заявки или закрытия.",
        "J. O.: месячный срок подачи заявления на социальную помощь (29.02.2028) прошёл, а оно не подано.")]
    public void The_paths_reminders_name_documents_and_refusal_reasons_in_the_readers_language(Language language, string due, string documents,
        string refusal, string passed)
    {
        var mail = DigestMail.Render(Path, To(language));
        Assert.Equal([$"- {due}", $"- {documents}", $"- {refusal}", $"- {passed}"], mail.TextBody.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(documents), mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_document_and_refusal_reason_has_words_in_every_language()
    {
        var all = new Digest(Mentor, new DateOnly(2028, 2, 22),
        [
            new(Mentor, NotificationKind.PathReminder, ReminderPlanner.DocumentsMissing, ["J. O.", string.Join(",", Enum.GetValues<Domain.Clients.DocumentKind>())]),
            .. Enum.GetValues<Domain.Clients.RefusalReason>().Select(r =>
                new ReminderItem(Mentor, NotificationKind.PathReminder, ReminderPlanner.RefusalOpen, ["J. O.", r.ToString(), "10.02.2028"])),
        ]);
        foreach (var language in Enum.GetValues<Language>())
            Assert.DoesNotContain("Account", DigestMail.Render(all, To(language)).TextBody, StringComparison.Ordinal); // no code left unnamed (throws if missing)
    }
}
