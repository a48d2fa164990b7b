using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Contracts;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace Mentoring.Api.Demo;

/// <summary>
/// Demo data for ./run.sh (Mentoring:SeedDemo=true): an NGO, a municipality, a contract between them, a prison referring
/// people to the NGO (<see cref="DemoReferrals"/>) and one user per role. Idempotent: a second start finds everything in place. Never enable it in production.
/// </summary>
public sealed class DemoData(IDocumentStore store, IPasswordHasher<UserAccount> hasher, TimeProvider clock) : IHostedService
{
    public const string Password = "Demo-parole-2026";
    public const string CoordinatorEmail = "coordinator@demo.mentoring.lv";
    /// <summary>The demo mentor's account is made the real way: <see cref="DemoScenario"/> vets and approves them.</summary>
    public const string MentorEmail = "mentor@demo.mentoring.lv";
    private const string NgoKey = "demo-ngo";

    public static readonly (string Email, string Name, Role Role, bool Ngo)[] Users =
    [
        ("admin@demo.mentoring.lv", "Pēteris Platforma", Role.PlatformAdmin, false),
        ("orgadmin@demo.mentoring.lv", "Ilze Administratore", Role.OrgAdmin, true),
        ("coordinator@demo.mentoring.lv", "Anna Koordinatore", Role.Coordinator, true),
        (MentorEmail, "Jānis Līdzgaitnieks", Role.Mentor, true),
        ("auditor@demo.mentoring.lv", "Marta Auditore", Role.Auditor, true),
        ("municipality@demo.mentoring.lv", "Kārlis Sociālais", Role.MunicipalityViewer, false),
        (DemoReferrals.ReferrerEmail, "Inese Sociālā", Role.Referrer, false), // of the prison (DemoReferrals)
        (DemoHandovers.SocialWorkerEmail, "Dace Sociālā darbiniece", Role.SocialWorker, false), // of Rīga's social service (DemoHandovers)
    ];

    public async Task StartAsync(CancellationToken ct)
    {
        await PlatformBootstrap.EnsurePlatformOrganisation(store, clock, ct);
        var ngo = (await CreateOrganisation.Handle(new CreateOrganisationInput
        {
            Kind = OrganisationKind.Ngo, Name = "Biedrība Līdzgaitnieki", RegistrationNumber = "40008000001", IdempotencyKey = NgoKey,
        }, store, clock, ct)).Item!;
        var riga = (await CreateOrganisation.Handle(new CreateOrganisationInput
        {
            Kind = OrganisationKind.Municipality, Name = "Rīgas valstspilsētas pašvaldība", MunicipalityCode = "riga", IdempotencyKey = "demo-riga",
        }, store, clock, ct)).Item!;

        foreach (var (email, name, role, inNgo) in Users.Where(u => u.Role is not (Role.Mentor or Role.Referrer)))
        {
            var org = role == Role.PlatformAdmin ? (PlatformBootstrap.PlatformOrganisationId, RegisterOrganisationDecider.PlatformTenant)
                : inNgo ? (ngo.Id, ngo.TenantId) : (riga.Id, riga.TenantId);
            await PlatformBootstrap.EnsureUser(store, hasher, clock, org.Item1, org.Item2, email, name, [role], Password, ct);
        }

        var coordinator = Caller.From(null) ?? new Caller(Guid.Empty, ngo.Id, ngo.TenantId, new HashSet<Role> { Role.Coordinator });
        await using var session = store.LightweightSession(ngo.TenantId);
        // In force from a January before the demo's history begins (DemoScenario: some 15 months back) to the end of next year.
        var today = RigaCalendar.Today(clock);
        var start = new DateOnly(today.AddMonths(-16).Year, 1, 1);
        await ContractMutations.Create(new CreateContractInput
        {
            MunicipalityCode = "riga",
            Reference = $"RD-{start.Year}/17",
            IdempotencyKey = "demo-contract-riga",
            Terms = new ContractTermsInput
            {
                StartDate = start, EndDate = new DateOnly(today.Year + 1, 12, 31), ClientCapacity = 40,
                ReportRecipients = ["socialais.dienests@riga.example"], Cadence = ReportingCadence.Monthly,
            },
        }, coordinator, session, store, clock, ct);
        await DemoServices.SeedAsync(store, ngo.TenantId, clock, ct);
        await DemoReferrals.SeedAsync(store, hasher, clock, ngo, ct);

        Console.WriteLine();
        Console.WriteLine($"Demo users (password for all: {Password}):");
        foreach (var (email, _, role, _) in Users) Console.WriteLine($"  {role,-20} {email}");
        Console.WriteLine();
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The demo NGO (the same idempotency key returns it), or null before it exists.</summary>
    public static async Task<Organisation?> NgoAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        return await registry.Query<Organisation>().FirstOrDefaultAsync(o => o.Name == "Biedrība Līdzgaitnieki" && o.Kind == OrganisationKind.Ngo, ct);
    }
}
