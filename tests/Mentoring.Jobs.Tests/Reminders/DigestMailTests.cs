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
}
