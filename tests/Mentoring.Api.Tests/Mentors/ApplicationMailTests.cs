using System.Text.RegularExpressions;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>The public form's e-mails end to end: recorded with the write, sent by MailKit to a real SMTP server.</summary>
public sealed class ApplicationMailTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    [Fact]
    public async Task The_confirmation_request_arrives_once_in_the_applicants_language_and_its_link_brings_the_ngos_confirmation()
    {
        var email = $"ru-{Guid.NewGuid():N}@example.lv";
        using var anonymous = api.Client();
        var key = "form-" + Guid.NewGuid();
        await anonymous.PostAsync(Submit, Application(api.NgoA.Id, email, languages: ["ru", "lv"], key: key));
        await anonymous.PostAsync(Submit, Application(api.NgoA.Id, email, languages: ["ru", "lv"], key: key)); // the form retried

        await api.SentAsync(api.NgoA.TenantId, $"application-confirmation:{ApplicationIdOf(key)}");
        var request = Assert.Single(api.Smtp.To(email));
        Assert.Equal("NGO A: подтвердите вашу заявку", request.Subject);
        var token = Regex.Match(request.TextBody ?? "", "/confirm-application#(\\S+)").Groups[1].Value;

        Assert.Empty((await anonymous.PostAsync(Confirm, new { t = token })).UserErrors("confirmMentorApplication"));
        await api.SentAsync(api.NgoA.TenantId, $"application-received:{Mentoring.Domain.Mentors.PendingApplication.MentorIdOf(ApplicationIdOf(key))}");
        Assert.Contains(api.Smtp.To(email), m => m.Subject == "NGO A: ваша заявка получена" && m.TextBody!.Contains("наставником", StringComparison.Ordinal));
        Assert.Equal(2, api.Smtp.To(email).Count);
    }
}
