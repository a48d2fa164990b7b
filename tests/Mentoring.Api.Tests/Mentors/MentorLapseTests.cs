using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>Moves the fixture's clock forward, so it has a fixture (and clock) of its own.</summary>
public sealed class MentorLapseTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static string Email() => $"mentor-{Guid.NewGuid():N}@example.lv";

    [Fact]
    public async Task A_fully_vetted_mentor_is_approved_invited_as_a_mentor_user_and_lapses_when_the_check_expires()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var email = Email();
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, email);
        await VetFullyAsync(coordinator, id, checkedOn: "2024-12-01");

        var approved = (await ApproveAsync(coordinator, id)).Data.GetProperty("approveMentor").GetProperty("approval");
        Assert.Equal("APPROVED", approved.GetProperty("mentor").GetProperty("status").GetString());
        Assert.True(approved.GetProperty("mentor").GetProperty("matchable").GetBoolean());
        var invitation = approved.GetProperty("invitation");
        Assert.Equal(email, invitation.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal("MENTOR", invitation.GetProperty("user").GetProperty("roles")[0].GetString());

        using var mentorUser = api.Client();
        var accepted = await mentorUser.PostAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { errors { code } } }",
            new { i = new { token = await api.LinkSecretAsync(email, "inv_"), password = "a-long-enough-passphrase" } });
        Assert.Empty(accepted.UserErrors("acceptInvitation"));

        // The check of 2024-12-01 is valid for 24 months: the clock alone makes the mentor lapse.
        var matchable = await coordinator.PostAsync("{ mentors(filter: { matchable: true }, first: 100) { nodes { id } } }");
        Assert.Contains(matchable.Data.GetProperty("mentors").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == id.ToString());
        api.Clock.Advance(TimeSpan.FromDays(10));
        using var later = await api.SignedIn("a", Role.Coordinator); // the old session expired with the clock
        var lapsed = await MentorAsync(later, id);
        Assert.Equal("LAPSED", lapsed.GetProperty("status").GetString());
        Assert.False(lapsed.GetProperty("matchable").GetBoolean());
        var lapsedList = await later.PostAsync("{ mentors(filter: { status: LAPSED }, first: 100) { nodes { id } } }");
        Assert.Contains(lapsedList.Data.GetProperty("mentors").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == id.ToString());
    }
}
