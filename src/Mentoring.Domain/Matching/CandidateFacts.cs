using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Matching;

/// <summary>What the rules read about a client, worked out once per ranking rather than once per mentor.</summary>
internal sealed class ClientTraits(Client client)
{
    public Client Client { get; } = client;

    /// <summary>The needs a mentor should cover: those assessed medium or high.</summary>
    public IReadOnlyList<NeedDomain> Needs { get; } = client.Needs.Where(n => n.Level is NeedLevel.Medium or NeedLevel.High).Select(n => n.Domain).ToArray();

    public bool Addiction { get; } = client.Needs.Any(n => n.Domain == NeedDomain.Addiction && n.Level >= NeedLevel.Medium);

    /// <summary>The language the client asked for, else the first they speak; null when neither is known.</summary>
    public string? Language { get; } = client.Preferences.Language ?? (client.Person.Languages.Count > 0 ? client.Person.Languages[0] : null);
}

/// <summary>One mentor judged for one client: everything a hard constraint or a score factor reads.</summary>
internal readonly record struct CandidateFacts(ClientTraits Traits, MentorLoad Load, VettingPolicy Policy, DateOnly Today)
{
    public Client Client => Traits.Client;
    public Mentor Mentor => Load.Mentor;
    public MentorProfile Profile => Load.Mentor.Profile;
}
