using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Tests.Audit;

/// <summary>Every purpose the product writes reads back as its code with exactly its parameters; typed ones stay as typed.</summary>
public sealed class AuditPurposeTests
{
    private static string Read(AuditAction action, string stored)
    {
        var view = AuditPurposes.Read(action, stored);
        return string.Join(" ", [view.Kind.ToString(), .. view.Params.Select(p => $"{p.Name}={p.Value}/{p.EnumType}"), .. view.Text is null ? [] : new[] { $"\"{view.Text}\"" }]);
    }

    [Theory]
    [InlineData(AuditAction.CaseRead, AuditRecord.DefaultPurpose, "CaseWork")]
    [InlineData(AuditAction.CaseRead, "court order 12/2026", "Stated \"court order 12/2026\"")]
    [InlineData(AuditAction.PersonErased, "the person asked", "Stated \"the person asked\"")]
    [InlineData(AuditAction.UserDeactivated, AuditRecord.DefaultPurpose, "None")]
    [InlineData(AuditAction.InvitationRevoked, AuditRecord.DefaultPurpose, "None")]
    [InlineData(AuditAction.UserInvited, AuditPurposes.Resent, "InvitationResent")]
    [InlineData(AuditAction.SecurityPolicyChanged, AuditPurposes.RequireSecondFactor, "SecondFactorRequired")]
    [InlineData(AuditAction.SecurityPolicyChanged, AuditPurposes.OptionalSecondFactor, "SecondFactorOptional")]
    [InlineData(AuditAction.RolesChanged, "NotARole, Coordinator", "Stated \"NotARole, Coordinator\"")]
    public void A_stored_purpose_reads_back_as_its_code(AuditAction action, string stored, string expected) => Assert.Equal(expected, Read(action, stored));

    [Fact]
    public void What_the_product_writes_reads_back_with_its_parameters()
    {
        Assert.Equal("RolesGiven roles=COORDINATOR/Role roles=MUNICIPALITY_VIEWER/Role",
            Read(AuditAction.UserInvited, AuditPurposes.Roles([Role.Coordinator, Role.MunicipalityViewer])));
        Assert.Equal("RolesGiven roles=ORG_ADMIN/Role", Read(AuditAction.RolesChanged, AuditPurposes.Roles([Role.OrgAdmin])));
        Assert.Equal("RiskFlagsShared", Read(AuditAction.SharedWithMentor, AuditPurposes.RiskFlagsSharing(true)));
        Assert.Equal("RiskFlagsUnshared", Read(AuditAction.SharedWithMentor, AuditPurposes.RiskFlagsSharing(false)));
        Assert.Equal("NeedNoteShared domain=IDENTITY_DOCUMENTS/NeedDomain",
            Read(AuditAction.SharedWithMentor, AuditPurposes.NeedNoteSharing(true, NeedDomain.IdentityDocuments)));
        Assert.Equal("NeedNoteUnshared domain=HOUSING/NeedDomain", Read(AuditAction.SharedWithMentor, AuditPurposes.NeedNoteSharing(false, NeedDomain.Housing)));
        Assert.Equal("Retention rule=WITHDRAWN_MENTOR/RetentionRule", Read(AuditAction.PersonErased, AuditPurposes.Retention(RetentionRule.WithdrawnMentor)));
        Assert.Equal("ErasureReapplied", Read(AuditAction.PersonErased, AuditPurposes.ErasureReapplied));
        Assert.Equal("TransferTo organisation=Biedrība \"Otrā iespēja\"/", Read(AuditAction.TransferOffered, AuditPurposes.TransferTo("Biedrība \"Otrā iespēja\"")));
        Assert.Equal("TransferFrom organisation=Patvērums/", Read(AuditAction.TransferAccepted, AuditPurposes.TransferFrom("Patvērums")));
        Assert.Equal("TransferTo organisation=Patvērums/", Read(AuditAction.TransferDeclined, AuditPurposes.TransferTo("Patvērums")));
        Assert.Equal("TransferFrom organisation=Patvērums/", Read(AuditAction.TransferWithdrawn, AuditPurposes.TransferFrom("Patvērums")));
        // The transfer prefix means nothing on another action: a reader typed it.
        Assert.Equal("Stated \"TRANSFER_TO:Patvērums\"", Read(AuditAction.CaseRead, AuditPurposes.TransferTo("Patvērums")));
        // Retention records written before the rules had codes stay as they were written.
        Assert.Equal("Stated \"retention: closed more than 5 years ago\"", Read(AuditAction.PersonErased, "retention: closed more than 5 years ago"));
    }
}
