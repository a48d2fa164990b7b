using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Jobs.Tests.Messages;

/// <summary>The mentor's thank-you: their language, their hours as that language writes them, the person by initials, one key per match.</summary>
public sealed class ClosureMailTests
{
    private static readonly Guid Match = Guid.NewGuid(), Mentor = Guid.NewGuid(), Client = Guid.NewGuid();

    private static OutgoingMessage Thanks(Language language) =>
        ClosureMail.ThankYou(Match, Mentor, Client, null, "Anna Liepa", "anna@example.lv", language, "Jānis Bērziņš", 12.5m, 9, 40m);

    [Theory]
    [InlineData(Language.Lv, "Šim pārim jūs veltījāt 12,5 h (9 tikšanās), kopā kā līdzgaitnieks — 40 h.", "Labdien, Anna Liepa!")]
    [InlineData(Language.En, "You gave this match 12.5 hours (9 meetings), and 40 hours in all as a peer mentor.", "Hello Anna Liepa,")]
    [InlineData(Language.Ru, "Этой паре вы посвятили 12,5 ч (9 встреч), а всего как наставник — 40 ч.", "Здравствуйте, Anna Liepa!")]
    public void The_thank_you_is_in_the_mentors_language_with_their_hours(Language language, string hours, string greeting)
    {
        var mail = Thanks(language);
        Assert.Equal($"closure-thanks:{Match}", mail.Key);
        Assert.Equal(("anna@example.lv", language), (mail.To, mail.Language));
        Assert.StartsWith(greeting, mail.TextBody);
        Assert.Contains(hours, mail.TextBody);
        Assert.Contains("J. B.", mail.TextBody);
        Assert.DoesNotContain("Bērziņš", mail.TextBody + mail.Subject);
        Assert.Equal([Mentor, Client], mail.Mentions);
    }
}
