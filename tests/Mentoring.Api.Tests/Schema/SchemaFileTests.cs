using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Schema;

/// <summary>src/Mentoring.Api/schema.graphql is the published contract; it must equal what the code serves.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void Committed_sdl_matches_the_code()
    {
        var services = new ServiceCollection();
        services.AddMentoringGraphQL(new MentoringOptions());
        using var provider = services.BuildServiceProvider();
        var sdl = GraphQLSetup.PrintSdl(provider.GetRequiredService<ISchema>());

        var file = Path.Combine(RepositoryRoot(), "src", "Mentoring.Api", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(file, sdl);
        Assert.True(File.Exists(file), "schema.graphql is missing: run eng/update-schema.sh");
        Assert.True(sdl == File.ReadAllText(file).ReplaceLineEndings("\n"),
            "src/Mentoring.Api/schema.graphql differs from the code's schema: run eng/update-schema.sh and commit the result.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mentoring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Mentoring.sln not found above the test binaries.");
    }
}
