using System.Text.Json;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Services;

/// <summary>
/// The platform-wide directory entries: reference data kept in the repo (platform-services.json, embedded in this
/// assembly, every entry with its source; the file's "about" says what is sourced and from where). Shared by every NGO,
/// stored in no tenant: an NGO's corrections of them live in its own tenant (<see cref="LocalService"/>).
/// </summary>
public static class PlatformServices
{
    private sealed record Row(string Id, string Kind, string Name, string? Municipality, bool National, string? Address, string? OpeningHours,
        string? Phone, IReadOnlyList<string>? Languages, IReadOnlyList<string> Domains, string? Note, string Source);

    private sealed record File(IReadOnlyList<Row> Services);

    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<ServiceEntry> All { get; } = Load();

    private static readonly Dictionary<string, ServiceEntry> ById = All.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public static ServiceEntry? Find(string? id) => id is not null && ById.TryGetValue(id, out var s) ? s : null;

    private static IReadOnlyList<ServiceEntry> Load()
    {
        using var stream = typeof(PlatformServices).Assembly.GetManifestResourceStream("Mentoring.Domain.Services.platform-services.json")
                           ?? throw new InvalidOperationException("platform-services.json is not embedded.");
        var file = JsonSerializer.Deserialize<File>(stream, ReadOptions)!;
        return [.. file.Services.Select(r => new ServiceEntry(r.Id, ServiceOrigin.Platform,
            new ServiceDetails(Parse<ServiceKind>(r.Kind), r.Name, r.Municipality, r.Address, r.OpeningHours, r.Phone, r.Languages ?? [],
                [.. r.Domains.Select(Parse<NeedDomain>)], r.Note),
            r.National, r.Source, false, 0))];
    }

    /// <summary>The file spells enum values as the schema does (SOCIAL_SERVICE).</summary>
    private static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value.Replace("_", ""), ignoreCase: true);
}
