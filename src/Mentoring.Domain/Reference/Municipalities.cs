namespace Mentoring.Domain.Reference;

public enum MunicipalityKind { StateCity, Municipality }

/// <summary>A Latvian local government after the 2021 administrative-territorial reform.</summary>
public sealed record Municipality(string Code, string Name, MunicipalityKind Kind);

/// <summary>
/// The 43 local governments of Latvia: 7 state cities (valstspilsētas) and 36 municipalities (novadi),
/// Varakļāni included since its restoration. Codes are stable ASCII slugs used in the API and events.
/// </summary>
public static class Municipalities
{
    public static IReadOnlyList<Municipality> All { get; } =
    [
        new("daugavpils", "Daugavpils", MunicipalityKind.StateCity),
        new("jelgava", "Jelgava", MunicipalityKind.StateCity),
        new("jurmala", "Jūrmala", MunicipalityKind.StateCity),
        new("liepaja", "Liepāja", MunicipalityKind.StateCity),
        new("rezekne", "Rēzekne", MunicipalityKind.StateCity),
        new("riga", "Rīga", MunicipalityKind.StateCity),
        new("ventspils", "Ventspils", MunicipalityKind.StateCity),
        new("adazi-novads", "Ādažu novads", MunicipalityKind.Municipality),
        new("aizkraukle-novads", "Aizkraukles novads", MunicipalityKind.Municipality),
        new("aluksne-novads", "Alūksnes novads", MunicipalityKind.Municipality),
        new("augsdaugava-novads", "Augšdaugavas novads", MunicipalityKind.Municipality),
        new("balvi-novads", "Balvu novads", MunicipalityKind.Municipality),
        new("bauska-novads", "Bauskas novads", MunicipalityKind.Municipality),
        new("cesis-novads", "Cēsu novads", MunicipalityKind.Municipality),
        new("dienvidkurzeme-novads", "Dienvidkurzemes novads", MunicipalityKind.Municipality),
        new("dobele-novads", "Dobeles novads", MunicipalityKind.Municipality),
        new("gulbene-novads", "Gulbenes novads", MunicipalityKind.Municipality),
        new("jelgava-novads", "Jelgavas novads", MunicipalityKind.Municipality),
        new("jekabpils-novads", "Jēkabpils novads", MunicipalityKind.Municipality),
        new("kraslava-novads", "Krāslavas novads", MunicipalityKind.Municipality),
        new("kuldiga-novads", "Kuldīgas novads", MunicipalityKind.Municipality),
        new("kekava-novads", "Ķekavas novads", MunicipalityKind.Municipality),
        new("limbazi-novads", "Limbažu novads", MunicipalityKind.Municipality),
        new("livani-novads", "Līvānu novads", MunicipalityKind.Municipality),
        new("ludza-novads", "Ludzas novads", MunicipalityKind.Municipality),
        new("madona-novads", "Madonas novads", MunicipalityKind.Municipality),
        new("marupe-novads", "Mārupes novads", MunicipalityKind.Municipality),
        new("ogre-novads", "Ogres novads", MunicipalityKind.Municipality),
        new("olaine-novads", "Olaines novads", MunicipalityKind.Municipality),
        new("preili-novads", "Preiļu novads", MunicipalityKind.Municipality),
        new("rezekne-novads", "Rēzeknes novads", MunicipalityKind.Municipality),
        new("ropazi-novads", "Ropažu novads", MunicipalityKind.Municipality),
        new("salaspils-novads", "Salaspils novads", MunicipalityKind.Municipality),
        new("saldus-novads", "Saldus novads", MunicipalityKind.Municipality),
        new("saulkrasti-novads", "Saulkrastu novads", MunicipalityKind.Municipality),
        new("sigulda-novads", "Siguldas novads", MunicipalityKind.Municipality),
        new("smiltene-novads", "Smiltenes novads", MunicipalityKind.Municipality),
        new("talsi-novads", "Talsu novads", MunicipalityKind.Municipality),
        new("tukums-novads", "Tukuma novads", MunicipalityKind.Municipality),
        new("valka-novads", "Valkas novads", MunicipalityKind.Municipality),
        new("valmiera-novads", "Valmieras novads", MunicipalityKind.Municipality),
        new("varaklani-novads", "Varakļānu novads", MunicipalityKind.Municipality),
        new("ventspils-novads", "Ventspils novads", MunicipalityKind.Municipality),
    ];

    private static readonly Dictionary<string, Municipality> ByCode = All.ToDictionary(m => m.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Municipality? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var m) ? m : null;
}
