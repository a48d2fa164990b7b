using System.Linq.Expressions;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Activities;

/// <summary>
/// The one definition of who may be invited to a group activity: an approved mentor of the NGO, and a person whose case is
/// open and who consents to group activities. Expressions, so the invite form's list (a Marten query) offers exactly the
/// people the decider accepts; the decider applies the compiled form.
/// </summary>
public static class Invitable
{
    public static readonly Expression<Func<Mentor, bool>> MentorRule = m => m.Stage == MentorStage.Approved;

    public static readonly Expression<Func<Client, bool>> ClientRule =
        c => c.Stage != ClientStage.Closed && !c.ConsentWithdrawn && c.Consent.Contains(ConsentScope.GroupActivities);

    private static readonly Func<Mentor, bool> MentorHolds = MentorRule.Compile();
    private static readonly Func<Client, bool> ClientHolds = ClientRule.Compile();

    public static bool Holds(Mentor mentor) => MentorHolds(mentor);
    public static bool Holds(Client client) => ClientHolds(client);
}
