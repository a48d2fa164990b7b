namespace Mentoring.Domain.Reference;

/// <summary>A place of imprisonment run by the Latvian Prison Administration (Ieslodzījuma vietu pārvalde).</summary>
public sealed record Prison(string Code, string Name, string MunicipalityCode);

/// <summary>Latvia's prisons, as reference data. Codes are stable ASCII slugs used in the API and events.</summary>
public static class Prisons
{
    public static IReadOnlyList<Prison> All { get; } =
    [
        new("daugavgriva", "Daugavgrīvas cietums", "daugavpils"),
        new("ilguciems", "Iļģuciema cietums", "riga"),
        new("jelgava", "Jelgavas cietums", "jelgava"),
        new("jekabpils", "Jēkabpils cietums", "jekabpils-novads"),
        new("liepaja", "Liepājas cietums", "liepaja"),
        new("olaine", "Olaines cietums", "olaine-novads"),
        new("riga-central", "Rīgas Centrālcietums", "riga"),
        new("valmiera", "Valmieras cietums", "valmiera-novads"),
        new("cesis-juvenile", "Cēsu Audzināšanas iestāde nepilngadīgajiem", "cesis-novads"),
    ];

    private static readonly Dictionary<string, Prison> ByCode = All.ToDictionary(p => p.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Prison? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var p) ? p : null;
}
