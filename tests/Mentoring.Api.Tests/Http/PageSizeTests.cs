namespace Mentoring.Api.Tests.Http;

/// <summary>Every documented page size works with what a page really shows: complexity counts the rows a page asks for.</summary>
public sealed class PageSizeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("query($c: ID!) { matchCandidates(clientId: $c, first: 50) { mentorId eligible score mentor { id name status } factors { name weight value contribution reason params { name value kind enumType } } failedConstraints { name params { name value kind enumType } } } }")]
    [InlineData("{ clients(first: 100) { totalCount endCursor hasNextPage nodes { id name stage frozen releaseDate prison { name } destinationMunicipality { name } needs { domain level } } } }")]
    [InlineData("{ mentors(first: 100) { totalCount nodes { id name status matchable capacity languages specialities } } }")]
    [InlineData("{ matchPage(first: 100) { totalCount endCursor hasNextPage nodes { id stage score client { id name stage } mentor { id name status } factors { name contribution } } } }")]
    [InlineData("{ auditTrail(first: 100) { totalCount nodes { id action subjectKind subjectId byName byRoles purpose via at } } }")]
    public async Task The_largest_documented_page_is_not_refused_as_too_complex(string document)
    {
        var role = document.Contains("auditTrail", StringComparison.Ordinal) ? Role.Auditor : Role.Coordinator;
        using var client = await api.SignedIn("a", role);
        var response = await client.PostAsync(document, new { c = Guid.NewGuid() });
        Assert.False(response.HasErrors, response.Body.GetRawText());
    }
}
