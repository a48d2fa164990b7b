using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Organisations;
using Mentoring.Api.Referrals;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace Mentoring.Api.Demo;

/// <summary>
/// A prison and its social worker, who has referred three people to the demo NGO: one waiting in the coordinator's inbox,
/// one the NGO asked more about, one declined for want of capacity. None has become a case, so the history's figures stand.
/// Idempotent: the referrals are sent with keys, and answered only while they still wait.
/// </summary>
public static class DemoReferrals
{
    public const string ReferrerEmail = "referrer@demo.mentoring.lv";

    public static async Task SeedAsync(IDocumentStore store, IPasswordHasher<UserAccount> hasher, TimeProvider clock, Organisation ngo, CancellationToken ct)
    {
        var prison = (await CreateOrganisation.Handle(new CreateOrganisationInput
        {
            Kind = OrganisationKind.Prison, Name = "Olaines cietums", IdempotencyKey = "demo-prison",
        }, store, clock, ct)).Item!;
        await PlatformBootstrap.EnsureUser(store, hasher, clock, prison.Id, prison.TenantId, ReferrerEmail, "Inese Sociālā", [Role.Referrer], DemoData.Password, ct);

        await using var own = store.LightweightSession(prison.TenantId);
        var referrer = await own.Query<UserAccount>().SingleAsync(u => u.Email == ReferrerEmail, ct);
        await using var ngoSession = store.LightweightSession(ngo.TenantId);
        var coordinator = await ngoSession.Query<UserAccount>().SingleAsync(u => u.Email == DemoData.CoordinatorEmail, ct);
        var caller = new Caller(referrer.Id, prison.Id, prison.TenantId, new HashSet<Role> { Role.Referrer });
        var today = RigaCalendar.Today(clock);
        var now = clock.GetUtcNow();
        var asReferrer = new Actor(referrer.Id, now, today);
        var asCoordinator = new Actor(coordinator.Id, now, today);

        (string Key, string Name, Gender Gender, int BirthYear, string[] Languages, int InDays, (NeedDomain, NeedLevel)[] Needs, string Note)[] people =
        [
            ("demo-referral-1", "Edgars Vītols", Gender.Male, 1983, ["lv"], 24, [(NeedDomain.Housing, NeedLevel.High), (NeedDomain.Employment, NeedLevel.Medium)],
                "Vēlas atgriezties Rīgā; ģimenes kontaktu nav."),
            ("demo-referral-2", "Sergejs Ivanovs", Gender.Male, 1991, ["ru", "lv"], 38, [(NeedDomain.Addiction, NeedLevel.High), (NeedDomain.IdentityDocuments, NeedLevel.Medium)],
                "Pabeidzis Minesotas programmu cietumā."),
            ("demo-referral-3", "Aivars Krūmiņš", Gender.Male, 1975, ["lv"], 52, [(NeedDomain.Health, NeedLevel.Medium)], "Nepieciešams ģimenes ārsts."),
        ];
        var sent = new List<SentReferral>();
        foreach (var p in people)
        {
            var answer = await ReferralMutations.Send(new ReferToNgoInput
            {
                Name = p.Name, Gender = p.Gender, BirthYear = p.BirthYear, Languages = p.Languages, PrisonCode = "olaine", ExpectedReleaseDate = today.AddDays(p.InDays),
                ReleaseType = ReleaseType.EndOfSentence, DestinationMunicipality = "riga", NgoOrganisationId = ngo.Id,
                Needs = p.Needs.Select(n => new ReferralNeedInput { Domain = n.Item1, Level = n.Item2 }).ToList(),
                ConsentScopes = [ConsentScope.Processing, ConsentScope.MentorContact], ConsentGivenOn = today.AddDays(-3),
                ConsentDocumentReference = $"OC-{today.Year}/{p.BirthYear % 100 + 200}", Note = p.Note, IdempotencyKey = p.Key,
            }, caller, asReferrer, own, store, ct);
            if (answer.Item is { } item) sent.Add(item);
        }
        if (sent.Count < 3) return;
        await Answer(ngoSession, sent[1], r => ReferralDecider.Decide(new RequestReferralInformation("Vai viņam ir deklarēta dzīvesvieta Rīgā?", asCoordinator), r), ct);
        await Answer(ngoSession, sent[2], r => ReferralDecider.Decide(new DeclineReferral(ReferralDeclineReason.NoCapacity, "Līdz martam visi līdzgaitnieki ir aizņemti.", asCoordinator), r), ct);
    }

    /// <summary>The NGO's answer, only while the referral still waits for one (a second start leaves it as it is).</summary>
    private static async Task Answer(IDocumentSession session, SentReferral referral, Func<Referral?, Decision> decide, CancellationToken ct)
    {
        if (referral.Status != ReferralStatus.Received) return;
        await ReferralWrites.Handle(session, referral.Id, null, r => Task.FromResult(decide(r)), ct);
    }
}
