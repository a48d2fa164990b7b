using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Mentoring.Api.Demo;

/// <summary>
/// The demo NGO's working life over the last year and a bit, written at start (after <see cref="DemoData"/>) through the
/// same handlers the app's mutations use, each step on the clock of the day it happened: mentors recruited and vetted,
/// people referred, matched, released, met, reaching goals, and their cases closed (<see cref="DemoMentors"/>,
/// <see cref="DemoCases"/>). The app starts once it is written, so nobody sees half of it. Skipped when the demo NGO
/// already has mentors (a second start, or an earlier demo): a partly written history is never added to. A refused step
/// stops the start with its reason: a demo that no longer fits the rules is a bug to fix, not a warning to miss
/// (DemoDataTests writes it on every test run). Never enabled in production (Mentoring:SeedDemo).
/// </summary>
public sealed class DemoScenario(IDocumentStore store, TimeProvider clock, IPasswordHasher<UserAccount> hasher, PublicFormServices form, JobsOptions jobs,
    ILogger<DemoScenario> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var ngo = await DemoData.NgoAsync(store, ct);
        if (ngo is null) return;
        await using (var session = store.QuerySession(ngo.TenantId))
        {
            if (await session.Query<Mentor>().AnyAsync(ct)) return;
        }

        Caller coordinator;
        await using (var session = store.QuerySession(ngo.TenantId))
        {
            var user = await session.Query<UserAccount>().SingleAsync(u => u.Email == DemoData.CoordinatorEmail, ct);
            coordinator = new Caller(user.Id, ngo.Id, ngo.TenantId, user.Roles.ToHashSet());
        }
        var act = new DemoActions(store, ngo, coordinator, hasher, form, jobs, ct);
        var today = RigaCalendar.Today(clock);
        var timeline = new DemoTimeline();
        DemoMentors.Plan(timeline, act, today);
        DemoCases.Plan(timeline, act, today);
        var watch = System.Diagnostics.Stopwatch.StartNew(); // how long seeding takes, not a time in the demo's story
        var steps = await timeline.RunAsync(clock.GetUtcNow(), ct);
        await DemoHandovers.SeedAsync(store, ngo, coordinator, clock, ct);
        log.LogInformation("Demo data: {Mentors} mentors, {Clients} people, {Steps} steps in {Seconds:0.0} s", DemoMentors.All.Length, DemoCases.All.Length, steps,
            watch.Elapsed.TotalSeconds);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
