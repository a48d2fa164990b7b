using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Import;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Import;

/// <summary>Cells as people type them, in Latvian, English and Russian, and the mapping the header row suggests.</summary>
public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("2026-12-28", "2026-12-28")]
    [InlineData("28.12.2026", "2026-12-28")]
    [InlineData("28.12.2026.", "2026-12-28")]
    [InlineData("2.1.2027", "2027-01-02")]
    [InlineData("2026.12.28.", "2026-12-28")]
    [InlineData("28/12/2026", "2026-12-28")]
    [InlineData("2026-12-28T00:00:00", "2026-12-28")]
    [InlineData("46384", "2026-12-28")] // Excel's day number
    public void Dates_are_iso_latvian_day_first_or_excel_day_numbers(string text, string expected)
    {
        Assert.True(ImportValues.TryDate(text, out var date));
        Assert.Equal(DateOnly.Parse(expected), date);
    }

    [Theory]
    [InlineData("12/28/2026")] // month first: not a date here
    [InlineData("next week")]
    [InlineData("31.02.2026")]
    [InlineData("46384.5")]
    public void Other_texts_are_not_dates(string text) => Assert.False(ImportValues.TryDate(text, out _));

    [Theory]
    [InlineData("1985", 1985)]
    [InlineData("1985.0", 1985)]
    [InlineData(" 2 ", 2)]
    public void Whole_numbers(string text, int expected)
    {
        Assert.True(ImportValues.TryInt(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1985.5")]
    [InlineData("deux")]
    [InlineData("1 985")]
    public void Not_whole_numbers(string text) => Assert.False(ImportValues.TryInt(text, out _));

    [Theory]
    [InlineData("latviešu valoda, krievu", new[] { "lv", "ru" })]
    [InlineData("LV; RU; lv", new[] { "lv", "ru" })]
    [InlineData("Russian and English", new[] { "ru", "en" })]
    [InlineData("русский и латышский", new[] { "ru", "lv" })]
    [InlineData("latgaliešu / ukraiņu", new[] { "ltg", "uk" })]
    [InlineData("lv, Klingon", new[] { "lv", "klingon" })] // passed on as written: the decider names it UNKNOWN_LANGUAGE
    [InlineData("", new string[0])]
    public void Languages_are_codes_or_names_in_three_languages(string text, string[] expected) => Assert.Equal(expected, ImportValues.Languages(text));

    [Theory]
    [InlineData("Rīga", "riga")]
    [InlineData("riga", "riga")]
    [InlineData("Ogres novads", "ogre-novads")]
    [InlineData("Ogre", "ogre-novads")]
    [InlineData("Jelgava", "jelgava")] // the state city, not Jelgavas novads
    [InlineData("Jelgavas novads", "jelgava-novads")]
    [InlineData("Ādažu nov.", "adazi-novads")]
    [InlineData("Narnia", "Narnia")]
    public void Municipalities_are_codes_or_names(string text, string expected) => Assert.Equal(expected, ImportValues.Municipality(text));

    [Fact]
    public void A_mentors_municipalities_are_a_list() =>
        Assert.Equal(["riga", "marupe-novads"], ImportValues.Municipalities("Rīga; Mārupes novads, riga"));

    [Theory]
    [InlineData("Olaines cietums", "olaine")]
    [InlineData("olaine", "olaine")]
    [InlineData("Iļģuciems", "ilguciems")]
    [InlineData("Rīgas Centrālcietums", "riga-central")]
    [InlineData("Daugavgrīvas cietums", "daugavgriva")]
    [InlineData("Jēkabpils", "jekabpils")]
    [InlineData("Alcatraz", "Alcatraz")]
    public void Prisons_are_codes_or_names(string text, string expected) => Assert.Equal(expected, ImportValues.Prison(text));

    [Theory]
    [InlineData("Sieviete", Gender.Female)]
    [InlineData("S", Gender.Female)]
    [InlineData("ж", Gender.Female)]
    [InlineData("male", Gender.Male)]
    [InlineData("Vīrietis", Gender.Male)]
    [InlineData("М", Gender.Male)]
    [InlineData("UNDISCLOSED", Gender.Undisclosed)]
    [InlineData("cits", Gender.Other)]
    public void Genders_in_words_or_letters(string text, Gender expected) => Assert.Equal(expected, ImportValues.Gender(text));

    [Theory]
    [InlineData("soda beigas", ReleaseType.EndOfSentence)]
    [InlineData("END_OF_SENTENCE", ReleaseType.EndOfSentence)]
    [InlineData("Nosacīta pirmstermiņa atbrīvošana", ReleaseType.ConditionalEarlyRelease)]
    [InlineData("УДО", ReleaseType.ConditionalEarlyRelease)]
    [InlineData("from pre-trial detention", ReleaseType.PreTrialDetention)]
    [InlineData("īslaicīga brīvības atņemšana (līdz 3 mēnešiem)", ReleaseType.ShortCustody)]
    public void Release_types_in_words(string text, ReleaseType expected) => Assert.Equal(expected, ImportValues.ReleaseType(text));

    [Fact]
    public void Unknown_words_are_not_guessed()
    {
        Assert.Null(ImportValues.Gender("maybe"));
        Assert.Null(ImportValues.ReleaseType("escaped"));
        Assert.Null(ImportValues.Bool("perhaps"));
        Assert.Null(ImportValues.Bool(""));
        Assert.True(ImportValues.Bool("Jā"));
        Assert.True(ImportValues.Bool("✓"));
        Assert.False(ImportValues.Bool("нет"));
    }

    [Fact]
    public void Specialities_are_need_domains_and_the_rest_is_reported()
    {
        var (domains, unknown) = ImportValues.Specialities("Mājoklis; EMPLOYMENT, зависимость, juggling");
        Assert.Equal([NeedDomain.Housing, NeedDomain.Employment, NeedDomain.Addiction], domains);
        Assert.Equal(["juggling"], unknown);
    }

    [Fact]
    public void Latvian_headers_suggest_the_mentor_fields_and_leave_unknown_columns_unmapped()
    {
        var suggested = ImportFields.Suggest(ImportKind.Mentors,
            ["Nr.", "Vārds, uzvārds", "E-pasts", "Tālrunis", "Dzimšanas gads", "Dzimums", "Valodas", "Pašvaldības", "Motivācija", "Piezīmes"]);
        Assert.Equal([
            new FieldMapping(ImportField.Name, 1), new FieldMapping(ImportField.Email, 2), new FieldMapping(ImportField.Phone, 3),
            new FieldMapping(ImportField.BirthYear, 4), new FieldMapping(ImportField.Gender, 5), new FieldMapping(ImportField.Languages, 6),
            new FieldMapping(ImportField.Municipalities, 7), new FieldMapping(ImportField.Motivation, 8),
        ], suggested);
    }

    [Fact]
    public void Russian_and_english_headers_suggest_the_client_fields_and_the_referrers_name_is_not_the_persons()
    {
        var russian = ImportFields.Suggest(ImportKind.Clients,
            ["ФИО", "Год рождения", "Языки", "Тюрьма", "Дата освобождения", "Вид освобождения", "Муниципалитет", "Кто направил"]);
        Assert.Equal([
            new FieldMapping(ImportField.Name, 0), new FieldMapping(ImportField.BirthYear, 1), new FieldMapping(ImportField.Languages, 2),
            new FieldMapping(ImportField.PrisonCode, 3), new FieldMapping(ImportField.ExpectedReleaseDate, 4), new FieldMapping(ImportField.ReleaseType, 5),
            new FieldMapping(ImportField.DestinationMunicipality, 6), new FieldMapping(ImportField.ReferrerName, 7),
        ], russian);

        var english = ImportFields.Suggest(ImportKind.Clients, ["Referrer name", "Name", "Year of birth", "Released on", "Prison"]);
        Assert.Equal([
            new FieldMapping(ImportField.Name, 1), new FieldMapping(ImportField.BirthYear, 2), new FieldMapping(ImportField.PrisonCode, 4),
            new FieldMapping(ImportField.AlreadyReleasedOn, 3), new FieldMapping(ImportField.ReferrerName, 0),
        ], english);
    }

    [Fact]
    public void Field_names_are_the_deciders_input_names()
    {
        Assert.Equal("birthYear", ImportFields.InputName(ImportField.BirthYear));
        Assert.Equal(ImportField.DestinationMunicipality, ImportFields.FromInputName("destinationMunicipality"));
        Assert.Null(ImportFields.FromInputName("idempotencyKey"));
        Assert.Null(ImportFields.FromInputName("BirthYear"));
    }
}
