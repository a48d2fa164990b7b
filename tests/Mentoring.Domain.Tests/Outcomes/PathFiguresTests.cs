using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Outcomes;

namespace Mentoring.Domain.Tests.Outcomes;

/// <summary>
/// The first month's path in the outcome summary, from a hand-made history counted by hand in the comments: refusals by
/// reason (by refusal date), applications filed within the month of release, accompaniments (less retracted meetings'),
/// documents in hand on the release day. November 2026 against October, with "&lt;5" for counts of 1 to 4.
/// </summary>
public sealed class PathFiguresTests
{
    private static readonly Guid By = Guid.Empty;
    private static DateOnly D(int month, int day) => new(2026, month, day);
    private static DateTimeOffset At(DateOnly d) => new(d.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    /// <summary>A person referred in September and released on <paramref name="released"/>, then <paramref name="events"/> (made with their id).</summary>
    private static ClientOutcome Released(DateOnly released, params Func<Guid, object>[] events)
    {
        var id = Guid.NewGuid();
        var c = ClientOutcome.Create(new ClientReferred(id, new ClientPerson("X", Gender.Male, 1980, ["lv"], null), "olaine", released,
            ReleaseType.EndOfSentence, "riga", null, "R", null, null, By, At(D(9, 1))));
        foreach (var e in events.Select(make => make(id)).Prepend(new ClientReleased(id, released, By, At(released))))
            c = (ClientOutcome)((dynamic)c).Apply((dynamic)e);
        return c;
    }

    /// <summary>The social-assistance goal, filed (done) on <paramref name="on"/>.</summary>
    private static Func<Guid, object>[] Filed(DateOnly on)
    {
        var goal = Guid.NewGuid();
        return
        [
            id => new GoalAdded(id, goal, "t", NeedDomain.IncomeAndBenefits, StandardGoal.SocialAssistance, DeadlineRule.AfterRelease(months: 1), By, At(D(9, 2))),
            id => new GoalAchieved(id, goal, on, By, At(on)),
        ];
    }

    private static Func<Guid, object> Doc(DocumentKind kind, DateOnly on) => id => new DocumentObtained(id, kind, on, By, At(on));
    private static Func<Guid, object> Unrecorded(DocumentKind kind) => id => new DocumentUnrecorded(id, kind, "mistake", By, At(D(12, 1)));
    private static Func<Guid, object> Refused(RefusalReason reason, DateOnly on, Guid? refusalId = null) => id =>
        new RefusalRecorded(id, refusalId ?? Guid.NewGuid(), Institution.MunicipalSocialService, HelpKind.GmiBenefit, reason, on, "note", null, By, At(on));
    private static Func<Guid, object> Went(Guid contact, DateOnly on) => id =>
        new AccompaniedToInstitution(id, contact, Institution.MunicipalSocialService, HelpKind.GmiBenefit, AccompanimentResult.Pending, on, null, By, At(on));
    private static Func<Guid, object> Retracted(Guid contact) => id => new AccompanimentRetracted(id, contact, "wrong person", By, At(D(12, 1)));

    private static Func<Guid, object>[] All(params object[] parts) =>
        [.. parts.SelectMany(p => p is Func<Guid, object>[] many ? many : [(Func<Guid, object>)p])];

    [Fact]
    public void The_paths_figures_of_november_and_october_are_counted_from_the_events()
    {
        Guid a = Guid.NewGuid(), g = Guid.NewGuid(), f = Guid.NewGuid(), corrected = Guid.NewGuid();
        var clients = new[]
        {
            // Released in November (6). Filed by the one-month deadline: P1, P2 (on the day), P4, P5, P6 = 5; P3 a day late.
            // P1: every document before release (the certificate on the day); accompanied twice at one meeting and once more at a meeting later retracted.
            Released(D(11, 2), All(Filed(D(11, 20)), Doc(DocumentKind.IdentityDocument, D(10, 20)), Doc(DocumentKind.ReleaseCertificate, D(11, 2)),
                Doc(DocumentKind.AccountStatements, D(10, 30)), Doc(DocumentKind.DeclaredResidence, D(10, 25)), Doc(DocumentKind.NvaRegistration, D(10, 28)),
                Doc(DocumentKind.FamilyDoctor, D(11, 1)), Went(a, D(11, 5)), Went(a, D(11, 5)), Went(g, D(11, 6)), Went(g, D(11, 6)), Retracted(g),
                Refused(RefusalReason.NoAccountStatements, D(11, 5)))),
            Released(D(11, 10), All(Filed(D(12, 10)), Doc(DocumentKind.IdentityDocument, D(10, 1)), Doc(DocumentKind.ReleaseCertificate, D(11, 10)),
                Went(Guid.NewGuid(), D(11, 12)), Refused(RefusalReason.NoAccountStatements, D(11, 12)))),
            Released(D(11, 15), All(Filed(D(12, 16)), Doc(DocumentKind.IdentityDocument, D(11, 1)), Doc(DocumentKind.ReleaseCertificate, D(11, 15)),
                Went(Guid.NewGuid(), D(11, 16)), Refused(RefusalReason.NoAccountStatements, D(11, 16)), Refused(RefusalReason.NotFiledWithinMonth, D(11, 20)))),
            // P4: the identity document was recorded by mistake; a refusal recorded as "does not cooperate", then corrected (same refusal).
            Released(D(11, 30), All(Filed(D(12, 30)), Doc(DocumentKind.IdentityDocument, D(11, 5)), Unrecorded(DocumentKind.IdentityDocument),
                Doc(DocumentKind.ReleaseCertificate, D(11, 30)), Refused(RefusalReason.DoesNotCooperate, D(11, 30), corrected),
                Refused(RefusalReason.NoAccountStatements, D(11, 30), corrected))),
            // P5: statements first recorded before release, then their date corrected to after it.
            Released(D(11, 20), All(Filed(D(11, 25)), Doc(DocumentKind.IdentityDocument, D(11, 1)), Doc(DocumentKind.AccountStatements, D(11, 1)),
                Doc(DocumentKind.AccountStatements, D(11, 21)), Went(Guid.NewGuid(), D(11, 21)))),
            // P6: the certificate a day after release; a refusal in December counts in neither period; a retracted meeting's accompaniment.
            Released(D(11, 25), All(Filed(D(12, 1)), Doc(DocumentKind.IdentityDocument, D(11, 10)), Doc(DocumentKind.ReleaseCertificate, D(11, 26)),
                Went(Guid.NewGuid(), D(11, 26)), Went(f, D(11, 28)), Retracted(f), Retracted(Guid.NewGuid()), Refused(RefusalReason.ShortCustody, D(12, 1)))),
            // Released in October (2): Q1 filed on its deadline (30 Nov, in November); Q2 never.
            Released(D(10, 31), All(Filed(D(11, 30)), Doc(DocumentKind.IdentityDocument, D(10, 1)), Went(Guid.NewGuid(), D(10, 25)),
                Refused(RefusalReason.NoAccountStatements, D(11, 3)))),
            Released(D(10, 5), All(Went(Guid.NewGuid(), D(10, 10)), Went(Guid.NewGuid(), D(10, 30)), Refused(RefusalReason.NoAccountStatements, D(10, 10)),
                Refused(RefusalReason.NoAccountStatements, D(10, 20)))),
        };

        var figures = OutcomeSummary.Compute(Period.Month(D(11, 1)), clients, [], []).ToDictionary(x => x.Key);
        (double? Raw, string Shown, string Previous) F(string key) => (figures[key].RawValue, figures[key].Value, figures[key].Previous);

        Assert.Equal((6, "6", "<5"), F("releasedInPeriod"));
        Assert.Equal((5, "5", "<5"), F("applicationsFiledWithinMonth"));               // October: Q1
        Assert.Equal((500.0 / 6, "83%", "<5"), F("applicationsFiledWithinMonthPercent")); // October: 1 of 2, a share of fewer than five
        Assert.Equal((5, "5", "<5"), F("documentsBeforeRelease.IdentityDocument"));   // P1, P2, P3, P5, P6; October: Q1
        Assert.Equal((4, "<5", "0"), F("documentsBeforeRelease.ReleaseCertificate")); // P1–P4 on the day; P6's came the day after
        Assert.Equal((1, "<5", "0"), F("documentsBeforeRelease.AccountStatements"));  // P1; P5's date was corrected to after release
        Assert.Equal((1, "<5", "0"), F("documentsBeforeRelease.FamilyDoctor"));
        Assert.Equal((1, "<5", "0"), F("documentsBeforeRelease.All"));
        Assert.Equal((6, "6", "<5"), F("accompaniments"));                            // P1 ×2, P2, P3, P5, P6; October: 3
        Assert.Equal((5, "5", "<5"), F("refusals.NoAccountStatements"));              // P1, P2, P3, P4 (corrected), Q1; October: 2
        Assert.Equal((1, "<5", "0"), F("refusals.NotFiledWithinMonth"));
        Assert.Equal((0, "0", "0"), F("refusals.DoesNotCooperate"));                 // corrected away
        Assert.Equal((0, "0", "0"), F("refusals.ShortCustody"));                     // December
        Assert.Equal(Enum.GetValues<RefusalReason>().Select(r => $"refusals.{r}"), figures.Keys.Where(k => k.StartsWith("refusals.", StringComparison.Ordinal)));
        Assert.DoesNotContain("refusals", figures.Keys); // no total that would give the suppressed reasons away
    }

    [Fact]
    public void With_nobody_released_the_share_is_empty_and_a_small_share_is_not_shown()
    {
        var none = OutcomeSummary.Compute(Period.Month(D(11, 1)), [], [], []).Single(x => x.Key == "applicationsFiledWithinMonthPercent");
        Assert.Equal((null, "", ""), (none.RawValue, none.Value, none.Previous));
        // Five released, none filed: 0% is shown (as for the other shares, a basis of none filed is not suppressed).
        var five = Enumerable.Range(0, 5).Select(i => Released(D(11, 1 + i))).ToList();
        Assert.Equal("0%", OutcomeSummary.Compute(Period.Month(D(11, 1)), five, [], []).Single(x => x.Key == "applicationsFiledWithinMonthPercent").Value);
    }
}
