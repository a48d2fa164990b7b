using System.Text;
using GraphQL;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentoring.Api.Tests.Auth;

/// <summary>
/// Every operation of the schema, called as every role and anonymously, with unknown ids of the caller's own tenant
/// and with real ids of another NGO: the access decision must be the documented matrix's (generated from the same
/// rules), and nothing of the other NGO may be read or written.
/// </summary>
public sealed class GeneratedAccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Canary = "Canary Kanārijputniņš"; // the other NGO's client: must never appear in an answer
    private const string ReferredCanary = "Referred Kanārijs"; // referred to the other NGO: only its referrer's own list may show it

    private sealed record Caller(string Label, Role? Role, string Org);

    private static readonly Caller[] Callers =
    [
        new("anonymous", null, ""), new("PlatformAdmin", Role.PlatformAdmin, "platform"), new("OrgAdmin", Role.OrgAdmin, "a"),
        new("Coordinator", Role.Coordinator, "a"), new("Mentor", Role.Mentor, "a"), new("MunicipalityViewer", Role.MunicipalityViewer, "riga"),
        new("Auditor", Role.Auditor, "a"), new("Referrer", Role.Referrer, "prison"), new("SocialWorker", Role.SocialWorker, "riga"),
    ];

    /// <summary>
    /// The deliberate cross-tenant reads (README, docs/security.md): platform admins administer every organisation's
    /// users and see the contracts; a municipality sees the contracts it funds (Rīga funds NGO B's canary contract),
    /// and their outcome summaries — aggregates only, and a resend of one to the contract's own recipients.
    /// </summary>
    private static readonly HashSet<(string, string)> Deliberate =
    [
        ("PlatformAdmin", "users"), ("PlatformAdmin", "contracts"), ("PlatformAdmin", "contract"),
        ("MunicipalityViewer", "contracts"), ("MunicipalityViewer", "contract"),
        ("MunicipalityViewer", "outcomeSummary"), ("MunicipalityViewer", "resendOutcomeSummary"),
    ];

    /// <summary>The referrer's own referral (sent to NGO B) comes back to the referrer: as their own list's, and as a refused retry's answer.</summary>
    private static readonly HashSet<(string, string)> OwnReferral = [("Referrer", "myReferrals")];

    [Fact]
    public async Task Every_operation_answers_every_role_as_the_matrix_says_and_never_reaches_another_ngo()
    {
        // NGO B's data: an approved mentor, a consented client and an active match between them, and a contract.
        using var coordinatorB = await api.SignedIn("b", Role.Coordinator);
        var pairB = await Scenarios.ActivePairAsync(api, coordinatorB, Canary, api.NgoB.Id, "canary.mentor@b.example");
        var clientB = (await coordinatorB.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pairB.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        var contractB = (await coordinatorB.PostAsync("""
            mutation { createContract(input: { municipalityCode: "riga", reference: "CANARY-B", terms: { startDate: "2026-01-01", endDate: "2026-12-31", clientCapacity: 5, reportRecipients: ["x@riga.example"] } }) { contract { id } errors { code } } }
            """)).Data.GetProperty("createContract").GetProperty("contract").GetProperty("id").GetString()!;
        // A referral from the prison to NGO B (its contract covers Rīga): its stream is in B's tenant, its sender's copy in the prison's.
        using var referrer = await api.SignedIn("prison", Role.Referrer);
        var referralB = (await referrer.PostAsync("""
            mutation($i: ReferToNgoInput!) { referToNgo(input: $i) { referral { id } errors { code field } } }
            """, new { i = new { name = ReferredCanary, gender = "MALE", birthYear = 1980, languages = new[] { "lv" }, prisonCode = "olaine", expectedReleaseDate = "2026-12-20",
                                  releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", ngoOrganisationId = api.NgoB.Id, needs = Array.Empty<object>(),
                                  consentScopes = new[] { "PROCESSING" }, consentGivenOn = "2026-11-20", consentDocumentReference = "CANARY-REF" } }))
            .Data.GetProperty("referToNgo").GetProperty("referral").GetProperty("id").GetString()!;
        var otherIds = new Dictionary<string, string>
        {
            ["client"] = clientB, ["mentor"] = pairB.MentorId.ToString(), ["match"] = pairB.MatchId.ToString(), ["contract"] = contractB,
            ["organisation"] = api.NgoB.Id.ToString(), ["referral"] = referralB, ["incomingReferral"] = referralB,
        };

        var services = new ServiceCollection();
        services.AddMentoringGraphQL(new MentoringOptions());
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        var rules = AccessMatrix.From(schema).Where(r => r.Kind is "query" or "mutation").ToList();
        var writesInB = await WritesInTenantAsync(api.NgoB.TenantId);

        var failures = new List<string>();
        var calls = 0;
        foreach (var caller in Callers)
        {
            async Task<GraphQLClient> Connect() => caller.Role is { } role ? await api.SignedIn(caller.Org, role) : api.Client();
            var client = await Connect();
            foreach (var rule in rules)
            {
                var root = (IObjectGraphType)(rule.Kind == "query" ? schema.Query : schema.Mutation!);
                var field = root.GetField(rule.Field)!;
                foreach (var (dimension, ids) in new[] { ("own tenant, unknown ids", (IReadOnlyDictionary<string, string>?)null), ("other NGO's ids", otherIds) })
                {
                    var document = Document(rule.Kind, field, ids);
                    var response = await client.PostAsync(document);
                    // Operations that end the session (logout, signOutEverywhere): the next call signs in afresh.
                    if (rule.Field is "logout" or "signOutEverywhere")
                    {
                        client.Dispose();
                        client = await Connect();
                    }
                    calls++;
                    var body = response.Body.GetRawText();
                    var denied = response.ErrorCodes.Any(c => c is FieldAccess.Forbidden or FieldAccess.Unauthenticated);
                    var expected = rule.Allows(caller.Role);
                    if ((int)response.Status >= 500) failures.Add($"{caller.Label} {rule.Field} ({dimension}): HTTP {(int)response.Status}");
                    else if (expected == denied) failures.Add($"{caller.Label} {rule.Field} ({dimension}): expected {(expected ? "allowed" : "denied")}, got {body}");
                    // A person's case never crosses NGOs; the few deliberate cross-tenant reads may show B's contract or users.
                    var deliberate = Deliberate.Contains((caller.Label, rule.Field));
                    if ((body.Contains(ReferredCanary, StringComparison.Ordinal) && !OwnReferral.Contains((caller.Label, rule.Field))) ||
                        body.Contains(Canary, StringComparison.Ordinal) ||
                        (!deliberate && (body.Contains("canary.mentor@b.example", StringComparison.Ordinal) || body.Contains("CANARY-B", StringComparison.Ordinal))))
                        failures.Add($"{caller.Label} {rule.Field} ({dimension}): LEAK of NGO B's data: {body}");
                }
            }
            client.Dispose();
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {calls} calls disagree with docs/security.md:\n" + string.Join("\n", failures));
        Assert.Equal(writesInB, await WritesInTenantAsync(api.NgoB.TenantId));
        Assert.True(calls >= rules.Count * Callers.Length * 2);
    }

    /// <summary>A call of one root field with a value for every required argument (and ids chosen per dimension).</summary>
    private static string Document(string kind, FieldType field, IReadOnlyDictionary<string, string>? ids)
    {
        var text = new StringBuilder(kind).Append(" { ").Append(field.Name);
        var args = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType || a.Name.EndsWith("Id", StringComparison.Ordinal)).ToList();
        if (args.Count > 0)
            text.Append('(').AppendJoin(", ", args.Select(a => $"{a.Name}: {Value(a.ResolvedType!, a.Name, field.Name, ids, 0)}")).Append(')');
        text.Append(Selection(Unwrap(field.ResolvedType!), 0));
        return text.Append(" }").ToString();
    }

    /// <summary>
    /// Every field anyone may read without arguments, two levels deep: if another NGO's record came back, its
    /// name would be in the answer. Fields restricted to roles are left out (the matrix covers them).
    /// </summary>
    private static string Selection(IGraphType type, int depth)
    {
        if (type is not IComplexGraphType complex) return "";
        var fields = complex.Fields
            .Where(f => f.Arguments is not { Count: > 0 } && f.GetRoles() is not { Count: > 0 })
            .Select(f => (f.Name, Inner: Unwrap(f.ResolvedType!)))
            .Where(f => f.Inner is not IComplexGraphType || depth < 1)
            .Select(f => f.Inner is IComplexGraphType ? f.Name + Selection(f.Inner, depth + 1) : f.Name);
        return " { __typename " + string.Join(" ", fields) + " }";
    }

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType!),
        ListGraphType l => Unwrap(l.ResolvedType!),
        _ => type,
    };

    private static string Value(IGraphType type, string name, string field, IReadOnlyDictionary<string, string>? ids, int depth) => type switch
    {
        NonNullGraphType n => Value(n.ResolvedType!, name, field, ids, depth),
        ListGraphType l => $"[{Value(l.ResolvedType!, name.TrimEnd('s'), field, ids, depth)}]",
        EnumerationGraphType e => e.Values.First().Name,
        IInputObjectGraphType input => "{ " + string.Join(", ", input.Fields.Where(f => f.ResolvedType is NonNullGraphType || f.Name.EndsWith("Id", StringComparison.Ordinal))
            .Select(f => $"{f.Name}: {Value(f.ResolvedType!, f.Name, field, ids, depth + 1)}")) + " }",
        _ => type.Name switch
        {
            "ID" => $"\"{Id(name, field, ids)}\"",
            "Int" or "Long" => "1",
            "Float" => "0.5",
            "Boolean" => "false",
            "DateOnly" => "\"2026-11-20\"",
            "DateTimeOffset" => "\"2026-11-22T10:00:00Z\"",
            _ => "\"x\"",
        },
    };

    /// <summary>Another NGO's real id where the argument names one of its things; otherwise an id nobody has.</summary>
    private static string Id(string name, string field, IReadOnlyDictionary<string, string>? ids)
    {
        if (ids is null) return Guid.NewGuid().ToString();
        var thing = name == "id" ? field : name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name;
        return ids.TryGetValue(thing, out var id) ? id : Guid.NewGuid().ToString();
    }

    private async Task<long> WritesInTenantAsync(string tenant)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"select count(*) from {api.Schema}.mt_events where tenant_id = @t", connection);
        count.Parameters.AddWithValue("t", tenant);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
