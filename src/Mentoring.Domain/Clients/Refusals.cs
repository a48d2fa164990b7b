namespace Mentoring.Domain.Clients;

/// <summary>
/// Why help was refused: the most frequent reasons municipal social services gave in the Ombudsman's 2021 survey
/// (§5.1), one code each, and OTHER (explained in the note).
/// </summary>
public enum RefusalReason
{
    NoActualResidence, NoIncomeDocuments, NoAccountStatements, CannotDeclareResidence, DoesNotMeetRules, DoesNotCooperate,
    PreTrialDetentionRelease, ResidenceInOtherMunicipality, RefusedMunicipalFlat, FamilyNotNeedy, ShortCustody, NotFiledWithinMonth,
    NotRegisteredWithNva, Other,
}

/// <summary>
/// The help that was refused, as the survey names what municipalities give people after release: the guaranteed
/// minimum income (GMI) benefit, the housing benefit, the one-off benefit after release, the crisis benefit, a place in
/// a shelter or night shelter, a municipal flat, social rehabilitation; anything else is OTHER.
/// </summary>
public enum HelpKind { GmiBenefit, HousingBenefit, ReleaseBenefit, CrisisBenefit, ShelterPlace, MunicipalHousing, SocialRehabilitation, Other }

/// <summary>What is done about a refusal: contest it (an appeal), or apply again once the reason is put right (a retry).</summary>
public enum FollowUpKind { Appeal, Retry }

/// <summary>OPEN waits for the coordinator; FOLLOWED_UP has an appeal or retry goal; CLOSED was closed without one.</summary>
public enum RefusalStatus { Open, FollowedUp, Closed }

/// <summary>A refusal of help on the person's path, with what became of it.</summary>
public sealed record Refusal(Guid Id, Institution Institution, HelpKind Help, RefusalReason Reason, DateOnly RefusedOn, string? Note, Guid? GoalId)
{
    /// <summary>The appeal or retry goals planned for it.</summary>
    public IReadOnlyList<Guid> FollowUpGoals { get; init; } = [];
    /// <summary>Recorded at the NGO that transferred the case; its note stayed there.</summary>
    public bool NoteCarriedOver { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public string? CloseNote { get; init; }

    public RefusalStatus Status => ClosedOn is not null ? RefusalStatus.Closed : FollowUpGoals.Count > 0 ? RefusalStatus.FollowedUp : RefusalStatus.Open;

    /// <summary>On the coordinator's desk until an appeal or retry is planned or the coordinator closes it.</summary>
    public bool IsOpen => Status == RefusalStatus.Open;
}

public static class RefusedHelp
{
    /// <summary>The need domain an appeal or retry of this help belongs to, when the refusal names no goal.</summary>
    public static Common.NeedDomain? DomainOf(HelpKind help) => help switch
    {
        HelpKind.GmiBenefit or HelpKind.HousingBenefit or HelpKind.ReleaseBenefit or HelpKind.CrisisBenefit => Common.NeedDomain.IncomeAndBenefits,
        HelpKind.ShelterPlace or HelpKind.MunicipalHousing => Common.NeedDomain.Housing,
        _ => null,
    };
}
