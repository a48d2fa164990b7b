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
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Privacy;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Privacy;

/// <summary>Everything stored about one person: their own stream, the match streams that name them, their account.</summary>
public sealed record PersonExport(string Kind, Guid PersonId, int Streams, int Events, string Json);

public sealed record PersonErasure(string Kind, Guid PersonId, int Streams, int EventsMasked);

/// <summary>
/// The data-subject rights over an event-sourced history: export everything about a client or mentor as JSON, and
/// erase it by masking the personal data in every event of every stream that names the person (Marten's event data
/// masking), keeping dates, outcomes and counts. Both are recorded in the audit trail.
/// </summary>
public static class PersonData
{
    public const string ErasureNotAllowed = "ERASURE_NOT_ALLOWED";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Converters = { new JsonStringEnumConverter() },
        // The file is for people to read: Latvian and Russian letters as they are, not \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private sealed record Person(string Kind, Guid Id, IReadOnlyList<Guid> Streams, Client? Client, Mentor? Mentor);

    private static async Task<Person?> FindAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Client>(id, ct) is { } client)
        {
            var matches = await session.Query<Match>().Where(m => m.ClientId == id).Select(m => m.Id).ToListAsync(ct);
            return new Person("client", id, [id, .. matches], client, null);
        }
        if (await session.LoadAsync<Mentor>(id, ct) is { } mentor)
        {
            // The mentor's own stream only: the meetings in their matches are about the clients, not about them.
            return new Person("mentor", id, [id], null, mentor);
        }
        return null;
    }

    public static async Task<Payload<PersonExport>> Export(Guid id, string? purpose, Caller caller, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.QuerySession(caller.TenantId);
        if (await FindAsync(session, id, ct) is not { } person)
            return Payload<PersonExport>.Refused(ErrorCodes.NotFound, "No client or mentor with this id in your organisation.", "personId");

        var streams = new List<object>();
        var total = 0;
        foreach (var stream in person.Streams)
        {
            var events = await session.Events.FetchStreamAsync(stream, token: ct);
            total += events.Count;
            streams.Add(new
            {
                id = stream, kind = stream == id ? person.Kind : "match",
                events = events.Select(e => new { version = e.Version, at = e.Timestamp, type = e.EventTypeName, data = e.Data }),
            });
        }
        var account = person.Kind == "mentor" ? await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == id, ct) : null;
        var document = new
        {
            person = new { kind = person.Kind, id },
            exportedAt = clock.GetUtcNow(),
            account = account is null ? null : new { account.Email, account.DisplayName, account.Roles, account.Language, account.CreatedAt, account.LastSignInAt },
            streams,
        };
        var json = JsonSerializer.Serialize(document, Json);
        await AuditLog.RecordAsync(store, caller, AuditAction.PersonExported, person.Kind, id, purpose, clock, ct);
        return Payload<PersonExport>.Ok(new PersonExport(person.Kind, id, person.Streams.Count, total, json));
    }

    public static async Task<Payload<PersonErasure>> Erase(Guid id, string reason, Caller caller, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        if (await FindAsync(session, id, ct) is not { } person)
            return Payload<PersonErasure>.Refused(ErrorCodes.NotFound, "No client or mentor with this id in your organisation.", "personId");
        var checks = new Checks().Require(Text.HasLength(reason, 3, 500), ErrorCodes.Validation, "Say why (3 to 500 characters).", "reason");
        // Erasure is for people whose support is over: an open case or a mentor still at work would lose its record mid-way.
        if (person.Client is { Stage: not ClientStage.Closed })
            checks.Require(false, ErasureNotAllowed, "Close the case before erasing the person's data.", "personId");
        if (person.Mentor is { Stage: not (MentorStage.Withdrawn or MentorStage.Rejected) })
            checks.Require(false, ErasureNotAllowed, "Record that the mentor withdrew (or was rejected) before erasing their data.", "personId");
        if (checks.Failed) return Payload<PersonErasure>.Refused(checks.Errors);

        var masked = 0;
        foreach (var stream in person.Streams)
        {
            masked += (await session.Events.FetchStreamAsync(stream, token: ct)).Count;
            await store.Advanced.ApplyEventDataMasking(x =>
            {
                x.IncludeStream(stream);
                x.ForTenant(caller.TenantId);
            }, ct);
        }

        // Masking rewrites the events, not the read models built from them: rebuild those from the masked events.
        await using var rebuild = store.LightweightSession(caller.TenantId);
        foreach (var stream in person.Streams)
        {
            if (stream == id && person.Kind == "client") rebuild.Store((await rebuild.Events.AggregateStreamAsync<Client>(stream, token: ct))!);
            else if (stream == id) rebuild.Store((await rebuild.Events.AggregateStreamAsync<Mentor>(stream, token: ct))!);
            else rebuild.Store((await rebuild.Events.AggregateStreamAsync<Match>(stream, token: ct))!);
        }
        if (person.Kind == "mentor" && await rebuild.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == id, ct) is { } account)
        {
            // The account cannot sign in any more and no longer names the person.
            rebuild.Update(account with
            {
                Email = $"erased-{account.Id:N}@invalid", DisplayName = PersonalDataMasking.Erased, PasswordHash = null,
                InvitationTokenHash = null, SecurityStamp = Guid.NewGuid().ToString("N"),
            });
        }
        rebuild.Insert(AuditLog.Entry(caller, AuditAction.PersonErased, person.Kind, id, reason, clock));
        await rebuild.SaveChangesAsync(ct);
        return Payload<PersonErasure>.Ok(new PersonErasure(person.Kind, id, person.Streams.Count, masked));
    }
}
