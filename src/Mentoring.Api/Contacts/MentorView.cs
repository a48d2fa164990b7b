using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Matching;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Contacts;

/// <summary>A need as a mentor sees it: the domain and level; the note only while a coordinator shares it for this match.</summary>
public sealed record MentorNeed(NeedDomain Domain, NeedLevel Level, string? Note);

/// <summary>
/// A mentor's own match as their phone shows it, built only from the caller's own match: the person's name, release,
/// destination, what is due, the plan and the needs — never notes, contact details, the source or the referrer, and risk
/// flags and needs notes only while a coordinator shares them.
/// </summary>
public sealed record MyMatch(Guid MatchId, Guid ClientId, long Version, MatchStage Stage, bool MentorAccepted, string ClientName,
    DateOnly ReleaseDate, string DestinationMunicipality, DateTimeOffset? LastContactAt, DateOnly NextContactDue, CadenceStatus Cadence,
    DateOnly? EndedOn, IReadOnlyList<Goal> Goals, IReadOnlyList<MentorNeed> Needs, IReadOnlyList<RiskFlag>? RiskFlags)
{
    /// <summary>The person's documents checklist and eligibility warnings: the path the mentor walks with them.</summary>
    public IReadOnlyList<ChecklistDocument> Documents { get; init; } = [];
    public IReadOnlyList<Reason> Warnings { get; init; } = [];
}

public static class MentorView
{
    /// <summary>The domain's rule (<see cref="Match.ShowsCaseDetailToMentor"/>) for this match and its person.</summary>
    public static bool ShowsCaseDetail(Match match, Client client) => match.ShowsCaseDetailToMentor(client.IsFrozen);

    /// <param name="lastContactAt">When the match's latest standing meeting happened (<see cref="ContactLogQueries"/>).</param>
    public static MyMatch Of(Match match, Client client, DateTimeOffset? lastContactAt, DateOnly today, ReminderRules rules)
    {
        var detail = ShowsCaseDetail(match, client);
        var due = Cadence.NextDue(lastContactAt, match.ActiveFrom, client.ReleaseDate, today, rules);
        return new MyMatch(match.Id, client.Id, match.Version, match.Stage, match.MentorAccepted, client.Person.Name, client.ReleaseDate,
            client.DestinationMunicipality, lastContactAt, due, Cadence.StatusOn(due, today, rules), match.EndedOn,
            detail ? client.Goals.OrderBy(g => g.Deadline).ToList() : [],
            detail ? client.Needs.Select(n => new MentorNeed(n.Domain, n.Level, match.SharedNeedNotes.Contains(n.Domain) ? n.Note : null)).ToList() : [],
            detail && match.RiskFlagsShared ? client.RiskFlags : null)
        {
            Documents = detail ? DocumentsChecklist.Of(client, today) : [],
            Warnings = detail ? Eligibility.Warnings(client, today) : [],
        };
    }

    /// <summary>A contact as the mentor may see it: the private note goes once the match no longer shows case detail.</summary>
    public static ContactRecord ForMentor(ContactRecord contact, bool detail) => detail
        ? contact
        : contact with { Versions = contact.Versions.Select(v => v with { Details = v.Details with { PrivateNote = null } }).ToList() };
}

public sealed class MentorNeedType : ObjectGraphType<MentorNeed>
{
    public MentorNeedType()
    {
        Name = "MentorNeed";
        Description = "A need of the person as their mentor sees it.";
        this.ReadableBy(Role.Mentor).OwnMatchOnly();
        Field(x => x.Domain, type: typeof(NonNullGraphType<NeedDomainType>));
        Field(x => x.Level, type: typeof(NonNullGraphType<NeedLevelType>));
        Field(x => x.Note, nullable: true).Description("Only while a coordinator shares this note with you (shareNeedNoteWithMentor).");
    }
}

public sealed class MyMatchType : ObjectGraphType<MyMatch>
{
    public MyMatchType()
    {
        Name = "MyMatch";
        Description = "One of your matches as a mentor: what you need to support the person, nothing of their case file.";
        this.ReadableBy(Role.Mentor).OwnMatchOnly();
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version);
        Field(x => x.Stage, type: typeof(NonNullGraphType<MatchStageType>)).Description("PAUSED says only that the match is on hold; ENDED: read-only.");
        Field(x => x.MentorAccepted).Description("You accepted the proposal (it waits for the person's agreement).");
        Field(x => x.ClientName).Description("First name and surname.");
        Field(x => x.ReleaseDate);
        Field<NonNullGraphType<MunicipalityType>>("destinationMunicipality").Resolve(c => Municipalities.Find(c.Source.DestinationMunicipality));
        Field(x => x.LastContactAt, nullable: true);
        Field(x => x.NextContactDue);
        Field(x => x.Cadence, type: typeof(NonNullGraphType<CadenceStatusType>));
        Field(x => x.EndedOn, nullable: true);
        Field(x => x.Goals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>))
            .Description("The support plan's goals with their deadlines (empty while the match shows no case detail).");
        Field(x => x.Needs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MentorNeedType>>>))
            .Description("Need domains and levels; a note only while shared with you.")
            .WithComplexityImpact(1, Enum.GetValues<Domain.Common.NeedDomain>().Length); // one per need domain at most
        Field<ListGraphType<NonNullGraphType<RiskFlagType>>>("riskFlags")
            .Description("The person's risk flags while a coordinator shares them with you (shareRiskFlagsWithMentor); null otherwise.")
            .Resolve(ctx => ctx.Source.RiskFlags);
        Field(x => x.Documents, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistDocumentType>>>))
            .Description("The person's documents checklist (empty while the match shows no case detail).")
            .WithComplexityImpact(1, Enum.GetValues<DocumentKind>().Length);
        Field(x => x.Warnings, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityWarningType>>>))
            .Description("Eligibility warnings to act on before help is refused (empty while the match shows no case detail).")
            .WithComplexityImpact(1, 9);
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.CaseRead, "client", m => m.ClientId, "matchId", "version", "stage", "mentorAccepted",
            "clientName", "releaseDate", "destinationMunicipality", "lastContactAt", "nextContactDue", "cadence", "endedOn");
        Monitoring.MonitoringQueries.AddHealthCheckDueField(this); // a milestone number only: not a read of the case
    }
}
