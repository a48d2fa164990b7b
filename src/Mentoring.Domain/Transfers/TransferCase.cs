using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Transfers;

/// <summary>
/// The two cases a transfer touches, each through its own decider: the one it becomes in the receiving NGO (refer →
/// consent → needs → the plan as it stood → documents → residence facts), and the one it closes in the sending NGO.
/// </summary>
public static class TransferCase
{
    public static Decision Events(Transfer t, Guid clientId, Actor a)
    {
        var p = t.Package;
        var steps = new Steps();
        steps.Run(_ => ClientDecider.Decide(new ReferClient(clientId, p.Person, p.PrisonCode, p.ExpectedReleaseDate, p.ReleaseType, t.NewMunicipality,
            null, t.Sender.OrganisationName, null, p.ReleasedOn, true, a), null, []));
        steps.Run(s => ClientDecider.Decide(new RecordConsent(p.ConsentScopes, p.ConsentGivenOn, p.ConsentDocumentReference, a), s));
        if (p.Needs.Count > 0)
            // The needs as assessed; their goals come with the plan below, as they stood.
            steps.Run(s => Only<NeedsAssessed>(ClientDecider.Decide(new AssessNeeds(p.Needs, t.Sender.OrganisationName, a.Today, a), s)));
        for (var i = 0; i < p.Goals.Count; i++) Goal(steps, clientId, i, p.Goals[i], a);
        foreach (var refusal in p.History.Refusals.Where(r => r is { Status: RefusalStatus.Open, RefusedAGoal: false }))
            steps.Run(s => ClientDecider.Decide(Refused(refusal, DeterministicId.From("transfer-refusal", $"{clientId}:{refusal.RefusedOn}:{refusal.Help}"), null, a), s));
        foreach (var document in p.Documents) steps.Run(s => ClientDecider.Decide(new RecordDocumentObtained(document.Kind, document.ObtainedOn, a), s));
        if (p.LastDeclaredResidenceMunicipality is not null || p.HasResidenceToDeclare is not null)
            steps.Run(s => ClientDecider.Decide(new RecordResidenceFacts(p.LastDeclaredResidenceMunicipality, p.HasResidenceToDeclare, a), s));
        return steps.Result;
    }

    /// <summary>
    /// The sending side on acceptance: the open match ended (MOVED) and the person's case told, then the case closed as
    /// TRANSFERRED. A case the sender closed meanwhile stays as they closed it.
    /// </summary>
    public static (Decision Case, Decision? Match) Closing(Guid transferId, Client? sending, Match? openMatch, Actor a)
    {
        Decision? ended = null;
        var events = new List<object>();
        if (openMatch is { IsOpen: true })
        {
            ended = MatchDecider.Decide(new EndMatch(MatchEndReason.Moved, null, a.Today, a), openMatch);
            if (!ended.IsAccepted) return (ended, null);
            events.Add(new ClientMatchClosed(openMatch.ClientId, openMatch.Id, a.At));
        }
        if (sending is { Stage: not ClientStage.Closed })
        {
            var closed = ClientDecider.Decide(new CloseCaseAsTransferred(transferId, a), sending);
            if (!closed.IsAccepted) return (closed, ended);
            events.AddRange(closed.Events);
        }
        return (Decision.Accept([.. events]), ended);
    }

    private static void Goal(Steps steps, Guid clientId, int index, TransferGoal g, Actor a)
    {
        var id = g.Standard is { } standard ? SupportPlan.StandardGoalId(clientId, standard) : DeterministicId.From("transfer-goal", $"{clientId}:{index}");
        if (g.Standard is null) steps.Run(s => ClientDecider.Decide(new AddGoal(id, g.Title, g.Domain, g.Deadline, a), s));
        else steps.Run(s => s!.Goals.FirstOrDefault(x => x.Id == id) is { } x && x.Deadline != g.Deadline
            ? ClientDecider.Decide(new ChangeGoalDeadline(id, g.Deadline, null, a), s)
            : Decision.Accept());
        steps.Run(s => ClientDecider.Decide(new SetGoalInstitution(id, g.Institution, a), s));
        steps.Run(s => g.Status switch
        {
            GoalStatus.InProgress => ClientDecider.Decide(new SetGoalStatus(id, GoalStatus.InProgress, a.Today, null, a), s),
            GoalStatus.Done => ClientDecider.Decide(new CompleteGoal(id, g.AchievedOn ?? a.Today, a), s),
            // The sender's reason and notes stay with the sender: the goal and refusal say they were carried over, in the reader's language.
            GoalStatus.NotNeeded => ClientDecider.Decide(new DropGoal(id, "", a) { CarriedOver = true }, s),
            GoalStatus.Refused when g.Refusal is { } r => ClientDecider.Decide(Refused(r, DeterministicId.From("transfer-refusal", $"{clientId}:goal:{index}"), id, a), s),
            _ => Decision.Accept(),
        });
    }

    private static RecordRefusal Refused(TransferRefusal r, Guid id, Guid? goalId, Actor a) =>
        new(id, r.Institution, r.Help, r.Reason, r.RefusedOn, null, goalId, a) { CarriedOver = true };

    private static Decision Only<T>(Decision d) => d.IsAccepted ? Decision.Accept([.. d.Events.OfType<T>().Cast<object>()]) : d;

    /// <summary>Decides step after step on the state folded so far; the first refusal stops it.</summary>
    private sealed class Steps
    {
        private readonly List<object> _events = [];
        private Client? _state;
        private Decision? _refused;

        public void Run(Func<Client?, Decision> decide)
        {
            if (_refused is not null) return;
            var d = decide(_state);
            if (!d.IsAccepted) { _refused = d; return; }
            _events.AddRange(d.Events);
            _state = d.Events.Aggregate(_state, ClientDecider.Evolve);
        }

        public Decision Result => _refused ?? Decision.Accept([.. _events]);
    }
}
