using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Privacy;
using Mentoring.Jobs.Erasure;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// Erasure as one resumable job, with the jobs engines and a real SMTP server: an erasure that dies half-way leaves its
/// request recorded with the steps it did, is taken up again by the sweep and finishes, and then nothing in the
/// organisation's data, its mail or Hangfire's job state names the person; running it again changes nothing.
/// </summary>
public sealed class ErasureJobTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    private const string Erasures = "query($p: ID) { erasures(personId: $p) { totalCount nodes { id status failedStep steps { step } stepCount messages eventsMasked completedAt } } }";
    private const string Erase = "mutation($p: ID!, $r: String!) { erasePersonData(personId: $p, reason: $r) { erasure { id status steps { step } } errors { code field } } }";
    private const string Note = "Baidās no brāļa Oskara, dzīvo pie Ilgas Vītolas.";

    [Fact]
    public async Task A_clients_erasure_that_dies_half_way_is_finished_by_the_sweep_and_leaves_nothing_that_names_them()
    {
        var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator, "Pēteris Zvaigzne"); // released 25 Nov 2026
        var clientId = (await ClientOfAsync(pair.MatchId));
        Assert.Empty((await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = Guid.NewGuid().ToString(), happenedAt = "2026-11-22T12:00:00+02:00", durationMinutes = 40,
                      mode = "PRISON_VISIT", place = "Olaines cietuma 3. apmeklējumu telpa", topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), privateNote = Note, concern = "NONE" },
        })).UserErrors("logContact"));
        Assert.True((await coordinator.PostAsync("mutation($m: ID!, $c: ID!) { declareConflictOfInterest(mentorId: $m, clientId: $c, kind: NAMED_RELATION, note: \"Zvaigzne is his cousin's son\") }",
            new { m = pair.MentorId, c = clientId })).Data.GetProperty("declareConflictOfInterest").GetBoolean());

        // Release day: the morning digest names him (by initials) and is sent; a week later the next one waits for 08:00.
        var scan = ActivatorUtilities.CreateInstance<ReminderScan>(api.Services);
        api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 11, 25), new TimeOnly(7, 0)));
        Assert.True(await scan.RunAsync(default) > 0);
        var mentorUser = await MentorUserAsync(pair.MentorId);
        var sentKey = $"digest:{mentorUser}:2026-11-25";
        api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 11, 25), new TimeOnly(8, 30)));
        await api.SweepAsync();
        await api.SentAsync(api.NgoA.TenantId, sentKey);
        Assert.Contains("P. Z.", api.Smtp.To(pair.MentorEmail).Single(m => m.Subject!.Contains("25.11.2026", StringComparison.Ordinal)).TextBody, StringComparison.Ordinal);
        api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 12, 2), new TimeOnly(7, 0)));
        Assert.True(await scan.RunAsync(default) > 0);
        var waitingKey = $"digest:{mentorUser}:2026-12-02";
        var waiting = (await api.MessageAsync(api.NgoA.TenantId, waitingKey))!;
        Assert.True(waiting.Pending);
        Assert.Contains(clientId, waiting.Mentions); // tagged when it was recorded
        var named = await MessagesNamingAsync("P. Z.");
        Assert.Contains(waiting.Id, named);
        Assert.Contains(OutgoingMessage.IdOf(sentKey), named);

        coordinator = await api.SignedIn("a", Role.Coordinator); // a week on, the cookie has expired
        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId, expectedVersion = version, reason = "MOVED_AWAY" } })).UserErrors("closeCase"));

        // The erasure is recorded, then its job dies after masking the events, before the read models.
        await using (var query = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var subject = (await Erasure.FindAsync(query, clientId, default))!;
            var admin = (await query.Query<Domain.Users.UserAccount>().SingleAsync(u => u.Email == ApiFixture.EmailOf("a", Role.OrgAdmin))).Id;
            Assert.True((await ErasureJob.RequestAsync(api.Store, api.NgoA.TenantId, subject, ErasureSource.Admin,
                new AuditRecord(Guid.CreateVersion7(), AuditAction.PersonErased, subject.Kind, clientId, admin, ["OrgAdmin"], "request 2026-12-01", api.Clock.GetUtcNow()), default)).Succeeded);
        }
        var dying = ActivatorUtilities.CreateInstance<ErasureJob>(api.Services);
        dying.BeforeStep = step => step == ErasureStep.ReadModels ? throw new InvalidOperationException("the process dies here") : Task.CompletedTask;
        await Assert.ThrowsAsync<InvalidOperationException>(() => dying.RunAsync(api.NgoA.TenantId, ErasureDecider.RequestIdOf(clientId), default));

        using var orgAdmin = await api.SignedIn("a", Role.OrgAdmin);
        var half = (await orgAdmin.PostAsync(Erasures, new { p = clientId })).Data.GetProperty("erasures").GetProperty("nodes")[0];
        Assert.Equal(("FAILING", "READ_MODELS"), (half.GetProperty("status").GetString(), half.GetProperty("failedStep").GetString()));
        Assert.Equal(["REGISTER", "SCOPE", "MESSAGES", "EVENTS"], half.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
        Assert.Equal(1, await CountAsync(orgAdmin, "FAILING", clientId));
        Assert.Equal(0, await CountAsync(orgAdmin, "COMPLETED", clientId));
        // Exactly the state a crash used to leave behind: masked events under a read model that still names him.
        Assert.Equal("Pēteris Zvaigzne", (await LoadAsync<Domain.Clients.Client>(clientId)).Person.Name);
        Assert.Equal("[erased]", (await EventsAsync(clientId)).OfType<Domain.Clients.ClientReferred>().Single().Person.Name);
        Assert.Contains(clientId, (await new ErasureRegister(new ErasureOptions { RegisterDirectory = api.ErasureRegister }).ReadAsync(default)).Select(e => e.PersonId));

        // Restarted: the sweep takes it up at the read models and finishes.
        api.Clock.Advance(ErasureSweep.Quiet);
        Assert.Equal((1, 1), await ActivatorUtilities.CreateInstance<ErasureSweep>(api.Services).RunAsync(default));
        var done = (await orgAdmin.PostAsync(Erasures, new { p = clientId })).Data.GetProperty("erasures").GetProperty("nodes")[0];
        Assert.Equal("COMPLETED", done.GetProperty("status").GetString());
        Assert.Equal((1, 0, 0, 0), (await CountAsync(orgAdmin, "COMPLETED", clientId), await CountAsync(orgAdmin, "FAILING", clientId),
            await CountAsync(orgAdmin, "IN_PROGRESS", clientId), await CountAsync(orgAdmin, "REQUESTED", clientId)));
        // Another organisation's administrator does not see it.
        using (var otherAdmin = await api.SignedIn("b", Role.OrgAdmin))
            Assert.Equal(0, (await otherAdmin.PostAsync(Erasures, new { p = clientId })).Data.GetProperty("erasures").GetProperty("totalCount").GetInt32());
        Assert.Equal(done.GetProperty("stepCount").GetInt32(), done.GetProperty("steps").GetArrayLength());
        Assert.True(done.GetProperty("messages").GetInt32() >= 2);

        // Nothing names him: no event, no document of any kind, no message, no Hangfire row.
        foreach (var secret in new[] { "Zvaigzne", "Pēteris", "P. Z.", "Oskar", "apmeklējumu telpa", "cousin" })
            Assert.Equal([], await RowsContainingAsync(secret));
        Assert.Equal("[erased]", (await LoadAsync<Domain.Clients.Client>(clientId)).Person.Name);
        Assert.Null((await LoadAsync<ConflictOfInterest>(ConflictOfInterest.IdFor(pair.MentorId, clientId))).Note);
        Assert.NotNull((await api.MessageAsync(api.NgoA.TenantId, waitingKey))!.CancelledAt); // never goes out
        Assert.NotNull((await api.MessageAsync(api.NgoA.TenantId, sentKey))!.SentAt); // was sent: masked, still counted
        // The matching rule the declaration carries still holds.
        Assert.Equal(ConflictKind.NamedRelation, (await LoadAsync<ConflictOfInterest>(ConflictOfInterest.IdFor(pair.MentorId, clientId))).Kind);

        // Idempotent: the sweep, the job and the administrator asking again change nothing more.
        var before = await api.DataFingerprintAsync();
        Assert.Equal((0, 0), await ActivatorUtilities.CreateInstance<ErasureSweep>(api.Services).RunAsync(default));
        Assert.Equal(ErasureStatus.Completed, (await ActivatorUtilities.CreateInstance<ErasureJob>(api.Services).RunAsync(api.NgoA.TenantId, ErasureDecider.RequestIdOf(clientId), default))!.Status);
        var again = await orgAdmin.PostAsync(Erase, new { p = clientId, r = "asked twice" });
        Assert.Equal(("COMPLETED", done.GetProperty("id").GetString()), (again.Data.GetProperty("erasePersonData").GetProperty("erasure").GetProperty("status").GetString(),
            again.Data.GetProperty("erasePersonData").GetProperty("erasure").GetProperty("id").GetString()));
        Assert.Equal(before, await api.DataFingerprintAsync());
    }

    [Fact]
    public async Task A_mentors_erasure_cancels_the_mail_still_owed_to_them_and_leaves_no_refusal_quoting_their_address_in_the_job_state()
    {
        var coordinator = await api.SignedIn("a", Role.Coordinator);
        var email = $"mentor-{Guid.NewGuid():N}@example.lv";
        api.Smtp.Refuse(email); // the mailbox no longer exists: the server quotes the address in its refusal
        var mentorId = await ApplyAsync(coordinator, api.NgoA.Id, email);
        await VetFullyAsync(coordinator, mentorId);
        Assert.Empty((await ApproveAsync(coordinator, mentorId)).UserErrors("approveMentor"));
        var invitation = $"mentor-invitation:{mentorId}";
        await Eventually.TrueAsync(async () => (await api.MessageAsync(api.NgoA.TenantId, invitation))?.FailedAttempts > 0, "the invitation was not tried");
        Assert.NotEqual([], await RowsContainingAsync(email, hangfireOnly: true)); // the refusal, kept by Hangfire for its retry

        Assert.Empty((await CommandAsync(coordinator, "withdrawMentor", "WithdrawMentorInput", mentorId, new { reason = "moving abroad" })).UserErrors("withdrawMentor"));
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var erased = (await admin.PostAsync(Erase, new { p = mentorId, r = "asked by e-mail" })).Data.GetProperty("erasePersonData").GetProperty("erasure");
        Assert.Equal("COMPLETED", erased.GetProperty("status").GetString());

        var message = (await api.MessageAsync(api.NgoA.TenantId, invitation))!;
        Assert.NotNull(message.CancelledAt);
        Assert.Null(message.SentAt);
        Assert.Equal([], await RowsContainingAsync(email));
        Assert.Equal(PersonalDataMasking.Erased, (await LoadAsync<Domain.Mentors.Mentor>(mentorId)).Profile.Name);
        // The cancelled invitation's Hangfire job finds nothing to send, however often it is retried.
        await ActivatorUtilities.CreateInstance<Mentoring.Jobs.Outbox.OutboxDelivery>(api.Services).DeliverAsync(api.NgoA.TenantId, message.Id, default);
        Assert.Empty(api.Smtp.To(email));
        Assert.Null((await api.MessageAsync(api.NgoA.TenantId, invitation))!.SentAt);
    }

    private static async Task<int> CountAsync(GraphQLClient admin, string status, Guid person) =>
        (await admin.PostAsync("query($p: ID, $s: ErasureStatus) { erasures(personId: $p, status: $s) { totalCount } }", new { p = person, s = status }))
        .Data.GetProperty("erasures").GetProperty("totalCount").GetInt32();

    private async Task<Guid> ClientOfAsync(Guid matchId) => (await LoadAsync<Match>(matchId)).ClientId;

    private async Task<T> LoadAsync<T>(Guid id) where T : notnull
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return (await session.LoadAsync<T>(id))!;
    }

    private async Task<IReadOnlyList<object>> EventsAsync(Guid stream)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return [.. (await session.Events.FetchStreamAsync(stream)).Select(e => e.Data)];
    }

    private async Task<Guid> MentorUserAsync(Guid mentorId)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return (await session.Query<Domain.Users.UserAccount>().SingleAsync(u => u.MentorId == mentorId)).Id;
    }

    private async Task<List<Guid>> MessagesNamingAsync(string text)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return [.. (await session.Query<OutboxMessage>().ToListAsync()).Where(m => m.TextBody.Contains(text, StringComparison.Ordinal)).Select(m => m.Id)];
    }

    /// <summary>Every table of the test's schema (events, streams, every document) and of its Hangfire schema whose rows contain the text, as "table: rows".</summary>
    private Task<List<string>> RowsContainingAsync(string text, bool hangfireOnly = false) =>
        DatabaseRows.ContainingAsync(api.ConnectionString, hangfireOnly ? [api.Schema + "_hangfire"] : [api.Schema, api.Schema + "_hangfire"], text);
}
