using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

/// <summary>The messages mentor vetting owes people, in Latvian (the applicant's language is not asked yet).</summary>
public static class MentorMessages
{
    public static RecordedMessage ApplicationReceived(Mentor mentor, string organisationName, DateTimeOffset now) => new(
        DeterministicId.From("message", $"application-received:{mentor.Id}"), "MentorApplicationReceived", mentor.Profile.Email, Language.Lv,
        $"{organisationName}: jūsu pieteikums saņemts",
        $"Labdien, {mentor.Profile.Name}!\n\nPaldies par pieteikumu kļūt par līdzgaitnieku organizācijā {organisationName}. " +
        "Koordinators ar jums sazināsies par pārrunām, atsauksmēm un apmācību.\n", now);

    public static RecordedMessage Invitation(Mentor mentor, string organisationName, string token, DateTimeOffset now) => new(
        DeterministicId.From("message", $"mentor-invitation:{mentor.Id}"), "MentorInvitation", mentor.Profile.Email, Language.Lv,
        $"{organisationName}: jūs esat apstiprināts kā līdzgaitnieks",
        $"Labdien, {mentor.Profile.Name}!\n\nJūs esat apstiprināts kā līdzgaitnieks. Izvēlieties paroli šeit: /invitation#{token}\n", now);
}
