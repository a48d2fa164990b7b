using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;

namespace Mentoring.Domain.Tests.Reminders;

/// <summary>
/// The first month's path reminds the mentor and the coordinators: the social-assistance application before its
/// one-month deadline and the day after it passed, documents still missing, refusals left open. Released on 31 January
/// 2028 (a leap year): the deadline is 29 February.
/// </summary>
public sealed class PathReminderTests
{
    private static readonly Guid MentorId = Guid.NewGuid(), ClientId = Guid.NewGuid(), MentorUser = Guid.NewGuid(), Coordinator = Guid.NewGuid();
    private static readonly DateOnly Release = new(2028, 1, 31), Deadline = new(2028, 2, 29);

    private static readonly Goal Application = new(Guid.NewGuid(), "Sociālās palīdzības iesniegums", null, StandardGoal.SocialAssistance,
        DeadlineRule.AfterRelease(months: 1), Deadline, GoalStatus.InProgress, null, null);

    private static ClientFacts Person(GoalStatus application = GoalStatus.InProgress, DocumentKind[]? documents = null, Refusal[]? refusals = null) =>
        new(ClientId, "Jānis Ozols", Release, [Application with { Status = application }])
        {
            Documents = documents ?? Enum.GetValues<DocumentKind>(), OpenRefusals = refusals ?? [],
        };

    private static IReadOnlyList<Digest> Plan(DateOnly today, ClientFacts client, MatchStage? stage = MatchStage.Active, ReminderRules? rules = null,
        bool frozen = false)
    {
        MatchFacts[] matches = stage is { } s
            ? [new(Guid.NewGuid(), MentorId, ClientId, s, true, new DateOnly(2027, 12, 1), null, new DateTimeOffset(2027, 11, 20, 9, 0, 0, TimeSpan.Zero))]
            : [];
        return ReminderPlanner.Plan(today, rules ?? ReminderRules.Default, matches,
            new Dictionary<Guid, ClientFacts> { [ClientId] = client with { Frozen = frozen } },
            new Dictionary<Guid, MentorFacts> { [MentorId] = new(MentorId, "Anna", null) },
            [new Recipient(MentorUser, MentorId, false, []), new Recipient(Coordinator, null, true, [])]);
    }

    private static List<ReminderItem> Path(IReadOnlyList<Digest> digests, Guid user) =>
        [.. digests.Where(d => d.RecipientUserId == user).SelectMany(d => d.Items).Where(i => i.Kind == NotificationKind.PathReminder)];

    /// <summary>Every day from release to two months later: which path reminders each person gets, by day.</summary>
    private static Dictionary<DateOnly, List<string>> ByDay(ClientFacts client, Guid user, MatchStage? stage = MatchStage.Active, ReminderRules? rules = null) =>
        Enumerable.Range(-10, 70).Select(i => Release.AddDays(i))
            .Select(d => (d, Path(Plan(d, client, stage, rules), user).Select(i => i.Text).ToList()))
            .Where(x => x.Item2.Count > 0).ToDictionary(x => x.d, x => x.Item2);

    [Fact]
    public void An_application_not_filed_reminds_the_mentor_and_the_coordinators_a_week_before_the_deadline_and_the_day_after()
    {
        var expected = new Dictionary<DateOnly, List<string>>
        {
            [new DateOnly(2028, 2, 22)] = [ReminderPlanner.ApplicationDue], // 29 Feb minus 7 days
            [new DateOnly(2028, 3, 1)] = [ReminderPlanner.ApplicationPassed],
        };
        Assert.Equal(expected, ByDay(Person(), MentorUser));
        Assert.Equal(expected, ByDay(Person(), Coordinator));
        var item = Assert.Single(Path(Plan(new DateOnly(2028, 2, 22), Person()), Coordinator));
        Assert.Equal(["J. O.", "29.02.2028"], item.Args); // initials only
        Assert.Equal($"digest:{Coordinator}:2028-02-22", Assert.Single(Plan(new DateOnly(2028, 2, 22), Person()), d => d.RecipientUserId == Coordinator).Key);
    }

    [Theory]
    [InlineData(GoalStatus.Done)]
    [InlineData(GoalStatus.Refused)]
    [InlineData(GoalStatus.NotNeeded)]
    public void A_filed_decided_or_unneeded_application_reminds_nobody(GoalStatus status)
    {
        Assert.Empty(ByDay(Person(status), MentorUser));
        Assert.Empty(ByDay(Person(status), Coordinator));
    }

    [Fact]
    public void The_rules_move_the_reminder_and_without_a_mentor_the_coordinators_still_get_it()
    {
        var rules = ReminderRules.Default with { ApplicationDeadlineDaysAhead = 3 };
        Assert.Equal([new DateOnly(2028, 2, 26), new DateOnly(2028, 3, 1)], ByDay(Person(), Coordinator, stage: null, rules).Keys);
        Assert.Empty(ByDay(Person(), MentorUser, stage: null, rules));
        Assert.Empty(ByDay(Person(), MentorUser, stage: MatchStage.Paused)); // a match on hold sends its mentor nothing
        Assert.Contains("applicationDeadlineDaysAhead", ReminderRules.Check(rules with { ApplicationDeadlineDaysAhead = 29 }).Select(e => e.Field));
    }

    [Fact]
    public void Missing_documents_are_named_by_code_on_the_release_soon_day_and_with_the_application_reminder()
    {
        var client = Person(documents: [DocumentKind.IdentityDocument, DocumentKind.ReleaseCertificate, DocumentKind.DeclaredResidence, DocumentKind.FamilyDoctor]);
        var days = ByDay(client, Coordinator);
        Assert.Equal([ReminderPlanner.DocumentsMissing], days[Release.AddDays(-7)]);
        Assert.Equal([ReminderPlanner.ApplicationDue, ReminderPlanner.DocumentsMissing], days[new DateOnly(2028, 2, 22)]);
        Assert.Equal(3, days.Count);
        Assert.Equal(["J. O.", "AccountStatements,NvaRegistration"], Path(Plan(Release.AddDays(-7), client), MentorUser).Single().Args);
        // Once filed, only the release-soon day asked for them.
        Assert.Equal([Release.AddDays(-7)], ByDay(client with { Goals = [Application with { Status = GoalStatus.Done }] }, MentorUser).Keys);
    }

    [Fact]
    public void An_open_refusal_reminds_every_week_until_it_is_followed_up_or_closed()
    {
        var refusal = new Refusal(Guid.NewGuid(), Institution.MunicipalSocialService, HelpKind.GmiBenefit, RefusalReason.NoAccountStatements,
            new DateOnly(2028, 2, 10), "piezīme", Application.Id);
        var days = ByDay(Person(GoalStatus.Refused, refusals: [refusal]), MentorUser);
        Assert.Equal([new DateOnly(2028, 2, 17), new DateOnly(2028, 2, 24), new DateOnly(2028, 3, 2), new DateOnly(2028, 3, 9), new DateOnly(2028, 3, 16),
            new DateOnly(2028, 3, 23), new DateOnly(2028, 3, 30)], days.Keys);
        var item = Path(Plan(new DateOnly(2028, 2, 17), Person(GoalStatus.Refused, refusals: [refusal])), Coordinator).Single();
        Assert.Equal(ReminderPlanner.RefusalOpen, item.Text);
        Assert.Equal(["J. O.", "NoAccountStatements", "10.02.2028"], item.Args);
        Assert.DoesNotContain("piezīme", string.Concat(item.Args)); // the note stays in the app
        Assert.Empty(ByDay(Person(GoalStatus.Refused, refusals: [refusal with { ClosedOn = new DateOnly(2028, 2, 12) }]), MentorUser));
        Assert.Empty(ByDay(Person(GoalStatus.Refused, refusals: [refusal with { FollowUpGoals = [Guid.NewGuid()] }]), Coordinator));
    }

    [Fact]
    public void A_frozen_case_and_a_muted_kind_get_nothing()
    {
        Assert.Empty(Plan(new DateOnly(2028, 2, 22), Person(), frozen: true));
        var muted = ReminderPlanner.Plan(new DateOnly(2028, 2, 22), ReminderRules.Default, [],
            new Dictionary<Guid, ClientFacts> { [ClientId] = Person() }, new Dictionary<Guid, MentorFacts>(),
            [new Recipient(Coordinator, null, true, [NotificationKind.PathReminder])]);
        Assert.Empty(muted);
    }
}
