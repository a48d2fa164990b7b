using System.Security.Cryptography;
using System.Text;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Mentors;

/// <summary>The public form's application: checked like any other, then held until its address is confirmed.</summary>
public sealed record ReceivePublicApplication(Guid ApplicationId, MentorProfile Profile, string TokenHash, Actor Actor);

/// <param name="TokenHash">The hash of the token the link carried.</param>
/// <param name="EmailAlreadyApplied">A mentor of this NGO has the address by now.</param>
public sealed record ConfirmMentorApplication(string TokenHash, bool EmailAlreadyApplied, Actor Actor);

/// <summary>Pure decisions for a pending application's stream. The API answers every refusal the same way.</summary>
public static class PendingApplicationDecider
{
    public const string ConfirmationExpired = "CONFIRMATION_EXPIRED";
    public const string AlreadyConfirmed = "ALREADY_CONFIRMED";

    public static PendingApplication? Evolve(PendingApplication? state, object @event) => @event switch
    {
        MentorApplicationAwaitingConfirmation e => PendingApplication.Create(e),
        MentorApplicationConfirmed e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <summary>The same profile rules as a coordinator's entry; the address is not looked at, so the answer says nothing about it.</summary>
    public static Decision Decide(ReceivePublicApplication c, PendingApplication? state)
    {
        if (state is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This application was already submitted.", "idempotencyKey");
        return MentorDecider.CheckProfile(new Checks(), c.Profile, c.Actor.Today).Then(() => Decision.Accept(new MentorApplicationAwaitingConfirmation(
            c.ApplicationId, MentorDecider.Normalise(c.Profile), c.TokenHash, c.Actor.At, c.Actor.At + PendingApplication.ConfirmationValidity)));
    }

    public static Decision Decide(ConfirmMentorApplication c, PendingApplication? state)
    {
        if (state is null || !SameHash(state.TokenHash, c.TokenHash)) return Decision.Reject(ErrorCodes.NotFound, "No such application.", "token");
        if (state.ConfirmedAt is not null) return Decision.Reject(AlreadyConfirmed, "The application was already confirmed.", "token");
        if (c.Actor.At > state.ExpiresAt) return Decision.Reject(ConfirmationExpired, "The confirmation link has expired.", "token");
        return Decision.Accept(new MentorApplicationConfirmed(state.Id, c.EmailAlreadyApplied ? null : PendingApplication.MentorIdOf(state.Id), c.Actor.At));
    }

    private static bool SameHash(string stored, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(given));
}
