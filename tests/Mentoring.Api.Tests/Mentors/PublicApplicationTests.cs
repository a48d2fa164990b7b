using System.Text.Json;
using Marten;
using Mentoring.Domain.Messages;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>
/// The public form tells nobody whether an address has applied: the answer is always the same, and what happened goes
/// by e-mail to the address. Its applications enter the vetting queue only when the applicant follows the e-mailed link.
/// Moves the fixture's clock (the link's expiry), so it has a fixture of its own.
/// </summary>
public sealed class PublicApplicationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Motivation = "I know the first month after release from my own life.";
    private static string Email() => $"public-{Guid.NewGuid():N}@example.lv";

    private async Task<IReadOnlyList<OutboxMessage>> MailTo(string email)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return await session.Query<OutboxMessage>().Where(m => m.To == email).OrderBy(m => m.QueuedAt).ToListAsync();
    }

    private async Task<IReadOnlyList<string?>> MentorsWith(GraphQLClient coordinator, string email) =>
        (await coordinator.PostAsync("query($f: MentorFilter) { mentors(filter: $f, first: 100) { nodes { email channel } } }", new { f = new { search = email } }))
        .Data.GetProperty("mentors").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("email").GetString()).ToList();

    private static async Task<IReadOnlyList<string?>> QueueEmails(GraphQLClient coordinator) =>
        (await coordinator.PostAsync("{ vettingQueue { mentor { email } } }")).Data.GetProperty("vettingQueue").EnumerateArray()
        .Select(q => q.GetProperty("mentor").GetProperty("email").GetString()).ToList();

    /// <summary>The whole answer of the form (status and body) for an application to NGO A.</summary>
    private async Task<(HttpStatusCode, string)> Answer(GraphQLClient client, string email, string[] languages, string? key = null)
    {
        var response = await client.PostAsync(Submit, Application(api.NgoA.Id, email, languages: languages, key: key));
        return (response.Status, response.Body.GetRawText());
    }

    private async Task<(HttpStatusCode, string)> Confirming(string token)
    {
        using var anyone = api.Client();
        var response = await anyone.PostAsync(Confirm, new { t = token });
        return (response.Status, response.Body.GetRawText());
    }

    [Fact]
    public async Task A_known_address_gets_exactly_the_answer_a_new_one_gets_and_its_owner_is_told_by_mail_in_their_language()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var known = Email();
        await coordinator.PostAsync(Submit, Application(api.NgoA.Id, known, languages: ["en"])); // the owner reads English
        var queueBefore = await QueueEmails(coordinator);

        using var anonymous = api.Client();
        var fresh = await Answer(anonymous, Email(), ["ru", "lv"]);
        var again = await Answer(anonymous, known.ToUpperInvariant(), ["ru", "lv"]);
        Assert.Equal(fresh, again);
        Assert.Equal(HttpStatusCode.OK, again.Item1);
        Assert.Equal("""{"data":{"submitMentorApplication":{"received":true,"mentorId":null,"errors":[]}}}""", again.Item2);

        // Nothing entered the queue; the owner got "you have already applied", in English, without the form's text.
        Assert.Equal([known], await MentorsWith(coordinator, known));
        Assert.Equal(queueBefore, await QueueEmails(coordinator));
        var mail = Assert.Single(await MailTo(known), m => m.Key.StartsWith("application-duplicate:", StringComparison.Ordinal));
        Assert.Equal(Mentoring.Domain.Users.Language.En, mail.Language);
        Assert.Equal(NotificationKind.Account, mail.Kind);
        Assert.Equal("NGO A: you have already applied", mail.Subject);
        Assert.Contains("your coordinator will contact you", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Motivation, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Jānis", mail.TextBody, StringComparison.Ordinal);

        // The form sent again the same day tells the owner nothing new (one such mail a day), and still answers the same.
        Assert.Equal(fresh, await Answer(anonymous, known, ["lv"]));
        Assert.Single(await MailTo(known), m => m.Key.StartsWith("application-duplicate:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_public_application_waits_unseen_until_its_e_mailed_link_is_followed_once()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var email = Email();
        var key = "form-" + Guid.NewGuid();
        using var anonymous = api.Client();
        await Answer(anonymous, email, ["ru"], key);

        // Recorded, unconfirmed: not a mentor, not in the queue. The e-mail carries the NGO's name, fixed text and the link only.
        Assert.Empty(await MentorsWith(coordinator, email));
        Assert.DoesNotContain(email, await QueueEmails(coordinator));
        var request = Assert.Single(await MailTo(email));
        Assert.Equal($"application-confirmation:{ApplicationIdOf(key)}", request.Key);
        Assert.Equal("NGO A: подтвердите вашу заявку", request.Subject);
        Assert.Contains("48", request.TextBody, StringComparison.Ordinal);
        foreach (var echoed in new[] { Motivation, "Jānis", "Bērziņš", "20000000" })
            Assert.DoesNotContain(echoed, request.TextBody, StringComparison.Ordinal);
        var token = await ConfirmationTokenAsync(api, api.NgoA.Id, ApplicationIdOf(key));

        // A made-up token answers like any other and changes nothing.
        var before = await api.DataFingerprintAsync();
        var unknown = await Confirming("mca_" + new string('A', 86));
        Assert.Equal(unknown, await Confirming("not a token"));
        Assert.Equal(before, await api.DataFingerprintAsync());

        // The real one: the same answer, and now the applicant is in the queue and has the NGO's usual confirmation.
        Assert.Equal(unknown, await Confirming(token));
        Assert.Equal([email], await MentorsWith(coordinator, email));
        Assert.Contains(email, await QueueEmails(coordinator));
        var mentorId = Mentoring.Domain.Mentors.PendingApplication.MentorIdOf(ApplicationIdOf(key));
        var mentor = await MentorAsync(coordinator, mentorId);
        Assert.Equal("APPLIED", mentor.GetProperty("status").GetString());
        Assert.Contains(await MailTo(email), m => m.Key == $"application-received:{mentorId}" && m.Subject == "NGO A: ваша заявка получена");

        // Followed again (or by someone who saw it): the same answer, nothing written.
        var confirmed = await api.DataFingerprintAsync();
        Assert.Equal(unknown, await Confirming(token));
        Assert.Equal(confirmed, await api.DataFingerprintAsync());
        Assert.Equal([email], await MentorsWith(coordinator, email));
    }

    [Fact]
    public async Task An_unconfirmed_application_expires_after_48_hours_and_its_link_then_does_nothing()
    {
        var email = Email();
        var key = "form-" + Guid.NewGuid();
        using var anonymous = api.Client();
        await Answer(anonymous, email, ["lv"], key);
        var token = await ConfirmationTokenAsync(api, api.NgoA.Id, ApplicationIdOf(key));
        var unknown = await Confirming("mca_" + new string('B', 86));

        api.Clock.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));
        var before = await api.DataFingerprintAsync();
        Assert.Equal(unknown, await Confirming(token));
        Assert.Equal(before, await api.DataFingerprintAsync());
        using var coordinator = await api.SignedIn("a", Role.Coordinator); // signed in now: a session does not last 48 hours
        Assert.Empty(await MentorsWith(coordinator, email));
    }

    [Fact]
    public async Task Two_forms_for_one_address_confirmed_both_make_one_applicant_and_the_second_link_only_tells_the_owner()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var email = Email();
        var (first, second) = ("form-" + Guid.NewGuid(), "form-" + Guid.NewGuid());
        using var anonymous = api.Client();
        Assert.Equal(await Answer(anonymous, email, ["lv"], first), await Answer(anonymous, email, ["lv"], second));
        var firstToken = await ConfirmationTokenAsync(api, api.NgoA.Id, ApplicationIdOf(first));
        var secondToken = await ConfirmationTokenAsync(api, api.NgoA.Id, ApplicationIdOf(second));

        Assert.Equal(await Confirming(firstToken), await Confirming(secondToken));
        Assert.Equal([email], await MentorsWith(coordinator, email));
        Assert.Single(await MailTo(email), m => m.Key.StartsWith("application-duplicate:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_address_gets_a_few_confirmation_requests_a_day_however_often_the_form_names_it()
    {
        var email = Email();
        using var anonymous = api.Client();
        var answers = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 5; i++) answers.Add(await Answer(anonymous, email, ["lv"], "form-" + Guid.NewGuid()));
        Assert.Single(answers.Distinct());
        Assert.Equal(3, (await MailTo(email)).Count); // Mentoring:ApplicationMailsPerAddressPerDay, default 3
    }

    [Fact]
    public async Task A_coordinators_entry_needs_no_confirmation_and_is_in_the_queue_at_once()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var email = Email();
        var response = await coordinator.PostAsync(Submit, Application(api.NgoA.Id, email));
        var id = response.Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString();
        Assert.NotNull(id);
        Assert.Contains(email, await QueueEmails(coordinator));
        Assert.Equal("COORDINATOR", (await coordinator.PostAsync("query($f: MentorFilter) { mentors(filter: $f) { nodes { channel } } }", new { f = new { search = email } }))
            .Data.GetProperty("mentors").GetProperty("nodes")[0].GetProperty("channel").GetString());
        var mail = Assert.Single(await MailTo(email));
        Assert.Equal($"application-received:{id}", mail.Key);
        Assert.Equal(JsonValueKind.Null, (await api.Client().PostAsync(Submit, Application(api.NgoA.Id, Email())))
            .Data.GetProperty("submitMentorApplication").GetProperty("mentorId").ValueKind);
    }
}
