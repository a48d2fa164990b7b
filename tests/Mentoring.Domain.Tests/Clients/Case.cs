using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Clients;

/// <summary>Given / when / then for the path tests: a referred case on a chosen day, and the checks on a decision.</summary>
internal static class Case
{
    public static Actor On(DateOnly today) => new(Guid.NewGuid(), new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(2)), today);

    /// <summary>A case referred on <paramref name="today"/>, released on <paramref name="released"/> when given (else expected on <paramref name="release"/>).</summary>
    public static Client Referred(DateOnly today, DateOnly release, DateOnly? released = null, ReleaseType type = ReleaseType.EndOfSentence,
        int birthYear = 1985, string municipality = "riga")
    {
        var person = new ClientPerson("Andris Kalns", Gender.Male, birthYear, ["lv"], null);
        var refer = new ReferClient(Guid.NewGuid(), person, "olaine", released ?? release, type, municipality, null, "Ilze Probācija", null, released, false, On(today));
        return Then(null, ClientDecider.Decide(refer, null, []));
    }

    public static Client Then(Client? state, Decision decision)
    {
        Assert.True(decision.IsAccepted, string.Join("; ", decision.Errors.Select(e => $"{e.Code} {e.Field}: {e.Message}")));
        return decision.Events.Aggregate(state, ClientDecider.Evolve)!;
    }

    public static void Refused(Decision decision, string code, string? field = null)
    {
        Assert.False(decision.IsAccepted);
        Assert.Empty(decision.Events);
        Assert.Contains(decision.Errors, e => e.Code == code && (field is null || e.Field == field));
    }

    /// <summary>Accepted, and nothing to append: the case already is so.</summary>
    public static void Unchanged(Decision decision)
    {
        Assert.True(decision.IsAccepted, string.Join("; ", decision.Errors.Select(e => e.Message)));
        Assert.Empty(decision.Events);
    }

    public static Goal Goal(Client c, StandardGoal standard) => c.Goals.Single(g => g.Standard == standard);
}
