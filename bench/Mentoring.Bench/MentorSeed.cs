using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Bench;

/// <summary>Many mentors in one NGO, with a realistic spread of places, languages, specialities and stages.</summary>
public static class MentorSeed
{
    public sealed record SeededMentor(Guid Id, object[] Events);

    /// <summary>The events of one approved mentor (application, clear check, training, approval).</summary>
    public static SeededMentor Approved(Random random, string municipality, DateTimeOffset now, int i)
    {
        var id = Guid.CreateVersion7();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var profile = new MentorProfile($"Mentor {i}", $"mentor{i}@bench.example", null, ["lv", "ru"], [municipality], Gender.Male, 1975, new LivedExperience(true, 5),
            [NeedDomain.Housing], [], 3, "Seeded for the benchmark.");
        return new SeededMentor(id,
        [
            new MentorApplicationSubmitted(id, profile, ApplicationChannel.PublicForm, now),
            new BackgroundCheckRecorded(id, today.AddMonths(-1), BackgroundCheckOutcome.Clear, today.AddMonths(23), Guid.Empty, now),
            new TrainingModuleCompleted(id, "Ievads līdzgaitnieka darbā", today.AddMonths(-1), Guid.Empty, now),
            new MentorApproved(id, Guid.Empty, now),
        ]);
    }

    public static async Task SeedAsync(IDocumentStore store, string tenant, int count, DateTimeOffset now)
    {
        var random = new Random(42);
        var languages = new[] { "lv", "ru", "en", "uk", "ltg" };
        var domains = Enum.GetValues<NeedDomain>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var batch = 0; batch < count; batch += 500)
        {
            await using var session = store.LightweightSession(tenant);
            for (var i = batch; i < Math.Min(count, batch + 500); i++)
            {
                var id = Guid.CreateVersion7();
                var profile = new MentorProfile($"Mentor {i}", $"mentor{i}@bench.example", null,
                    languages.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList(),
                    Municipalities.All.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Select(m => m.Code).ToList(),
                    (Gender)random.Next(4), 1960 + random.Next(40), new LivedExperience(random.Next(2) == 0, random.Next(10)),
                    domains.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList(), [], 1 + random.Next(5), "Seeded for the benchmark.");
                var at = now.AddMinutes(-i);
                var events = new List<object> { new MentorApplicationSubmitted(id, profile, ApplicationChannel.PublicForm, at) };
                if (random.Next(10) < 6)
                {
                    // Approved; some checks already expired, so status filters have both kinds to tell apart.
                    var checkedOn = today.AddMonths(-random.Next(30));
                    events.Add(new BackgroundCheckRecorded(id, checkedOn, BackgroundCheckOutcome.Clear, checkedOn.AddMonths(24), Guid.Empty, at));
                    events.Add(new TrainingModuleCompleted(id, "Ievads līdzgaitnieka darbā", today.AddMonths(-random.Next(12)), Guid.Empty, at));
                    events.Add(new MentorApproved(id, Guid.Empty, at));
                }
                session.Events.StartStream<Mentor>(id, events.ToArray());
            }
            await session.SaveChangesAsync();
        }
    }
}
