using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Privacy;
using Mentoring.Jobs.Retention;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// Ten years of nights on the fake clock, with the default rules (README "Retention"): each rule takes exactly what it
/// names the night its period has passed — not the night before — and a second run the same night takes nothing.
/// </summary>
public sealed class RetentionRulesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly RetentionReport Nothing = new(0, 0, 0, 0, 0, 0, 0);

    [Fact]
    public async Task Each_rule_takes_what_it_names_once_its_period_has_passed_and_nothing_else()
    {
        var t0 = api.Clock.GetUtcNow(); // 2026-11-23 10:00 UTC
        Assert.Equal(ApiFixture.Start, t0);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var closed = await ReferAsync(coordinator, "Aivars Vecais", "2026-12-01");
        var dormant = await ReferAsync(coordinator, "Dace Klusā", "2026-12-01");
        var future = await ReferAsync(coordinator, "Ēriks Gaidītājs", "2031-06-01");
        await CloseAsync(coordinator, closed);
        var rejected = await ApplyAsync(coordinator, api.NgoA.Id, $"rejected-{Guid.NewGuid():N}@example.lv");
        Assert.Empty((await CommandAsync(coordinator, "rejectMentor", "RejectMentorInput", rejected, new { reason = "NOT_SUITABLE_NOW" })).UserErrors("rejectMentor"));
        var withdrawn = await ApplyAsync(coordinator, api.NgoA.Id, $"withdrawn-{Guid.NewGuid():N}@example.lv");
        Assert.Empty((await CommandAsync(coordinator, "withdrawMentor", "WithdrawMentorInput", withdrawn, new { reason = "moved away" })).UserErrors("withdrawMentor"));
        var applicant = await ApplyAsync(coordinator, api.NgoA.Id, $"applicant-{Guid.NewGuid():N}@example.lv");
        var (sent, cancelled, deadLettered, pending) = await MessagesAsync();
        var auditAtStart = await AuditCountAsync();
        Assert.True(auditAtStart > 0); // the coordinator's reads above

        // 89 days: nothing is due.
        await NightAsync(t0.AddDays(89), Nothing);
        // 91 days: the sent, cancelled and dead-lettered messages go; the one still waiting stays.
        await NightAsync(t0.AddDays(91), Nothing with { MessagesDeleted = 3 });
        Assert.Equal(new[] { pending }, (await MessageIdsAsync()).Intersect([sent, cancelled, deadLettered, pending]));
        await using (var events = api.Store.QuerySession(api.NgoA.TenantId))
            foreach (var id in new[] { sent, cancelled, deadLettered }) Assert.Null(await events.Events.FetchStreamStateAsync(id)); // the events went too

        // Six months: the rejected applicant — a day early nothing, then exactly them.
        await NightAsync(t0.AddMonths(6).AddDays(-1), Nothing);
        await NightAsync(t0.AddMonths(6).AddDays(1), Nothing with { RejectedMentorsErased = 1 });
        Assert.Equal([rejected], await ErasedMentorsAsync(rejected, withdrawn, applicant));
        // Erasing them cancelled the mail still owed to them (NGO's "application received"): 90 days on, it goes too.
        await NightAsync(new DateTimeOffset(2027, 11, 30, 10, 0, 0, TimeSpan.Zero), Nothing with { MessagesDeleted = 1 });

        // Twelve months after the release date with nothing recorded: the dormant case is closed (NO_CONTACT), not erased.
        await NightAsync(new DateTimeOffset(2027, 12, 2, 10, 0, 0, TimeSpan.Zero), Nothing with { DormantCasesClosed = 1 });
        var cases = await ClientsAsync(closed, dormant, future);
        Assert.Equal((ClientStage.Closed, CaseClosureReason.NoContact, "Dace Klusā"), (cases[dormant].Stage, cases[dormant].ClosureReason, cases[dormant].Person.Name));
        Assert.Equal(ClientStage.Referred, cases[future].Stage); // released only in 2031: not dormant

        // Two years: the mentor who withdrew.
        await NightAsync(t0.AddMonths(24).AddDays(-1), Nothing);
        await NightAsync(t0.AddMonths(24).AddDays(1), Nothing with { WithdrawnMentorsErased = 1 });
        Assert.Equal([rejected, withdrawn], await ErasedMentorsAsync(rejected, withdrawn, applicant));

        // Five years after closing: the closed case (and the withdrawn mentor's cancelled mail, long past its 90 days).
        await NightAsync(t0.AddYears(5).AddDays(-1), Nothing with { MessagesDeleted = 1 });
        await NightAsync(t0.AddYears(5).AddDays(1), Nothing with { ClosedCasesErased = 1 });
        cases = await ClientsAsync(closed, dormant, future);
        Assert.Equal((PersonalDataMasking.Erased, CaseClosureReason.GoalsMet), (cases[closed].Person.Name, cases[closed].ClosureReason));
        Assert.Equal("Dace Klusā", cases[dormant].Person.Name);

        // Five years after the system closed it: the dormant case; the case released in 2031 has now been quiet a year since.
        await NightAsync(new DateTimeOffset(2032, 12, 3, 10, 0, 0, TimeSpan.Zero), Nothing with { ClosedCasesErased = 1, DormantCasesClosed = 1 });
        cases = await ClientsAsync(closed, dormant, future);
        Assert.Equal(PersonalDataMasking.Erased, cases[dormant].Person.Name);
        Assert.Equal((ClientStage.Closed, "Ēriks Gaidītājs"), (cases[future].Stage, cases[future].Person.Name));
        Assert.Equal([rejected, withdrawn], await ErasedMentorsAsync(rejected, withdrawn, applicant)); // an applicant in progress is never due

        // Ten years: the audit records of the first day go; the four erasures' records, written later, stay.
        await NightAsync(t0.AddYears(10).AddDays(-1), Nothing);
        await NightAsync(t0.AddYears(10).AddDays(1), Nothing with { AuditRecordsDeleted = auditAtStart });
        await using var session = api.Store.QuerySession();
        var left = await session.Query<AuditRecord>().Where(a => a.AnyTenant()).ToListAsync();
        Assert.Equal(
            new[] { (closed, "RETENTION:ClosedCase"), (dormant, "RETENTION:ClosedCase"), (rejected, "RETENTION:RejectedMentor"), (withdrawn, "RETENTION:WithdrawnMentor") }.Order(),
            left.Select(a => (a.SubjectId, a.Purpose)).Order());
        Assert.All(left, a => Assert.Equal((AuditAction.PersonErased, ErasureJobSystem), (a.Action, a.By)));
        // Each erasure went through the erasure job to the end.
        Assert.All(await session.Query<ErasureRequest>().Where(r => r.AnyTenant()).ToListAsync(),
            r => Assert.Equal((ErasureStatus.Completed, ErasureSource.Retention), (r.Status, r.Source)));
        Assert.Equal(new[] { pending }, (await MessageIdsAsync()).Intersect([sent, cancelled, deadLettered, pending]));
    }

    private static readonly Guid ErasureJobSystem = Mentoring.Jobs.Erasure.ErasureJob.SystemUser;

    /// <summary>The nightly job at <paramref name="at"/>, run twice: the first run does exactly <paramref name="expected"/>, the second nothing.</summary>
    private async Task NightAsync(DateTimeOffset at, RetentionReport expected)
    {
        api.Clock.SetUtcNow(at);
        var job = ActivatorUtilities.CreateInstance<RetentionJob>(api.Services);
        Assert.Equal(expected, await job.RunAsync(default));
        Assert.Equal(Nothing, await job.RunAsync(default));
    }

    private async Task<(Guid Sent, Guid Cancelled, Guid DeadLettered, Guid Pending)> MessagesAsync()
    {
        var now = api.Clock.GetUtcNow();
        var ids = new List<Guid>();
        foreach (var name in new[] { "sent", "cancelled", "dead", "pending" })
        {
            var message = new OutgoingMessage($"retention-test:{name}", NotificationKind.Account, $"{name}@example.lv", Domain.Users.Language.En, "Subject", "Body");
            Assert.True(await Mentoring.Jobs.Outbox.Outbox.RecordAsync(api.Store, api.NgoA.TenantId, message, now, default));
            ids.Add(message.MessageId);
        }
        await using var session = api.Store.LightweightSession(api.NgoA.TenantId);
        session.Events.Append(ids[0], new MessageSent(ids[0], now));
        session.Events.Append(ids[1], new MessageCancelled(ids[1], Guid.Empty, now));
        session.Events.Append(ids[2], new MessageDeadLettered(ids[2], DeliveryFailures.RecipientRefused, now));
        await session.SaveChangesAsync();
        return (ids[0], ids[1], ids[2], ids[3]);
    }

    private async Task<List<Guid>> MessageIdsAsync()
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        var ids = (await session.Query<OutboxMessage>().Select(m => m.Id).ToListAsync()).ToList();
        return ids;
    }

    private async Task<int> AuditCountAsync()
    {
        await using var session = api.Store.QuerySession();
        return await session.Query<AuditRecord>().Where(a => a.AnyTenant()).CountAsync();
    }

    private async Task<List<Guid>> ErasedMentorsAsync(params Guid[] ids)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return [.. (await session.LoadManyAsync<Mentor>(ids)).Where(m => m.Profile.Name == PersonalDataMasking.Erased).Select(m => m.Id).OrderBy(id => Array.IndexOf(ids, id))];
    }

    private async Task<Dictionary<Guid, Client>> ClientsAsync(params Guid[] ids)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return (await session.LoadManyAsync<Client>(ids)).ToDictionary(c => c.Id);
    }

    private static async Task<Guid> ReferAsync(GraphQLClient coordinator, string name, string release) =>
        Guid.Parse((await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id } errors { code } } }", new
        {
            i = new { name, gender = "MALE", birthYear = 1970, languages = new[] { "lv" }, prisonCode = "olaine", expectedReleaseDate = release,
                      releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Inese" },
        })).Data.GetProperty("referClient").GetProperty("client").GetProperty("id").GetString()!);

    private static async Task CloseAsync(GraphQLClient coordinator, Guid id)
    {
        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId = id, expectedVersion = version, reason = "GOALS_MET" } })).UserErrors("closeCase"));
    }
}
