using System.Security.Claims;
using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Authentication;

namespace Mentoring.Api.Auth;

/// <summary>
/// A mentor acts as a mentor only while approved and current. On every request (cookie or API token) a caller holding
/// the Mentor role has it checked against their mentor record and today's date: suspended, withdrawn or lapsed, the
/// role is taken out of this request's identity, so every mentor operation is refused at validation — within the same
/// request, whatever the session or token says — and the reason is kept in a claim for <c>me</c> to show.
/// </summary>
public sealed class MentorStanding(IDocumentStore store, TimeProvider clock) : IClaimsTransformation
{
    public const string StandingClaim = "mentor_standing";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (!principal.IsInRole(nameof(Role.Mentor)) || principal.HasClaim(c => c.Type == StandingClaim)) return principal;
        if (Caller.From(principal) is not { } caller) return principal;
        await using var session = store.QuerySession(caller.TenantId);
        var user = await session.LoadAsync<UserAccount>(caller.UserId);
        // An account given the Mentor role without a mentor record (invited by an admin) has no matches to reach: nothing to check.
        if (user is { MentorId: null }) return principal;
        var mentor = user?.MentorId is { } id ? await session.LoadAsync<Mentor>(id) : null;
        var policy = await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId) ?? VettingPolicy.Default;
        // A vanished account or mentor record (erased) stands for nothing.
        var status = Of(mentor, policy, RigaCalendar.Today(clock));

        var identity = (ClaimsIdentity)principal.Identity!;
        var copy = new ClaimsIdentity(identity.Claims.Where(c => status == MentorStatus.Approved || !(c.Type == identity.RoleClaimType && c.Value == nameof(Role.Mentor))),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        copy.AddClaim(new Claim(StandingClaim, status.ToString()));
        return new ClaimsPrincipal(copy);
    }

    /// <summary>A mentor record's standing today; a vanished (erased) record stands for nothing.</summary>
    public static MentorStatus Of(Mentor? mentor, VettingPolicy policy, DateOnly today) => mentor?.StatusOn(today, policy) ?? MentorStatus.Withdrawn;
}
