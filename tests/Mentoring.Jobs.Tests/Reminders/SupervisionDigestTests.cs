using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Reminders;

namespace Mentoring.Jobs.Tests.Reminders;

/// <summary>Supervision due and lapsed and a refresher expiring, as digest lines in the reader's language (codes in, sentences out).</summary>
public sealed class SupervisionDigestTests
{
    private static readonly Guid Reader = Guid.NewGuid();

    private static readonly Digest Day = new(Reader, new DateOnly(2027, 2, 14),
    [
        new(Reader, NotificationKind.SupervisionReminder, ReminderPlanner.SupervisionDue, ["Anna Kalna", "28.02.2027"]),
        new(Reader, NotificationKind.SupervisionReminder, ReminderPlanner.SupervisionLapsed, ["Anna Kalna", "13.02.2027"]),
        new(Reader, NotificationKind.VettingExpiry, ReminderPlanner.RefresherExpiry, ["Anna Kalna", "Drošības jautājumi", "16.03.2027"]),
    ]);

    private static UserAccount To(Language language) => new()
    {
        Id = Reader, Email = "k@example.lv", DisplayName = "Ilze", OrganisationId = Guid.NewGuid(), Roles = [Role.Coordinator], Language = language,
        SecurityStamp = "s", InvitedBy = Guid.NewGuid(), CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData(Language.Lv, "Līdzgaitniekam Anna Kalna supervīzija jāsaņem līdz 28.02.2027.", "Līdzgaitnieka Anna Kalna supervīzijas termiņš 13.02.2027 ir nokavēts.",
        "Līdzgaitnieka Anna Kalna atkārtotās apmācības modulis \"Drošības jautājumi\" beidzas 16.03.2027.")]
    [InlineData(Language.En, "Mentor Anna Kalna is due a supervision session by 28.02.2027.", "Mentor Anna Kalna's supervision was due on 13.02.2027 and is overdue.",
        "Mentor Anna Kalna's refresher training \"Drošības jautājumi\" expires on 16.03.2027.")]
    [InlineData(Language.Ru, "Наставнику Anna Kalna нужна супервизия до 28.02.2027.", "Срок супервизии наставника Anna Kalna (13.02.2027) пропущен.",
        "Повторное обучение наставника Anna Kalna «Drošības jautājumi» истекает 16.03.2027.")]
    public void Each_line_is_a_sentence_in_the_readers_language(Language language, string due, string lapsed, string refresher)
    {
        var body = DigestMail.Render(Day, To(language)).TextBody;
        Assert.Contains($"- {due}", body);
        Assert.Contains($"- {lapsed}", body);
        Assert.Contains($"- {refresher}", body);
    }
}
