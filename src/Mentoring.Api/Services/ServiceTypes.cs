using GraphQL;
using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Services;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Services;

public sealed class ServiceKindType : EnumerationGraphType<ServiceKind> { public ServiceKindType() => Name = "ServiceKind"; }
public sealed class ServiceOriginType : EnumerationGraphType<ServiceOrigin> { public ServiceOriginType() => Name = "ServiceOrigin"; }

/// <summary>A directory entry. Not personal data: every coordinator, admin and mentor of the NGO may read its directory.</summary>
public sealed class ServiceEntryType : ObjectGraphType<ServiceEntry>
{
    public static readonly Role[] Readers = [Role.Coordinator, Role.OrgAdmin, Role.Mentor];

    public ServiceEntryType()
    {
        Name = "ServiceEntry";
        Description = "A place of help in the services directory: the platform's (sourced reference data), as your organisation corrected it, or your organisation's own.";
        this.ReadableBy(Readers);
        Field<NonNullGraphType<IdGraphType>>("id").Description("A platform entry's code or your own entry's id: what attachServiceToGoal and editService take.")
            .Resolve(c => c.Source.Id);
        Field(x => x.Origin, type: typeof(NonNullGraphType<ServiceOriginType>)).Description("PLATFORM, CORRECTED (by your organisation, for it only) or OWN.");
        Field<NonNullGraphType<ServiceKindType>>("kind").Resolve(c => c.Source.Details.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("As the service names itself (Latvian).").Resolve(c => c.Source.Details.Name);
        Field<MunicipalityType>("municipality").Description("Where it is; null for a national service with no one place.")
            .Resolve(c => Municipalities.Find(c.Source.Details.Municipality));
        Field(x => x.National).Description("Serves the whole country: listed for every municipality.");
        Field<StringGraphType>("address").Resolve(c => c.Source.Details.Address);
        Field<StringGraphType>("openingHours").Resolve(c => c.Source.Details.OpeningHours);
        Field<StringGraphType>("phone").Description("Digits, spaces and dashes, an optional leading +: fit for a tel: link once the spaces go.")
            .Resolve(c => c.Source.Details.Phone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("ISO 639 codes; empty when not known.")
            .Resolve(c => c.Source.Details.Languages).WithComplexityImpact(1, MessageParamType.ChildImpact);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>>("domains").Description("The need domains it helps with.")
            .Resolve(c => c.Source.Details.Domains).WithComplexityImpact(1, MessageParamType.ChildImpact);
        Field<StringGraphType>("note").Resolve(c => c.Source.Details.Note);
        Field(x => x.Source, nullable: true).Description("For a platform entry: where its facts come from.");
        Field(x => x.Hidden).Description("Hidden in your organisation (listed only with includeHidden).");
        Field(x => x.HiddenReason, nullable: true);
        Field(x => x.Version).Description("Send as expectedVersion with editService or setServiceHidden (0: a platform entry you have not corrected).");
    }
}

public sealed class ServiceConnectionType : ConnectionType<ServiceEntry, ServiceEntryType>
{
    public ServiceConnectionType() : base("ServiceConnection", ServiceEntryType.Readers) { }
}

public sealed class ServicePayloadType : PayloadType<ServiceEntry, ServiceEntryType>
{
    public ServicePayloadType() : base("ServicePayload", "service") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

/// <summary>The directory for one person: their destination, the need domains that chose the entries, the entries, and which goal has which.</summary>
public sealed record PersonServices(Guid ClientId, string Municipality, IReadOnlyList<NeedDomain> Domains, IReadOnlyList<ServiceEntry> Services,
    IReadOnlyList<Goal> Goals);

public sealed class PersonServicesType : ObjectGraphType<PersonServices>
{
    public PersonServicesType()
    {
        Name = "PersonServices";
        Description = "Services for a person's destination and needs, and the ones attached to their goals. Part of the person's file: reading it is audited.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The person's destination.").Resolve(c => Municipalities.Find(c.Source.Municipality));
        Field(x => x.Domains, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>))
            .Description("The need domains the list is for: the one asked for, else the person's assessed needs (empty: all).")
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
        Field(x => x.Services, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ServiceEntryType>>>))
            .Description($"At most {ServiceQueries.PersonServicesLimit}, the destination's own first.")
            .WithComplexityImpact(1, ServiceQueries.PersonServicesLimit);
        Field(x => x.Goals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>))
            .Description("The person's goals, each with its services (attach one with attachServiceToGoal).")
            .WithComplexityImpact(1, 20);
    }
}

/// <summary>A goal after a service was attached or taken off, and the case's version after it.</summary>
public sealed record GoalChange(Goal Goal, long ClientVersion);

public sealed class GoalChangeType : ObjectGraphType<GoalChange>
{
    public GoalChangeType()
    {
        Name = "GoalChange";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Goal, type: typeof(NonNullGraphType<GoalType>));
        Field(x => x.ClientVersion).Description("The case's version now.");
    }
}

public sealed class GoalChangePayloadType : PayloadType<GoalChange, GoalChangeType>
{
    public GoalChangePayloadType() : base("GoalChangePayload", "change") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly(); }
}

/// <summary>Adds <c>services</c> to the Goal type (one line in its constructor).</summary>
public static class GoalServicesField
{
    public static void AddServicesField(this ObjectGraphType<Goal> goal) =>
        goal.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceEntryType>>>>("services")
            .Description("Directory entries attached to the goal: where the step is taken.")
            .WithComplexityImpact(1, ClientDecider.MaxServicesPerGoal)
            .ResolveAsync(async c => (object?)await c.RequestServices!.GetRequiredService<ServiceCatalogue>().ByIdsAsync(c.Source.Services, c.CancellationToken));
}

public abstract record ServiceDetailsInput
{
    public ServiceKind Kind { get; init; }
    public string Name { get; init; } = "";
    public string? Municipality { get; init; }
    public string? Address { get; init; }
    public string? OpeningHours { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public IReadOnlyList<NeedDomain> Domains { get; init; } = [];
    public string? Note { get; init; }

    public ServiceDetails Details() => new(Kind, Name, Municipality, Address, OpeningHours, Phone, Languages ?? [], Domains, Note);
}

public sealed record AddServiceInput : ServiceDetailsInput
{
    public string? IdempotencyKey { get; init; }
}

public sealed record EditServiceInput : ServiceDetailsInput
{
    public string ServiceId { get; init; } = "";
    public long ExpectedVersion { get; init; }
}

public sealed record SetServiceHiddenInput
{
    public string ServiceId { get; init; } = "";
    public long ExpectedVersion { get; init; }
    public bool Hidden { get; init; }
    public string? Reason { get; init; }
}

public sealed record GoalServiceInput
{
    public Guid ClientId { get; init; }
    public Guid GoalId { get; init; }
    public string ServiceId { get; init; } = "";
    public long? ExpectedVersion { get; init; }
}

public abstract class ServiceDetailsInputType<T> : InputObjectGraphType<T> where T : ServiceDetailsInput
{
    protected ServiceDetailsInputType(string name)
    {
        Name = name;
        Field(x => x.Kind, type: typeof(NonNullGraphType<ServiceKindType>));
        Field(x => x.Name);
        Field(x => x.Municipality, nullable: true).Description("Municipality code; required for an own entry, ignored for a correction (it keeps the platform entry's).");
        Field(x => x.Address, nullable: true);
        Field(x => x.OpeningHours, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Languages, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("ISO 639 codes.");
        Field(x => x.Domains, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed class AddServiceInputType : ServiceDetailsInputType<AddServiceInput>
{
    public AddServiceInputType() : base("AddServiceInput") =>
        Field(x => x.IdempotencyKey, nullable: true).Description("The same key again answers with the entry it added, adding nothing.");
}

public sealed class EditServiceInputType : ServiceDetailsInputType<EditServiceInput>
{
    public EditServiceInputType() : base("EditServiceInput")
    {
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Your own entry, or a platform entry to correct in your organisation.");
        Field(x => x.ExpectedVersion).Description("The entry's version you read (0 for a platform entry not corrected yet).");
    }
}

public sealed class SetServiceHiddenInputType : InputObjectGraphType<SetServiceHiddenInput>
{
    public SetServiceHiddenInputType()
    {
        Name = "SetServiceHiddenInput";
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Hidden).Description("True hides it from your organisation's lists (closed, moved); false shows it again.");
        Field(x => x.Reason, nullable: true);
    }
}

public sealed class GoalServiceInputType : InputObjectGraphType<GoalServiceInput>
{
    public GoalServiceInputType()
    {
        Name = "GoalServiceInput";
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.GoalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion, nullable: true).Description("The case's version you read, if you know it (a mentor need not: attaching twice changes nothing).");
    }
}
