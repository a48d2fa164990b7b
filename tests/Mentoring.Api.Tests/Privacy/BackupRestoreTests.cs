using System.Diagnostics;
using System.Text;
using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Privacy;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// eng/backup.sh and eng/restore.sh end to end, on this test's schema of the test database: back up (encrypted), erase a
/// person, restore — the restore alone brings her back, and restore.sh as an operator runs it re-applies the erasure
/// register with the app itself, so she is erased again.
/// </summary>
public sealed class BackupRestoreTests(ApiFixture api) : IClassFixture<ApiFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mentoring-backup-").FullName;

    [Fact]
    public async Task A_person_erased_after_the_backup_stays_erased_when_the_backup_is_restored()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var referred = (await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } } }", new
        {
            i = new { name = "Zane Atjaunotā", gender = "FEMALE", birthYear = 1988, languages = new[] { "lv" }, prisonCode = "ilguciems",
                      expectedReleaseDate = "2026-12-10", releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Inese" },
        })).Data.GetProperty("referClient").GetProperty("client");
        var client = Guid.Parse(referred.GetProperty("id").GetString()!);
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId = client, expectedVersion = referred.GetProperty("version").GetInt64(), reason = "MOVED_AWAY" } })).UserErrors("closeCase"));

        var key = Path.Combine(_dir, "backup.key");
        await File.WriteAllTextAsync(key, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)) + "\n");
        var backup = Path.Combine(_dir, "mentoring.dump.enc");
        Assert.Equal(backup, (await ScriptAsync("backup.sh", "-o", backup, "--key-file", key, "--schema", api.Schema)).Trim());
        var bytes = await File.ReadAllBytesAsync(backup);
        Assert.StartsWith("Salted__", Encoding.ASCII.GetString(bytes, 0, 8)); // openssl's envelope, not pg_dump's PGDMP
        Assert.DoesNotContain("PGDMP", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);

        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var erased = await admin.PostAsync("mutation($p: ID!) { erasePersonData(personId: $p, reason: \"asked on 2026-11-23\") { erasure { status } errors { code } } }", new { p = client });
        Assert.Equal("COMPLETED", erased.Data.GetProperty("erasePersonData").GetProperty("erasure").GetProperty("status").GetString());
        Assert.Equal(PersonalDataMasking.Erased, (await ClientAsync(client)).Person.Name);

        // The restore alone brings her back: the dump holds what the database held that day. A wrong key restores nothing.
        var wrong = Path.Combine(_dir, "wrong.key");
        await File.WriteAllTextAsync(wrong, "not the key\n");
        Assert.NotEqual(0, (await RunAsync("restore.sh", backup, "--key-file", wrong, "--no-reapply")).ExitCode);
        Assert.Equal(PersonalDataMasking.Erased, (await ClientAsync(client)).Person.Name);
        await ScriptAsync("restore.sh", backup, "--key-file", key, "--no-reapply");
        Assert.Equal("Zane Atjaunotā", (await ClientAsync(client)).Person.Name);

        // Restored as an operator restores: then the register is re-applied by the app (--reapply-erasures), and she is gone again.
        var output = await ScriptAsync("restore.sh", backup, "--key-file", key);
        Assert.Contains("erasures re-applied: 1", output, StringComparison.Ordinal);
        Assert.Equal(PersonalDataMasking.Erased, (await ClientAsync(client)).Person.Name);
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        Assert.All(await session.Events.FetchStreamAsync(client), e => Assert.DoesNotContain("Zane", System.Text.Json.JsonSerializer.Serialize(e.Data), StringComparison.Ordinal));
        var request = (await session.LoadAsync<ErasureRequest>(ErasureDecider.RequestIdOf(client)))!;
        Assert.Equal((ErasureStatus.Completed, ErasureSource.Register), (request.Status, request.Source));
        var audit = await session.Query<AuditRecord>().Where(a => a.SubjectId == client && a.Action == AuditAction.PersonErased).ToListAsync();
        Assert.Equal([AuditPurposes.ErasureReapplied], audit.Select(a => a.Purpose)); // the first erasure's record went with the restore

        // Re-applying again changes nothing more: the register's erasure is complete in the database.
        Assert.Contains("erasures re-applied: 0", await ReapplyAsync(), StringComparison.Ordinal);
    }

    private async Task<Client> ClientAsync(Guid id)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return (await session.LoadAsync<Client>(id))!;
    }

    private Task<string> ReapplyAsync() => ScriptOrAppAsync(Dotnet, [AppDll, "--reapply-erasures"]);

    private async Task<string> ScriptAsync(string script, params string[] args)
    {
        var (code, output) = await RunAsync(script, args);
        Assert.True(code == 0, $"{script} failed ({code}):\n{output}");
        return output;
    }

    private Task<(int ExitCode, string Output)> RunAsync(string script, params string[] args) =>
        RunProcessAsync("bash", [Path.Combine(Root, "eng", script), .. args]);

    private async Task<string> ScriptOrAppAsync(string file, string[] args)
    {
        var (code, output) = await RunProcessAsync(file, args);
        Assert.True(code == 0, $"{file} failed ({code}):\n{output}");
        return output;
    }

    /// <summary>Runs with the app's own settings for this test: its database, schema and erasure register.</summary>
    private async Task<(int, string)> RunProcessAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["MENTORING_DB"] = api.ConnectionString;
        start.Environment["Mentoring__Schema"] = api.Schema;
        start.Environment["Mentoring__Jobs__Erasure__RegisterDirectory"] = api.ErasureRegister;
        start.Environment["MENTORING_APP"] = $"{Dotnet} {AppDll}";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The app as this test run built it: the test's output holds Mentoring.Api.dll and its runtime configuration.</summary>
    private static string AppDll => Path.Combine(AppContext.BaseDirectory, "Mentoring.Api.dll");
    private static string Dotnet => Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Mentoring.sln"))) return dir.FullName;
            throw new InvalidOperationException("Mentoring.sln not found above the test binaries.");
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
