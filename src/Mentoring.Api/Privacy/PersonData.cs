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
            total += events.Count;
            streams.Add(new
            {
                id = stream, kind = stream == id ? person.Kind : person.Matches.Contains(stream) ? "match" : "message",
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
        return Payload<PersonExport>.Ok(new PersonExport(person.Kind, id, person.Streams.Count, total, json));
    }

    public static async Task<Payload<PersonErasure>> Erase(Guid id, string reason, Caller caller, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        ErasureSubject? person;
        Client? client;
        Mentor? mentor;
        await using (var session = store.QuerySession(caller.TenantId))
        {
            person = await Erasure.FindAsync(session, id, ct);
            client = person?.Kind == "client" ? await session.LoadAsync<Client>(id, ct) : null;
            mentor = person?.Kind == "mentor" ? await session.LoadAsync<Mentor>(id, ct) : null;
        }
        if (person is null) return Payload<PersonErasure>.Refused(ErrorCodes.NotFound, "No client or mentor with this id in your organisation.", "personId");
        if (Erasure.Refusals(person, client, mentor, reason) is { Count: > 0 } refusals) return Payload<PersonErasure>.Refused(refusals);

        var masked = await Erasure.EraseAsync(store, caller.TenantId, person, AuditLog.Entry(caller, AuditAction.PersonErased, person.Kind, id, reason, clock), ct);
        return Payload<PersonErasure>.Ok(new PersonErasure(person.Kind, id, person.Streams.Count, masked));
    }
}
