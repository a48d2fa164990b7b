using System.Reflection;
using System.Text.Json;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Schema;

/// <summary>
/// The server sends codes, the web names them: every code the server can send has its words in each of the web's
/// catalogues (lv, en, ru), so no screen falls back to a code or to English. Runs in ./test.sh and CI, so a missing key
/// fails the build.
/// </summary>
public sealed class CatalogueTests
{
    private static readonly string[] Languages = ["lv", "en", "ru"];

    /// <summary>String constants that are not codes a screen shows (none today: add one here with the reason).</summary>
    private static readonly HashSet<string> NotShown = [];

    /// <summary>Enums that tell a client how to render something and are never shown themselves.</summary>
    private static readonly HashSet<string> StructuralEnums = ["ParamKind", "FigureKind", "GoalKind"];

    [Fact]
    public void Every_error_code_is_named_in_every_language() => AllNamed(ErrorCodes().Select(c => $"error.{c}"));

    [Fact]
    public void Every_matching_constraint_and_its_reason_are_named() =>
        AllNamed(Constants(typeof(Constraints)).SelectMany(c => new[] { $"constraint.{c}", $"constraint.{c}.why" }));

    [Fact]
    public void Every_factor_reason_is_named() => AllNamed(Constants(typeof(FactorReasons)).Select(c => $"reason.{c}"));

    [Fact]
    public void Every_vetting_detail_is_named() => AllNamed(Constants(typeof(VettingDetails)).Select(c => $"vetting.detail.{c}"));

    [Fact]
    public void Every_delivery_failure_is_named() => AllNamed(Constants(typeof(Domain.Messages.DeliveryFailures)).Select(c => $"delivery.{c}"));

    [Fact]
    public void Every_eligibility_warning_is_named() => AllNamed(Constants(typeof(Domain.Clients.EligibilityWarnings)).Select(c => $"warning.{c}"));

    [Fact]
    public void Every_value_of_every_schema_enum_is_named()
    {
        var services = new ServiceCollection();
        services.AddMentoringGraphQL(new MentoringOptions());
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        var keys = schema.AllTypes.OfType<EnumerationGraphType>().Where(e => !e.Name.StartsWith("__", StringComparison.Ordinal) && !StructuralEnums.Contains(e.Name))
            .SelectMany(e => e.Values.Select(v => e.Name == "Role" ? $"role.{v.Value}" : $"enum.{e.Name}.{v.Name}"));
        AllNamed(keys);
    }

    /// <summary>The catalogue check itself can fail: a code nobody named is reported.</summary>
    [Fact]
    public void A_code_without_words_is_reported() =>
        Assert.Contains("error.NO_SUCH_CODE_ANYWHERE", Missing(["error.NO_SUCH_CODE_ANYWHERE"]));

    private static void AllNamed(IEnumerable<string> keys)
    {
        var missing = Missing(keys);
        Assert.True(missing.Count == 0, "Missing in web/src/i18n (lv, en, ru): " + string.Join(", ", missing));
    }

    private static List<string> Missing(IEnumerable<string> keys)
    {
        var catalogues = Languages.Select(Catalogue).ToList();
        return [.. keys.Distinct().Where(k => catalogues.Any(c => !c.Contains(k) && !c.Contains($"{k}.other"))).Order()];
    }

    private static HashSet<string> Catalogue(string language)
    {
        var file = Path.Combine(Root(), "web", "src", "i18n", $"{language}.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return [.. json.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    /// <summary>Every CONSTANT_CASE string constant in the domain and the API is an error code, except the lists named above.</summary>
    private static IEnumerable<string> ErrorCodes()
    {
        Type[] elsewhere = [typeof(Constraints), typeof(FactorReasons), typeof(VettingDetails), typeof(Domain.Audit.AuditPurposes),
            typeof(Domain.Clients.EligibilityWarnings), typeof(Domain.Messages.DeliveryFailures)];
        return new[] { typeof(UserError).Assembly, typeof(GraphQLSetup).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => !elsewhere.Contains(t))
            .SelectMany(Constants).Where(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$"))
            .Where(c => !NotShown.Contains(c)).Distinct();
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mentoring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Mentoring.sln not found above the test binaries.");
    }
}
