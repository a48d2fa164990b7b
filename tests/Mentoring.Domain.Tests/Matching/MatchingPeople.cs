using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Matching;

/// <summary>Mentors and clients built from their events, each detail a ranking reads set by a parameter.</summary>
internal static class MatchingPeople
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static Mentor ApprovedMentor(Gender gender = Gender.Male, string[]? languages = null, string[]? municipalities = null,
        NeedDomain[]? specialities = null, int capacity = 2, bool incarceration = true, int? remission = 5, int birthYear = 1980, int supervision = 0,
        DateTimeOffset? approvedAt = null, int availability = 2)
    {
        var id = Guid.NewGuid();
        var slots = Enumerable.Range(0, availability).Select(i => new AvailabilitySlot((DayOfWeek)(i % 7), (DayPart)(i / 7 % 3))).ToList();
        var profile = new MentorProfile("Mentor", "m@example.lv", null, languages ?? ["lv", "ru"], municipalities ?? ["riga"], gender, birthYear,
            new LivedExperience(incarceration, remission), specialities ?? [NeedDomain.Housing, NeedDomain.Addiction], slots, capacity, "motivation text");
        var m = Mentor.Create(new MentorApplicationSubmitted(id, profile, ApplicationChannel.PublicForm, Now))
            .Apply(new BackgroundCheckRecorded(id, Today.AddMonths(-1), BackgroundCheckOutcome.Clear, Today.AddMonths(23), Guid.Empty, Now))
            .Apply(new TrainingModuleCompleted(id, "Ievads", Today.AddMonths(-1), Guid.Empty, Now))
            .Apply(new MentorApproved(id, Guid.Empty, approvedAt ?? Now));
        for (var i = 0; i < supervision; i++) m = m.Apply(new SupervisionSessionRecorded(id, Today, "S", null, Guid.Empty, Now));
        return m;
    }

    public static Client ConsentedClient(Gender? wantsGender = null, bool? wantsLived = null, RiskFlag[]? flags = null, string[]? languages = null,
        NeedAssessment[]? needs = null, string municipality = "riga", int birthYear = 1985, string? preferredLanguage = null)
    {
        var id = Guid.NewGuid();
        var c = Client.Create(new ClientReferred(id, new ClientPerson("Client", Gender.Male, birthYear, languages ?? ["lv"], null), "olaine", Today.AddDays(30),
                ReleaseType.EndOfSentence, municipality, null, "Referrer", null, null, Guid.Empty, Now))
            .Apply(new ConsentRecorded(id, [ConsentScope.Processing, ConsentScope.MentorContact], Today, "PK", Guid.Empty, Now))
            .Apply(new PreferencesRecorded(id, wantsGender, wantsLived, preferredLanguage, Guid.Empty, Now));
        if (flags is not null) c = c.Apply(new RiskFlagsRecorded(id, flags, null, Guid.Empty, Now));
        if (needs is not null) c = c.Apply(new NeedsAssessed(id, needs, "RNA", Today, Guid.Empty, Now));
        return c;
    }
}
