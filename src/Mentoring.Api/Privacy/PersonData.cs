using System.Text.Json;
using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Mentoring.Api.Audit;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Privacy;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Erasure;

namespace Mentoring.Api.Privacy;

/// <summary>Everything stored about one person: their own stream, the match streams that name them, their account.</summary>
public sealed record PersonExport(string Kind, Guid PersonId, int Streams, int Events, string Json);

/// <summary>
/// The data-subject rights over an event-sourced history: export everything about a client or mentor as JSON, and
/// erase it by masking the personal data in every event of every stream that names the person (Marten's event data
/// masking), keeping dates, outcomes and counts — as one recorded, resumable job (<see cref="ErasureJob"/>). Both are
/// recorded in the audit trail.
/// </summary>
public static class PersonData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Converters = { new JsonStringEnumConverter() },
        // The file is for people to read: Latvian and Russian letters as they are, not \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static async Task<Payload<PersonExport>> Export(Guid id, string? purpose, Caller caller, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.QuerySession(caller.TenantId);
        if (await Erasure.FindAsync(session, id, ct) is not { } person)
            return Payload<PersonExport>.Refused(ErrorCodes.NotFound, "No client or mentor with this id in your organisation.", "personId");

        var streams = new List<object>();
        var total = 0;
        foreach (var stream in person.Streams)
        {
            var events = await session.Events.FetchStreamAsync(stream, token: ct);
            if (events.Count == 0) continue; // e.g. a match nobody checked in on has no monitoring stream
            total += events.Count;
            streams.Add(new
            {
                id = stream, kind = KindOf(person, id, stream),
                events = events.Select(e => new { version = e.Version, at = e.Timestamp, type = e.EventTypeName, data = e.Data }),
            });
        }
        var account = person.Kind == "mentor" ? await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == id, ct) : null;
        // The contact log as it reads now (each meeting's latest version, comments, retraction), beside the events it is
        // built from, so the person can read their meetings without replaying the corrections.
        var matches = person.Matches.ToArray();
        var contacts = matches.Length == 0 ? [] : await session.Query<ContactRecord>().Where(c => c.MatchId.IsOneOf(matches))
            .OrderBy(c => c.HappenedAt).ToListAsync(ct);
        var document = new
        {
            person = new { kind = person.Kind, id },
            exportedAt = clock.GetUtcNow(),
            account = account is null ? null : new { account.Email, account.DisplayName, account.Roles, account.Language, account.CreatedAt, account.LastSignInAt },
            streams,
            contacts,
        };
        var json = JsonSerializer.Serialize(document, Json);
        await AuditLog.RecordAsync(store, caller, AuditAction.PersonExported, person.Kind, id, purpose, clock, ct);
        return Payload<PersonExport>.Ok(new PersonExport(person.Kind, id, streams.Count, total, json));
    }

    private static string KindOf(ErasureSubject person, Guid id, Guid stream) =>
        stream == id ? person.Kind
        : person.Matches.Contains(stream) ? "match"
        : person.Matches.Any(m => Domain.Monitoring.MatchMonitoring.StreamOf(m) == stream) ? "monitoring"
        : person.Applications.Contains(stream) ? "application"
        : person.Handovers.Contains(stream) ? "handover"
        : "message";

    /// <summary>
    /// Records the erasure (once per person: asking again answers with the first request) with its audit record, then runs
    /// the erasure job at once. A step that fails leaves the request recorded and the answer says where it stopped; the
    /// erasure sweep takes it up again from there.
    /// </summary>
    public static async Task<Payload<ErasureRequest>> Erase(Guid id, string reason, Caller caller, IDocumentStore store, ErasureJob job, TimeProvider clock,
        ILogger log, CancellationToken ct)
    {
        ErasureSubject? person;
        Client? client;
        Mentor? mentor;
        ErasureRequest? earlier;
        await using (var session = store.QuerySession(caller.TenantId))
        {
            person = await Erasure.FindAsync(session, id, ct);
            client = person?.Kind == Erasure.ClientKind ? await session.LoadAsync<Client>(id, ct) : null;
            mentor = person?.Kind == Erasure.MentorKind ? await session.LoadAsync<Mentor>(id, ct) : null;
            earlier = await session.LoadAsync<ErasureRequest>(ErasureDecider.RequestIdOf(id), ct);
        }
        if (person is null) return Payload<ErasureRequest>.Refused(ErrorCodes.NotFound, "No client or mentor with this id in your organisation.", "personId");
        // Asked before (by anyone, or by the retention rules): that erasure is the answer, and it is taken up if it stopped.
        if (earlier is null && Erasure.Refusals(person, client, mentor, reason) is { Count: > 0 } refusals) return Payload<ErasureRequest>.Refused(refusals);

        var requested = await ErasureJob.RequestAsync(store, caller.TenantId, person, ErasureSource.Admin,
            AuditLog.Entry(caller, AuditAction.PersonErased, person.Kind, id, reason, clock), ct);
        if (!requested.Succeeded) return Payload<ErasureRequest>.Refused(requested.Errors);
        try
        {
            return Payload<ErasureRequest>.Ok((await job.RunAsync(caller.TenantId, requested.Result.StreamId, ct))!);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Erasure {RequestId} stopped ({Error}); the sweep takes it up", requested.Result.StreamId, ex.GetType().Name);
            await using var session = store.QuerySession(caller.TenantId);
            return Payload<ErasureRequest>.Ok((await session.LoadAsync<ErasureRequest>(requested.Result.StreamId, ct))!);
        }
    }
}
