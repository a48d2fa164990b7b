using Marten.Events.Projections;

namespace Mentoring.Domain.Contacts;

/// <summary>
/// The contact log: one <see cref="ContactRecord"/> document per contact, folded from the contact events of the match
/// stream (<see cref="ContactRecord.Create"/> and its <c>Apply</c> methods). Registered inline, so a read right after a
/// write sees it; a write touches only its own contact's document, so the 500th meeting costs what the first does. Only
/// the events of one match stream change a contact, and those appends are serialised by the stream's version check,
/// so two requests never race on one document.
/// <para>
/// Rebuildable from the events at any time: <see cref="ContactLog.Fold"/> folds a stream's events the same way (erasure
/// and the start-up migration use it), and Marten rebuilds the whole projection with
/// <c>(await store.BuildProjectionDaemonAsync()).RebuildProjectionAsync&lt;ContactLogProjection&gt;(ct)</c>.
/// </para>
/// </summary>
public sealed class ContactLogProjection : MultiStreamProjection<ContactRecord, Guid>
{
    public const string ProjectionName = "ContactLog";

    public ContactLogProjection()
    {
        Name = ProjectionName;
        Identity<IContactEvent>(e => e.ContactId);
    }
}

/// <summary>The contact log's fold in memory: the same steps as the projection, for a stream's events at hand.</summary>
public static class ContactLog
{
    public static ContactRecord? Evolve(ContactRecord? contact, object @event) => @event switch
    {
        ContactLogged e => contact ?? ContactRecord.Create(e), // a second log of the same id is a retry: nothing changes
        ContactCorrected e when contact is not null => contact.Apply(e),
        ContactRetracted e when contact is not null => contact.Apply(e),
        ContactCommented e when contact is not null => contact.Apply(e),
        ConcernAcknowledged e when contact is not null => contact.Apply(e),
        _ => contact,
    };

    /// <summary>Every contact of a match stream's events, in the order they were first logged.</summary>
    public static IReadOnlyList<ContactRecord> Fold(IEnumerable<object> events)
    {
        var contacts = new Dictionary<Guid, ContactRecord?>();
        var order = new List<Guid>();
        foreach (var e in events.OfType<IContactEvent>())
        {
            if (!contacts.TryGetValue(e.ContactId, out var contact)) order.Add(e.ContactId);
            contacts[e.ContactId] = Evolve(contact, e);
        }
        return order.Select(id => contacts[id]).OfType<ContactRecord>().ToList();
    }
}
