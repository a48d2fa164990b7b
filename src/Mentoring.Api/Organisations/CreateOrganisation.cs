using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Organisations;

public sealed record CreateOrganisationInput
{
    public OrganisationKind Kind { get; init; }
    public string Name { get; init; } = "";
    public string? MunicipalityCode { get; init; }
    public string? RegistrationNumber { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class CreateOrganisationInputType : InputObjectGraphType<CreateOrganisationInput>
{
    public CreateOrganisationInputType()
    {
        Name = "CreateOrganisationInput";
        Field(x => x.Kind, type: typeof(NonNullGraphType<OrganisationKindType>));
        Field(x => x.Name);
        Field(x => x.MunicipalityCode, nullable: true).Description("Required for a municipality: which of the 43 it is.");
        Field(x => x.RegistrationNumber, nullable: true);
        Field(x => x.IdempotencyKey, nullable: true).Description("Send the same key when retrying: the organisation is created once.");
    }
}

public sealed class CreateOrganisationPayloadType : PayloadType<Organisation, OrganisationType>
{
    public CreateOrganisationPayloadType() : base("CreateOrganisationPayload", "organisation") { this.ReadableBy(Role.PlatformAdmin); }
}

public static class CreateOrganisation
{
    public static void AddOrganisationMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CreateOrganisationPayloadType>>("createOrganisation")
            .Description("Registers an NGO, municipality, prison or probation office. Platform admins only.")
            .Argument<NonNullGraphType<CreateOrganisationInputType>>("input")
            .RequireRoles(Role.PlatformAdmin)
            .Resolve().WithServices<IDocumentStore, TimeProvider>()
            .ResolveAsync(async (ctx, store, clock) => (object?)await Handle(ctx.GetArgument<CreateOrganisationInput>("input"), store, clock, ctx.CancellationToken));

    public static async Task<Payload<Organisation>> Handle(CreateOrganisationInput input, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        // The registry of organisations is the platform's own data, kept in the platform tenant.
        await using var session = store.LightweightSession(RegisterOrganisationDecider.PlatformTenant);
        var id = StreamWrites.CreationId("organisation", input.IdempotencyKey);
        var command = new RegisterOrganisation(id, input.Kind, input.Name, input.MunicipalityCode, input.RegistrationNumber, clock.GetUtcNow());
        var written = await StreamWrites.Create<Organisation>(session, id, input.IdempotencyKey is { Length: > 0 },
            async _ => RegisterOrganisationDecider.Decide(command, await session.Query<Organisation>().ToListAsync(ct)), RegisterOrganisationDecider.Evolve, ct);
        return written.Succeeded ? Payload<Organisation>.Ok(written.State!) : Payload<Organisation>.Refused(written.Errors);
    }
}
