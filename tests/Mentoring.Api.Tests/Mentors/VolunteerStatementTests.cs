using System.Text.Json;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>The volunteer-hours statement: figures from what was logged through the API, who may read it, and the PDF.</summary>
public sealed class VolunteerStatementTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // The fixture's clock: 2026-11-23 10:00 UTC.
    private const string Log = "mutation($i: LogContactInput!) { logContact(input: $i) { errors { code field } } }";
    private const string Fields = "statement { mentorId mentorName from to meetings meetingMinutes meetingHours months { month meetings meetingMinutes supervisionSessions trainingModules } supervision { on what } training { on what } pdfPath } errors { code field }";

    private static object Contact(Guid matchId, string at, int minutes) => new
    {
        i = new { matchId, idempotencyKey = "k-" + Guid.NewGuid(), happenedAt = at, durationMinutes = minutes, mode = "IN_PERSON", place = "Rīga",
                  topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), concern = "NONE" },
    };

    private async Task<(GraphQLClient Coordinator, ActivePair Pair)> WorkedPairAsync()
    {
        var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        Assert.Empty((await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "2026-11-20T10:00:00+02:00", 90))).UserErrors("logContact"));
        Assert.Empty((await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "2026-11-22T23:30:00+02:00", 45))).UserErrors("logContact"));
        Assert.Empty((await MentorApi.CommandAsync(coordinator, "recordSupervisionSession", "RecordSupervisionSessionInput", pair.MentorId,
            new { heldOn = "2026-11-21", supervisor = "Dr. Ozola" })).UserErrors("recordSupervisionSession"));
        return (coordinator, pair);
    }

    [Fact]
    public async Task The_coordinator_and_the_mentor_read_the_same_figures_month_by_month()
    {
        var (coordinator, pair) = await WorkedPairAsync();
        using var _ = coordinator;
        var staff = (await coordinator.PostAsync($"query($m: ID!) {{ volunteerStatement(mentorId: $m, from: \"2026-10-15\", to: \"2026-11-30\") {{ {Fields} }} }}", new { m = pair.MentorId }))
            .Data.GetProperty("volunteerStatement");
        Assert.Empty(staff.GetProperty("errors").EnumerateArray());
        var s = staff.GetProperty("statement");
        Assert.Equal(2, s.GetProperty("meetings").GetInt32());
        Assert.Equal(135, s.GetProperty("meetingMinutes").GetInt32());
        Assert.Equal(2.3m, s.GetProperty("meetingHours").GetDecimal());
        var months = s.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString(), m.GetProperty("meetings").GetInt32(),
            m.GetProperty("meetingMinutes").GetInt32(), m.GetProperty("supervisionSessions").GetInt32(), m.GetProperty("trainingModules").GetInt32())).ToList();
        // Vetting recorded the two required modules on 2026-11-10 (MentorApi.VetFullyAsync), and one supervision session on the 21st.
        Assert.Equal([("2026-10", 0, 0, 0, 0), ("2026-11", 2, 135, 1, 2)], months);
        Assert.Equal([("2026-11-10", "Ievads līdzgaitnieka darbā"), ("2026-11-10", "Konfidencialitāte un robežas")],
            s.GetProperty("training").EnumerateArray().Select(t => (t.GetProperty("on").GetString(), t.GetProperty("what").GetString())).OrderBy(t => t.Item2));
        Assert.Equal([("2026-11-21", "Dr. Ozola")], s.GetProperty("supervision").EnumerateArray().Select(t => (t.GetProperty("on").GetString(), t.GetProperty("what").GetString())));
        Assert.Equal($"/statements/volunteer-hours/{pair.MentorId}.pdf?from=2026-10-15&to=2026-11-30", s.GetProperty("pdfPath").GetString());

        // The statement is a read of the mentor's file: on record, and so is each PDF downloaded.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Http.GetAsync($"/statements/volunteer-hours/{pair.MentorId}.pdf?from=2026-11-01&to=2026-11-30")).StatusCode);
        using var auditor = await api.SignedIn("a", Role.Auditor);
        var reads = (await auditor.PostAsync("query($s: ID) { auditTrail(subjectId: $s, action: MENTOR_READ, first: 100) { nodes { via purpose } } }", new { s = pair.MentorId }))
            .Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("via").GetString()).ToList();
        Assert.Single(reads, v => v == "volunteerStatement"); // the coordinator's statement above
        Assert.Single(reads, v => v is null); // the PDF, which no GraphQL operation carried

        var own = (await pair.Mentor.PostAsync($"{{ myVolunteerStatement(from: \"2026-10-15\", to: \"2026-11-30\") {{ {Fields} }} }}")).Data.GetProperty("myVolunteerStatement");
        Assert.Equal(staff.GetRawText(), own.GetRawText());
    }

    [Fact]
    public async Task The_pdf_is_the_mentors_own_to_download_and_the_staffs_within_their_ngo_only()
    {
        var (coordinator, pair) = await WorkedPairAsync();
        using var _ = coordinator;
        var path = $"/statements/volunteer-hours/{pair.MentorId}.pdf?from=2026-11-01&to=2026-11-30";

        var mine = await pair.Mentor.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("application/pdf", mine.Content.Headers.ContentType?.MediaType);
        var pdf = await mine.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        using (var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            Assert.Equal(1, document.PageCount);
            // Set in the font with every Latvian and Cyrillic letter, embedded (PDF's standard fonts have neither).
            var fonts = document.Pages[0].Elements.GetDictionary("/Resources")!.Elements.GetDictionary("/Font")!.Elements.Values
                .Select(f => ((PdfSharp.Pdf.PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)f!).Value).Elements.GetName("/BaseFont")).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.Contains("+DejaVu Sans", f, StringComparison.Ordinal)); // a subset, embedded
        }
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Http.GetAsync(path)).StatusCode);

        // Another mentor's statement is as unknown to a mentor as a made-up id; another NGO's staff cannot find it either.
        using var other = await api.SignedIn("a", Role.Coordinator);
        var second = await Scenarios.ActivePairAsync(api, other);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Mentor.Http.GetAsync(path)).StatusCode);
        using var ngoB = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await ngoB.Http.GetAsync(path)).StatusCode);
        Assert.Equal("NOT_FOUND", (await ngoB.PostAsync($"query($m: ID!) {{ volunteerStatement(mentorId: $m, from: \"2026-11-01\", to: \"2026-11-30\") {{ {Fields} }} }}",
            new { m = pair.MentorId })).UserErrors("volunteerStatement").Single().Code);
        using var viewer = await api.SignedIn("riga", Role.MunicipalityViewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Http.GetAsync(path)).StatusCode);
        using var anonymous = api.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("from=2026-11-30&to=2026-11-01")]
    [InlineData("from=2023-01-01&to=2026-11-30")]
    [InlineData("from=30.11.2026&to=2026-11-30")]
    [InlineData("to=2026-11-30")]
    public async Task A_bad_period_is_a_typed_error(string query)
    {
        var (coordinator, pair) = await WorkedPairAsync();
        using var _ = coordinator;
        var response = await coordinator.Http.GetAsync($"/statements/volunteer-hours/{pair.MentorId}.pdf?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_PERIOD", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }
}
