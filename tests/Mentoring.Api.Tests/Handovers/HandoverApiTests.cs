using System.Text.Json;
using Marten;
using Mentoring.Api.Handovers;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Handovers;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Handovers.HandoverApi;

namespace Mentoring.Api.Tests.Handovers;

/// <summary>
/// A case's path handed from NGO A to Rīga's social worker over HTTP, with consent: what the worker reads (their own
/// tenant's copy, every read on record in both trails), what they decide (into the NGO's plan), and everyone else seeing nothing.
/// </summary>
public sealed class HandoverApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string Worker = ApiFixture.EmailOf("riga", Role.SocialWorker);

    private async Task<string> HandOverAsync(GraphQLClient coordinator, Guid clientId, string? key = null, bool notes = false, int? days = null)
    {
        var r = await coordinator.PostAsync(HandOver, new { i = new { clientId, socialWorkerUserId = await SocialWorkerIdAsync(api, Worker), includeNotes = notes, days, idempotencyKey = key } });
        Assert.Empty(r.UserErrors("handOverToSocialService"));
        return Item(r, "handOverToSocialService").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task With_consent_the_worker_reads_exactly_that_path_each_read_on_record_and_decisions_flow_into_the_plan()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var worker = await api.SignedIn("riga", Role.SocialWorker);
        var (clientId, _) = await CaseAsync(coordinator);
        var key = "ho-" + Guid.NewGuid();
        var first = await coordinator.PostAsync(HandOver, new { i = new { clientId, socialWorkerUserId = await SocialWorkerIdAsync(api, Worker), idempotencyKey = key } });
        var handover = Item(first, "handOverToSocialService");
        var id = handover.GetProperty("id").GetString()!;
        Assert.Equal(("ACTIVE", "Social worker riga", "Rīga"), (handover.GetProperty("status").GetString(), handover.GetProperty("socialWorkerName").GetString(),
            handover.GetProperty("municipalityName").GetString()));
        Assert.Equal(ApiFixture.Start.AddDays(60), handover.GetProperty("expiresAt").GetDateTimeOffset());

        // A retry with the key answers with the same hand-over and writes nothing.
        var writes = await api.CountWritesAsync();
        var retried = await coordinator.PostAsync(HandOver, new { i = new { clientId, socialWorkerUserId = await SocialWorkerIdAsync(api, Worker), idempotencyKey = key } });
        Assert.Equal(id, Item(retried, "handOverToSocialService").GetProperty("id").GetString());
        Assert.Equal(writes, await api.CountWritesAsync());

        // The worker's copy is in Rīga's tenant; the stream in NGO A's.
        await using (var riga = api.Store.QuerySession(api.Riga.TenantId)) Assert.NotNull(await riga.LoadAsync<HandoverCase>(Guid.Parse(id)));
        await using (var ngo = api.Store.QuerySession(api.NgoA.TenantId))
        {
            Assert.NotNull(await ngo.LoadAsync<Handover>(Guid.Parse(id)));
            Assert.Null(await ngo.LoadAsync<HandoverCase>(Guid.Parse(id)));
        }

        // The worker reads the path: plan, documents, warnings; no notes unless chosen.
        var mine = (await worker.PostAsync(Mine)).Data.GetProperty("myHandovers").EnumerateArray().Single(h => h.GetProperty("id").GetString() == id);
        Assert.Equal("Pēteris Liepa", mine.GetProperty("name").GetString());
        Assert.Equal("NGO A", mine.GetProperty("ngoName").GetString());
        Assert.Equal(6, mine.GetProperty("path").GetProperty("goals").GetArrayLength());
        Assert.Equal(6, mine.GetProperty("path").GetProperty("documents").GetArrayLength());
        Assert.NotEqual(0, mine.GetProperty("path").GetProperty("warnings").GetArrayLength());
        // …and both trails have the read: the municipality's under the hand-over, the NGO's under the case.
        await using (var trail = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var read = await trail.Query<AuditRecord>().Where(r => r.SubjectId == clientId && r.Purpose == AuditPurposes.HandoverRead).ToListAsync();
            Assert.Equal(("myHandovers", "SocialWorker"), (Assert.Single(read).Via, read[0].ByRoles.Single()));
        }
        var readOne = await worker.PostAsync(One, new { id });
        Assert.Equal("Pēteris Liepa", readOne.Data.GetProperty("handover").GetProperty("name").GetString());
        await using (var trail = api.Store.QuerySession(api.NgoA.TenantId))
            Assert.Equal(2, await trail.Query<AuditRecord>().CountAsync(r => r.SubjectId == clientId && r.Purpose == AuditPurposes.HandoverRead));
        await using (var trail = api.Store.QuerySession(api.Riga.TenantId))
            Assert.Equal(2, await trail.Query<AuditRecord>().CountAsync(r => r.SubjectId == Guid.Parse(id) && r.SubjectKind == "handover"));
        // The NGO's auditor sees who read it, by the name the hand-over gave them.
        using var auditor = await api.SignedIn("a", Role.Auditor);
        var entries = (await auditor.PostAsync("query($s: ID!) { auditTrail(subjectId: $s) { nodes { byName purposeKind } } }", new { s = clientId })).Data
            .GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("byName").GetString() == "Social worker riga" && e.GetProperty("purposeKind").GetString() == "SOCIAL_SERVICE_HANDOVER");

        // The worker refuses the GMI benefit for want of income documents, and grants the family-doctor step: both land in the plan.
        var goals = mine.GetProperty("path").GetProperty("goals").EnumerateArray().ToList();
        var assistance = goals.Single(g => g.GetProperty("standard").GetString() == "SOCIAL_ASSISTANCE").GetProperty("id").GetString();
        var doctor = goals.Single(g => g.GetProperty("standard").GetString() == "FAMILY_DOCTOR").GetProperty("id").GetString();
        var refused = await worker.PostAsync(Decide, new { i = new { handoverId = id, goalId = assistance, help = "GMI_BENEFIT", decision = "REFUSED", reason = "NO_INCOME_DOCUMENTS",
                                                                       decidedOn = "2026-11-23", note = "Nav konta izrakstu par trim mēnešiem.", idempotencyKey = "d1" } });
        Assert.Empty(refused.UserErrors("recordSocialServiceDecision"));
        var after = Item(refused, "recordSocialServiceDecision");
        Assert.Contains(after.GetProperty("path").GetProperty("refusals").EnumerateArray(), r => r.GetProperty("reason").GetString() == "NO_INCOME_DOCUMENTS");
        // The same decision again (a retry) is recorded once.
        writes = await api.CountWritesAsync();
        var again = await worker.PostAsync(Decide, new { i = new { handoverId = id, goalId = assistance, help = "GMI_BENEFIT", decision = "REFUSED", reason = "NO_INCOME_DOCUMENTS",
                                                                     decidedOn = "2026-11-23", note = "Nav konta izrakstu par trim mēnešiem.", idempotencyKey = "d1" } });
        Assert.Empty(again.UserErrors("recordSocialServiceDecision"));
        Assert.Equal(writes, await api.CountWritesAsync());
        var granted = await worker.PostAsync(Decide, new { i = new { handoverId = id, goalId = doctor, help = "OTHER", decision = "GRANTED", decidedOn = "2026-11-23" } });
        Assert.Empty(granted.UserErrors("recordSocialServiceDecision"));

        var plan = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { goals { id status } refusals { institution reason help } } }", new { id = clientId }))
            .Data.GetProperty("client");
        Assert.Equal("REFUSED", plan.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == assistance).GetProperty("status").GetString());
        Assert.Equal("DONE", plan.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == doctor).GetProperty("status").GetString());
        var refusal = Assert.Single(plan.GetProperty("refusals").EnumerateArray());
        Assert.Equal(("MUNICIPAL_SOCIAL_SERVICE", "NO_INCOME_DOCUMENTS", "GMI_BENEFIT"),
            (refusal.GetProperty("institution").GetString(), refusal.GetProperty("reason").GetString(), refusal.GetProperty("help").GetString()));
        var ofClient = (await coordinator.PostAsync(OfClient, new { c = clientId })).Data.GetProperty("clientHandovers");
        Assert.Equal(2, Assert.Single(ofClient.EnumerateArray()).GetProperty("decisions").GetArrayLength());

        // A change of the plan by the NGO reaches the worker's copy.
        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        var doc = await coordinator.PostAsync("mutation($i: RecordDocumentInput!) { recordDocument(input: $i) { errors { code field } } }",
            new { i = new { clientId, expectedVersion = version, kind = "IDENTITY_DOCUMENT", obtainedOn = "2026-11-22" } });
        Assert.Empty(doc.UserErrors("recordDocument"));
        await using (var riga = api.Store.QuerySession(api.Riga.TenantId))
            Assert.Equal(new DateOnly(2026, 11, 22), (await riga.LoadAsync<HandoverCase>(Guid.Parse(id)))!.Path!.Documents.Single(d => d.Kind == Domain.Clients.DocumentKind.IdentityDocument).ObtainedOn);

        // The worker was told by e-mail, in Rīga's outbox, naming nobody.
        var mail = (await api.MessagesToAsync(Worker)).Single(m => m.Key == $"handover:{id}");
        Assert.Equal((NotificationKind.CaseHandover, api.Riga.TenantId), (mail.Kind, mail.OwnerTenant));
        Assert.DoesNotContain("Liepa", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("NGO A", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_scope_nothing_per_person_leaves_the_ngo()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (clientId, _) = await CaseAsync(coordinator, "PROCESSING", "MENTOR_CONTACT");
        var writes = await api.CountWritesAsync();
        var r = await coordinator.PostAsync(HandOver, new { i = new { clientId, socialWorkerUserId = await SocialWorkerIdAsync(api, Worker) } });
        Assert.Equal(("NO_CONSENT", "clientId"), Assert.Single(r.UserErrors("handOverToSocialService")));
        Assert.Equal(writes, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Only_a_social_worker_of_the_destination_municipality_and_nobody_else_reads_it()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (clientId, _) = await CaseAsync(coordinator);
        var id = await HandOverAsync(coordinator, clientId);

        // Jelgava's social worker: refused as a recipient, and reads nothing of Rīga's.
        var jelgava = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Municipality, Name = "Jelgava", MunicipalityCode = "jelgava",
            IdempotencyKey = "jelgava" }, api.Store, api.Clock, default)).Item!;
        const string other = "socialworker@jelgava.test";
        await PlatformBootstrap.EnsureUser(api.Store, api.Services.GetRequiredService<IPasswordHasher<UserAccount>>(), api.Clock, jelgava.Id, jelgava.TenantId, other,
            "Jelgava worker", [Role.SocialWorker], ApiFixture.Password, default);
        var wrong = await coordinator.PostAsync(HandOver, new { i = new { clientId, socialWorkerUserId = await SocialWorkerIdAsync(api, other) } });
        Assert.Equal("SOCIAL_WORKER_WRONG_MUNICIPALITY", Assert.Single(wrong.UserErrors("handOverToSocialService")).Code);
        var viewer = await coordinator.PostAsync(HandOver, new { i = new { clientId, socialWorkerUserId = await SocialWorkerIdAsync(api, ApiFixture.EmailOf("riga", Role.MunicipalityViewer)) } });
        Assert.Equal("NOT_A_SOCIAL_WORKER", Assert.Single(viewer.UserErrors("handOverToSocialService")).Code);
        // The choice offered is Rīga's social worker only.
        var offered = (await coordinator.PostAsync("query($c: ID!) { handoverRecipients(clientId: $c) { name organisationName } }", new { c = clientId })).Data.GetProperty("handoverRecipients");
        Assert.Equal(["Social worker riga"], offered.EnumerateArray().Select(o => o.GetProperty("name").GetString()));

        using var otherWorker = api.Client();
        await otherWorker.LoginAsync(other, ApiFixture.Password);
        Assert.Empty((await otherWorker.PostAsync(Mine)).Data.GetProperty("myHandovers").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, (await otherWorker.PostAsync(One, new { id })).Data.GetProperty("handover").ValueKind);
        var decided = await otherWorker.PostAsync(Decide, new { i = new { handoverId = id, help = "GMI_BENEFIT", decision = "REFUSED", reason = "OTHER", decidedOn = "2026-11-23", note = "x y z" } });
        Assert.Equal("NOT_FOUND", Assert.Single(decided.UserErrors("recordSocialServiceDecision")).Code);

        // The other NGO sees none of A's hand-overs; the Rīga viewer and a mentor are refused the worker's view; the worker the staff case.
        using var coordinatorB = await api.SignedIn("b", Role.Coordinator);
        Assert.Empty((await coordinatorB.PostAsync(OfClient, new { c = clientId })).Data.GetProperty("clientHandovers").EnumerateArray());
        using var municipalityViewer = await api.SignedIn("riga", Role.MunicipalityViewer);
        Assert.Contains("FORBIDDEN", (await municipalityViewer.PostAsync(Mine)).ErrorCodes);
        using var worker = await api.SignedIn("riga", Role.SocialWorker);
        Assert.Contains("FORBIDDEN", (await worker.PostAsync("query($id: ID!) { client(id: $id) { name } }", new { id = clientId })).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await worker.PostAsync(OfClient, new { c = clientId })).ErrorCodes);
    }

    [Fact]
    public async Task Revoked_or_consent_withdrawn_the_workers_copy_is_masked_at_once()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var worker = await api.SignedIn("riga", Role.SocialWorker);
        var (revokedCase, _) = await CaseAsync(coordinator);
        var revoked = await HandOverAsync(coordinator, revokedCase, notes: true);
        var version = Assert.Single((await coordinator.PostAsync(OfClient, new { c = revokedCase })).Data.GetProperty("clientHandovers").EnumerateArray()).GetProperty("version").GetInt64();
        var r = await coordinator.PostAsync("mutation($i: RevokeHandoverInput!) { revokeHandover(input: $i) { handover { status } errors { code field } } }",
            new { i = new { handoverId = revoked, expectedVersion = version } });
        Assert.Equal("REVOKED", Item(r, "revokeHandover").GetProperty("status").GetString());

        var (withdrawnCase, caseVersion) = await CaseAsync(coordinator);
        var withdrawn = await HandOverAsync(coordinator, withdrawnCase);
        var w = await coordinator.PostAsync("mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { errors { code field } } }",
            new { i = new { clientId = withdrawnCase, expectedVersion = caseVersion, withdrawnOn = "2026-11-23" } });
        Assert.Empty(w.UserErrors("withdrawConsent"));

        foreach (var (id, status) in new[] { (revoked, "REVOKED"), (withdrawn, "CONSENT_WITHDRAWN") })
        {
            var read = (await worker.PostAsync(One, new { id })).Data.GetProperty("handover");
            Assert.Equal(status, read.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, read.GetProperty("path").ValueKind);
            Assert.Equal(JsonValueKind.Null, read.GetProperty("name").ValueKind);
            // Gone from the municipality's rows, not merely hidden.
            await using var riga = api.Store.QuerySession(api.Riga.TenantId);
            var stored = (await riga.LoadAsync<HandoverCase>(Guid.Parse(id)))!;
            Assert.Null(stored.Path);
            Assert.DoesNotContain("Liepa", System.Text.Json.JsonSerializer.Serialize(stored), StringComparison.Ordinal);
            var decided = await worker.PostAsync(Decide, new { i = new { handoverId = id, help = "GMI_BENEFIT", decision = "REFUSED", reason = "OTHER", decidedOn = "2026-11-23", note = "x y z" } });
            Assert.Equal(status == "REVOKED" ? "HANDOVER_REVOKED" : "HANDOVER_CONSENT_WITHDRAWN", Assert.Single(decided.UserErrors("recordSocialServiceDecision")).Code);
        }
        // A masked copy is no read of the case: nothing went on record for these.
        await using var trail = api.Store.QuerySession(api.NgoA.TenantId);
        Assert.False(await trail.Query<AuditRecord>().AnyAsync(a => (a.SubjectId == revokedCase || a.SubjectId == withdrawnCase) && a.Purpose == AuditPurposes.HandoverRead));
    }

    [Fact]
    public async Task A_case_write_carrying_a_handover_read_before_someone_changed_it_conflicts_and_changes_nothing()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (clientId, _) = await CaseAsync(coordinator);
        var id = Guid.Parse(await HandOverAsync(coordinator, clientId));
        await using var session = api.Store.LightweightSession(api.NgoA.TenantId);
        var read = (await session.LoadAsync<Handover>(id))!;
        // Between the case's read and its commit, another coordinator extends the hand-over.
        var extended = await coordinator.PostAsync("mutation($i: ExtendHandoverInput!) { extendHandover(input: $i) { errors { code } } }",
            new { i = new { handoverId = id, days = 30, expectedVersion = read.Version } });
        Assert.Empty(extended.UserErrors("extendHandover"));

        HandoverWrites.Append(session, read, HandoverDecider.ConsentGone(read, ApiFixture.Start));
        await Assert.ThrowsAnyAsync<JasperFx.ConcurrencyException>(() => session.SaveChangesAsync());
        await using var check = api.Store.QuerySession(api.NgoA.TenantId);
        var now = (await check.LoadAsync<Handover>(id))!;
        Assert.Equal((HandoverStatus.Active, read.Version + 1), (now.Status, now.Version));
    }

    [Fact]
    public async Task Erasing_the_person_erases_the_handed_over_path_and_removes_the_workers_copy()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (clientId, version) = await CaseAsync(coordinator);
        var id = Guid.Parse(await HandOverAsync(coordinator, clientId, notes: true));
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code field } } }",
            new { i = new { clientId, expectedVersion = version, reason = "MOVED_AWAY" } })).UserErrors("closeCase"));
        // Closing the case revoked the hand-over with it.
        await using (var riga = api.Store.QuerySession(api.Riga.TenantId))
            Assert.Equal((HandoverStatus.Revoked, null), ((await riga.LoadAsync<HandoverCase>(id))!.Status, (await riga.LoadAsync<HandoverCase>(id))!.Path));
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var erased = await admin.PostAsync("mutation($p: ID!) { erasePersonData(personId: $p, reason: \"asked on 2026-11-23\") { erasure { status } errors { code } } }", new { p = clientId });
        Assert.Equal("COMPLETED", erased.Data.GetProperty("erasePersonData").GetProperty("erasure").GetProperty("status").GetString());

        await using (var riga = api.Store.QuerySession(api.Riga.TenantId)) Assert.Null(await riga.LoadAsync<HandoverCase>(id));
        await using var ngo = api.Store.QuerySession(api.NgoA.TenantId);
        Assert.Equal(Mentoring.Domain.Privacy.PersonalDataMasking.Erased, (await ngo.LoadAsync<Handover>(id))!.Path.Name);
        var events = await ngo.Events.FetchStreamAsync(id);
        Assert.DoesNotContain("Liepa", System.Text.Json.JsonSerializer.Serialize(events.Select(e => e.Data).ToList()), StringComparison.Ordinal);
    }
}
