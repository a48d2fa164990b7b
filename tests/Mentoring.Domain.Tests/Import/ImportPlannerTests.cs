using System.Text;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Import;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Import;

/// <summary>
/// The dry run, row by row: the mapping's checks, reading problems, natural keys on record and above in the file, and the
/// deciders' own refusals placed at their columns — exactly the rows and errors expected, nothing more.
/// </summary>
public sealed class ImportPlannerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Admin = new(Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), Today);
    private static readonly Guid Ngo = Guid.NewGuid();

    private static Sheet Csv(string text) => SpreadsheetReader.Read(Encoding.UTF8.GetBytes(text), ImportLimits.Default).Sheet!;

    private static (int, ImportRowStatus, string?, (string, string?, int?)[]) Shape(PlannedRow row) =>
        (row.Number, row.Status, row.Key, [.. row.Errors.Select(e => (e.Code, e.Field, e.Column))]);

    private const string Mentors =
        "Vārds;E-pasts;Dzimšanas gads;Valodas;Pašvaldības;Motivācija;Kapacitāte\n" +
        "Anna Bērziņa;anna@example.lv;1980;latviešu, krievu;Rīga;Gribu palīdzēt citiem atgriezties.;2\n" +
        "Jānis Kalniņš;JANIS@example.lv;1975;lv;Rīga;Pats esmu to piedzīvojis.;\n" +
        "Ilze Ozola;ilze@example.lv;19x5;lv, klingon;Narnia;Īsi;9\n" +
        "Anna B.;Anna@Example.lv;1980;lv;Rīga;Gribu palīdzēt citiem atgriezties.;2\n" +
        "Pēteris;not-an-email;2015;ru;Ogre;Motivācija ir laba.;\n";

    [Fact]
    public void Mentor_rows_are_new_already_present_duplicated_in_the_file_or_refused_with_every_error_at_its_column()
    {
        var sheet = Csv(Mentors);
        var mapping = ImportFields.Suggest(ImportKind.Mentors, sheet.Headers);
        Assert.Empty(ImportPlanner.CheckMapping(ImportKind.Mentors, sheet, mapping));
        var janis = Guid.NewGuid();
        var rows = ImportPlanner.PlanMentors(sheet, mapping, new Dictionary<string, Guid> { ["janis@example.lv"] = janis }, Ngo, Admin);

        Assert.Equal([
            (2, ImportRowStatus.New, "anna@example.lv", []),
            (3, ImportRowStatus.AlreadyPresent, "janis@example.lv", []),
            (4, ImportRowStatus.Error, "ilze@example.lv", [
                (ImportCodes.InvalidNumber, "birthYear", 2), (MentorDecider.UnknownLanguage, "languages", 3), (ErrorCodes.UnknownMunicipality, "municipalities", 4),
                (ErrorCodes.Validation, "motivation", 5), (ErrorCodes.Validation, "capacity", 6)]),
            (5, ImportRowStatus.Error, "anna@example.lv", [(ImportCodes.DuplicateInFile, "email", 1)]),
            (6, ImportRowStatus.Error, "not-an-email", [(ErrorCodes.Validation, "email", 1), (ErrorCodes.Validation, "birthYear", 2)]),
        ], rows.Select(Shape));

        var anna = rows[0];
        Assert.Equal(DeterministicId.From(ImportPlanner.MentorScope, $"import:{Ngo}:anna@example.lv"), anna.RecordId);
        var profile = anna.Mentor!;
        Assert.Equal(("Anna Bērziņa", "anna@example.lv", (string?)null, Gender.Undisclosed, 1980, new LivedExperience(false, null), 2, "Gribu palīdzēt citiem atgriezties."),
            (profile.Name, profile.Email, profile.Phone, profile.Gender, profile.BirthYear, profile.LivedExperience, profile.Capacity, profile.Motivation));
        Assert.Equal(["lv", "ru"], profile.Languages);
        Assert.Equal(["riga"], profile.Municipalities);
        Assert.Equal("anna@example.lv", anna.IdempotencyKey![^15..]);
        Assert.Equal(janis, rows[1].RecordId);
        Assert.Equal([MessageParam.Text("languages", "klingon")], rows[2].Errors[1].Params);
        Assert.Equal([MessageParam.Text("value", "19x5")], rows[2].Errors[0].Params);
        Assert.Equal([MessageParam.Number("row", 2)], rows[3].Errors[0].Params);
    }

    [Fact]
    public void Planning_the_same_file_once_its_rows_are_on_record_finds_them_all_present()
    {
        var sheet = Csv(Mentors);
        var mapping = ImportFields.Suggest(ImportKind.Mentors, sheet.Headers);
        var first = ImportPlanner.PlanMentors(sheet, mapping, new Dictionary<string, Guid> { ["janis@example.lv"] = Guid.NewGuid() }, Ngo, Admin);
        var recorded = first.Where(r => r.RecordId is not null).ToDictionary(r => r.Key!, r => r.RecordId!.Value);
        var again = ImportPlanner.PlanMentors(sheet, mapping, recorded, Ngo, Admin);
        Assert.Equal([ImportRowStatus.AlreadyPresent, ImportRowStatus.AlreadyPresent, ImportRowStatus.Error, ImportRowStatus.AlreadyPresent, ImportRowStatus.Error],
            again.Select(r => r.Status));
        Assert.DoesNotContain(again, r => r.Status == ImportRowStatus.New);
    }

    private static byte[] ClientWorkbook() => Xlsx.Table(
        ["Vārds, uzvārds", "Dzimšanas gads", "Cietums", "Atbrīvošanas datums", "Atbrīvošanas veids", "Pašvaldība", "Valodas"],
        ["Andris Kalns", 1985d, "Olaines cietums", new DateOnly(2027, 1, 15), "soda beigas", "Rīga", "lv"],
        ["marta liepa", 1990d, "Iļģuciems", "28.12.2026", "УДО", "Jelgava", "ru"],
        ["Oskars Vītols", 1988d, "olaine", new DateOnly(2026, 11, 1), "soda beigas", "Rīga", "latviešu"],
        ["Anna Zariņa", 1979d, "Olaine", new DateOnly(2027, 2, 1), "soda beigas", "Ogre", "lv"],
        ["Andris Kalns", 1985d, "Olaines cietums", "2027-01-15", "soda beigas", "Rīga", "lv"],
        ["Jurijs Petrovs", 1983d, "Alcatraz", "next year", "escaped", "Narnia", "ru"],
        ["Līga Kalna", 1992d, "olaine", "", "soda beigas", "Rīga", "lv"]);

    [Fact]
    public void Client_rows_from_an_xlsx_meet_the_natural_key_the_likely_duplicate_rule_and_the_past_release_rule()
    {
        var sheet = SpreadsheetReader.Read(ClientWorkbook(), ImportLimits.Default).Sheet!;
        var mapping = ImportFields.Suggest(ImportKind.Clients, sheet.Headers).Append(new FieldMapping(ImportField.ReferrerName, null, "Ilze Probācija")).ToList();
        Assert.Empty(ImportPlanner.CheckMapping(ImportKind.Clients, sheet, mapping));
        var marta = new ExistingClient(Guid.NewGuid(), "Marta Liepa", 1990, "ilguciems", new DateOnly(2026, 12, 28), null);
        var anna = new ExistingClient(Guid.NewGuid(), "Anna Zariņa", 1979, "olaine", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1));

        var rows = ImportPlanner.PlanClients(sheet, mapping, [marta, anna], Ngo, Admin);

        Assert.Equal([
            (2, ImportRowStatus.New, "Andris Kalns", []),
            (3, ImportRowStatus.AlreadyPresent, "marta liepa", []),
            (4, ImportRowStatus.Error, "Oskars Vītols", [(ErrorCodes.InvalidPeriod, "expectedReleaseDate", 3)]),
            (5, ImportRowStatus.Error, "Anna Zariņa", [(ClientDecider.LikelyDuplicate, "name", 0)]),
            (6, ImportRowStatus.Error, "Andris Kalns", [(ImportCodes.DuplicateInFile, "name", 0)]),
            (7, ImportRowStatus.Error, "Jurijs Petrovs", [
                (ClientDecider.UnknownPrison, "prisonCode", 2), (ImportCodes.InvalidDate, "expectedReleaseDate", 3),
                (ImportCodes.InvalidValue, "releaseType", 4), (ErrorCodes.UnknownMunicipality, "destinationMunicipality", 5)]),
            (8, ImportRowStatus.Error, "Līga Kalna", [(ImportCodes.MissingValue, "expectedReleaseDate", 3)]),
        ], rows.Select(Shape));

        Assert.Equal(marta.Id, rows[1].RecordId);
        var andris = rows[0].Client!;
        Assert.Equal(DeterministicId.From(ImportPlanner.ClientScope, $"import:{Ngo}:andris kalns:1985:2027-01-15"), andris.ClientId);
        Assert.Equal(("olaine", new DateOnly(2027, 1, 15), ReleaseType.EndOfSentence, "riga", "Ilze Probācija", (DateOnly?)null),
            (andris.PrisonCode, andris.ExpectedReleaseDate, andris.ReleaseType, andris.DestinationMunicipality, andris.ReferrerName, andris.AlreadyReleasedOn));
        Assert.Equal(("Andris Kalns", 1985, "lv"), (andris.Person.Name, andris.Person.BirthYear, andris.Person.Languages.Single()));
        // Deciding the planned command again, as the import's write does, accepts it.
        Assert.True(ClientDecider.Decide(andris, null, []).IsAccepted);
    }

    [Fact]
    public void A_release_already_past_is_taken_from_the_released_on_column_and_is_the_natural_key()
    {
        var sheet = Csv("Name,Year of birth,Prison,Released on,Release type,Municipality,Languages,Referrer\n" +
                        "Oskars Vītols,1988,olaine,01.11.2026,end of sentence,riga,lv,Ilze\n");
        var mapping = ImportFields.Suggest(ImportKind.Clients, sheet.Headers);
        Assert.Empty(ImportPlanner.CheckMapping(ImportKind.Clients, sheet, mapping));
        var row = Assert.Single(ImportPlanner.PlanClients(sheet, mapping, [], Ngo, Admin));
        Assert.Equal(ImportRowStatus.New, row.Status);
        Assert.Equal((new DateOnly(2026, 11, 1), (DateOnly?)new DateOnly(2026, 11, 1)), (row.Client!.ExpectedReleaseDate, row.Client.AlreadyReleasedOn));

        var present = new ExistingClient(Guid.NewGuid(), "Oskars Vītols", 1988, "olaine", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1));
        Assert.Equal(ImportRowStatus.AlreadyPresent, Assert.Single(ImportPlanner.PlanClients(sheet, mapping, [present], Ngo, Admin)).Status);
    }

    [Fact]
    public void A_mapping_must_cover_the_required_fields_once_each_with_columns_the_file_has()
    {
        var sheet = Csv("Name;Email\nAnna;anna@example.lv\n");
        var errors = ImportPlanner.CheckMapping(ImportKind.Mentors, sheet, [
            new FieldMapping(ImportField.Name, 0), new FieldMapping(ImportField.Name, 1), new FieldMapping(ImportField.Email, 7),
            new FieldMapping(ImportField.PrisonCode, 0), new FieldMapping(ImportField.Languages, null, "lv"), new FieldMapping(ImportField.Motivation, null, "  "),
        ]);
        Assert.Equal([
            (ImportCodes.MappingInvalid, "NAME"), (ImportCodes.MappingInvalid, "EMAIL"), (ImportCodes.MappingInvalid, "PRISON_CODE"),
            (ImportCodes.MappingRequired, "BIRTH_YEAR"), (ImportCodes.MappingRequired, "MUNICIPALITIES"),
            (ImportCodes.MappingRequired, "MOTIVATION"),
        ], errors.Select(e => (e.Code, e.Params.Single().Value)));
        Assert.All(errors, e => Assert.Equal("ImportField", e.Params.Single().EnumType));

        var clients = ImportPlanner.CheckMapping(ImportKind.Clients, sheet, [new FieldMapping(ImportField.Name, 0)]);
        Assert.Contains(clients, e => e.Code == ImportCodes.MappingRequired && e.Params.Single().Value == "EXPECTED_RELEASE_DATE");
    }

    [Fact]
    public void One_value_for_every_row_fills_a_field_the_file_lacks_and_a_control_character_in_a_cell_is_refused()
    {
        var sheet = Csv("Name;Email;Born\nAnna;anna@example.lv;1980\nJānis\u0001;janis@example.lv;1975\n");
        List<FieldMapping> mapping = [
            new(ImportField.Name, 0), new(ImportField.Email, 1), new(ImportField.BirthYear, 2), new(ImportField.Languages, null, "lv"),
            new(ImportField.Municipalities, null, "Rīga"), new(ImportField.Motivation, null, "Brīvprātīgais kopš 2020. gada."),
        ];
        Assert.Empty(ImportPlanner.CheckMapping(ImportKind.Mentors, sheet, mapping));
        var rows = ImportPlanner.PlanMentors(sheet, mapping, new Dictionary<string, Guid>(), Ngo, Admin);
        Assert.Equal([
            (2, ImportRowStatus.New, "anna@example.lv", []),
            (3, ImportRowStatus.Error, "janis@example.lv", [(ImportCodes.ControlCharacter, "name", 0)]),
        ], rows.Select(Shape));
        Assert.Equal(["riga"], rows[0].Mentor!.Municipalities);
        Assert.Equal("Brīvprātīgais kopš 2020. gada.", rows[0].Mentor!.Motivation);
    }
}
