using Mentoring.Api.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Demo;

/// <summary>
/// The demo as a new user meets it on the tests' clock (Monday 23 November 2026, 12:00 in Riga): the municipality's summary
/// of every past month, the demo mentor's phone, the coordinator's work today, and a second start that adds nothing.
/// </summary>
public sealed class DemoDataTests(DemoFixture api) : IClassFixture<DemoFixture>
{
    private static readonly string[] Months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];

    // Counted by hand from the rows of DemoCases.cs and the rhythm of DemoCasePlan.cs, shown as the summary shows them
    // (1–4 as "<5"; no median or share of fewer than five). "On(6, 2)" is 2 May, "Days(-25)" is 29 October. Each month
    // releases people on the 2nd, 7th, 12th, 17th, 22nd and 27th, referred 30–37 days before (a late one: 4–6), proposed
    // 6–12 days after referral; the start is three days after the proposal; meetings: a prison visit 7 days before
    // release (90 min) when started by then, then days 1 (120), 7 and 21 (60), 14 and 28 (30), and from day 42 every 14
    // days, 60 and 30 in turn, up to the ending or the last meeting.
    // May:  released Ansis, Dmitrijs, Baiba, Mārtiņš, Normunds, Guntis; Mārtiņš (referred 12 May, 5 days before) was
    //       proposed on the 24th, after release: 5 of 6. Referred: the June people but Uldis (27 April), and Mārtiņš: 6.
    //       Proposed: Uldis 8, Aleksandrs 7, Santa 6, Mārtiņš 12, Artjoms 7 days after referral: median 7.
    //       Active: the three long ones, the six of May, Uldis, Aleksandrs, Santa, Artjoms (Kristaps starts 5 June): 13.
    //       Meetings: prison visits of Uldis, Aleksandrs, Baiba, Normunds, Guntis (450 min); Ansis 5 (300), Dmitrijs 4
    //       (270), Baiba 3 (210), Mārtiņš 1 (30), Normunds 2 (180), Guntis 1 (120); Aigars, Valters, Jurijs 2 each (90
    //       each): 27 meetings, 1830 min = 30.5 h. Residence: all six; social assistance in time: Ansis, Dmitrijs, Baiba.
    // June: released Uldis, Aleksandrs, Santa, Kaspars, Artjoms, Kristaps; Kaspars wanted no mentor: 5 of 6. Proposed:
    //       Kristaps 9, Evija 8, Andris 7, Viktors 6, Renārs 8, Māris 7: median 7.5. Social assistance in time:
    //       Normunds, Guntis, Uldis, Aleksandrs, Santa; a home: Aigars.
    // July: released Evija, Andris, Viktors, Renārs, Toms, Māris (Stanislavs, without consent, is not counted); Toms was
    //       referred 4 days before and proposed after: 5 of 6. Proposed: Igors 8, Līga 6 (her first mentor declined)
    //       and 8, Emīls 7, Rihards 8, Toms 10, Nauris 6: median 8. Ended: Dmitrijs, back in prison, after 83 days and
    //       Mārtiņš, out of touch, after 35 (<5); Kaspars's case also closed, handed over to the social service.
    // Aug:  released Igors, Līga, Emīls, Haralds (late), Rihards, Nauris: 5 of 6. Ended after 140, 120, 125, 110, 112
    //       days (Ansis, Baiba, Normunds who moved, Guntis, Uldis): median 120, none six months.
    // Sept: released Jevgēņijs, Dana, Oļegs, Gatis (no mentor wanted), Ivars, Didzis: 5 of 6. Ended after 215 (Valters),
    //       124, 115, 118, 115, 94 and 75 days: median 115, one of seven six months or more: 14%.
    // Oct:  released Anastasija, Arnis, Mareks, Armands, Juris, Gunārs, and Oskars on the 29th, referred after release:
    //       6 of 7, 86%. Referred: Elvijs, Vilnis, Dāvis, Ričards, Sandis (due in November), Oskars, Edgars (due on 29
    //       November) and Agris (5 December): 8. Ended after 395 (Aigars), 215 (Jurijs), 129, 115, 110 and 75 days
    //       (Rihards, back in prison): median 122; six months or more 2 of 6, 33%; a year 1 of 6, 17%.
    // The first month's path (issue 18), of the people released each month: the application (the social-assistance goal)
    //       done by the one-month deadline — May: all but Mārtiņš (Dmitrijs on day 22), 5 of 6, 83%; June: all but Kaspars,
    //       83%; July: Evija, Viktors, Toms, Māris (Andris's on day 38 is late; Renārs had none): 4; August: Igors, Līga,
    //       Emīls, Nauris (Haralds late): 4; September: all six (Gatis on day 25), 100%; October: Anastasija, Arnis, Mareks,
    //       Armands: 4 of 7. In hand on release day: the release certificate, recorded that day for everyone referred
    //       before release (not Oskars); an identity document where the goal was reached before release (May: Ansis, Baiba;
    //       June: Uldis, Santa, Artjoms, Kristaps; July: none; August: Līga, Nauris; September: Dana, Didzis; October:
    //       Arnis, Juris); a declared residence where the residence goal was reached on the day (May 4, June 4, July 3,
    //       August 4, September 5, October 5); NVA, family doctor and statements come later, so nobody had all. Refusals:
    //       Haralds's, for lack of statements, on 29 August (Oskars's is in November). Accompaniments: none logged yet.
    private static readonly (string Key, string[] ByMonth)[] Expected =
    [
        ("referralsReceived", ["6", "6", "6", "7", "6", "8"]),
        ("releasedInPeriod", ["6", "6", "6", "6", "6", "7"]),
        ("matchedBeforeRelease", ["5", "5", "5", "5", "5", "6"]),
        ("matchedBeforeReleasePercent", ["83%", "83%", "83%", "83%", "83%", "86%"]),
        ("medianDaysReferralToMatch", ["7", "7.5", "8", "7.5", "7", "7"]),
        ("activeMatches", ["13", "18", "24", "28", "29", "28"]),
        ("contacts", ["27", "41", "51", "62", "56", "56"]),
        ("contactHours", ["30.5", "41", "48.5", "56.5", "53", "55"]),
        ("goal.IdentityDocument", ["<5", "<5", "<5", "<5", "<5", "<5"]),
        ("goal.Residence", ["6", "6", "6", "6", "6", "6"]),
        ("goal.SocialAssistance", ["<5", "5", "<5", "5", "<5", "7"]),
        ("goal.EmploymentAgency", ["<5", "<5", "<5", "<5", "<5", "<5"]),
        ("goal.FamilyDoctor", ["<5", "<5", "<5", "<5", "<5", "<5"]),
        ("goal.BankAccount", ["<5", "<5", "<5", "<5", "<5", "<5"]),
        ("goal.Housing", ["0", "<5", "<5", "<5", "0", "<5"]),
        ("goal.Employment", ["0", "0", "<5", "<5", "0", "<5"]),
        ("goal.Addiction", ["<5", "0", "<5", "<5", "<5", "<5"]),
        ("applicationsFiledWithinMonth", ["5", "5", "<5", "<5", "6", "<5"]),
        ("applicationsFiledWithinMonthPercent", ["83%", "83%", "<5", "<5", "100%", "<5"]),
        ("documentsBeforeRelease.IdentityDocument", ["<5", "<5", "0", "<5", "<5", "<5"]),
        ("documentsBeforeRelease.ReleaseCertificate", ["6", "6", "6", "6", "6", "6"]),
        ("documentsBeforeRelease.AccountStatements", ["0", "0", "0", "0", "0", "0"]),
        ("documentsBeforeRelease.DeclaredResidence", ["<5", "<5", "<5", "<5", "5", "5"]),
        ("documentsBeforeRelease.NvaRegistration", ["0", "0", "0", "0", "0", "0"]),
        ("documentsBeforeRelease.FamilyDoctor", ["0", "0", "0", "0", "0", "0"]),
        ("documentsBeforeRelease.All", ["0", "0", "0", "0", "0", "0"]),
        ("accompaniments", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.NoActualResidence", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.NoIncomeDocuments", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.NoAccountStatements", ["0", "0", "0", "<5", "0", "0"]),
        ("refusals.CannotDeclareResidence", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.DoesNotMeetRules", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.DoesNotCooperate", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.PreTrialDetentionRelease", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.ResidenceInOtherMunicipality", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.RefusedMunicipalFlat", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.FamilyNotNeedy", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.ShortCustody", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.NotFiledWithinMonth", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.NotRegisteredWithNva", ["0", "0", "0", "0", "0", "0"]),
        ("refusals.Other", ["0", "0", "0", "0", "0", "0"]),
        ("closures.GoalsMet", ["0", "0", "0", "<5", "<5", "<5"]),
        ("closures.MovedAway", ["0", "0", "0", "<5", "<5", "0"]),
        ("closures.Declined", ["0", "0", "0", "0", "<5", "0"]),
        ("closures.Reincarcerated", ["0", "0", "<5", "0", "0", "<5"]),
        ("closures.NoContact", ["0", "0", "<5", "0", "<5", "<5"]),
        ("closures.Died", ["0", "0", "0", "0", "0", "0"]),
        ("closures.Other", ["0", "0", "<5", "0", "0", "0"]),
        ("closures.Transferred", ["0", "0", "0", "0", "0", "0"]),
        ("reincarceratedWithin12Months", ["0", "0", "<5", "0", "0", "<5"]),
        ("medianMatchLengthDays", ["", "", "<5", "120", "115", "122"]),
        ("matchesLasting6MonthsPercent", ["", "", "<5", "0%", "14%", "33%"]),
        ("matchesLasting12MonthsPercent", ["", "", "<5", "0%", "0%", "17%"]),
        // Closures by ClosureRule (goals met: planned; the demo's other endings: unplanned), beside the case closures above; the share
        // shows only when neither count is 1–4 (0% in month 2: no planned ending, a few unplanned). Milestones by HealthMilestones.DayOf.
        ("plannedClosures", ["0", "0", "0", "<5", "<5", "<5"]),
        ("unplannedClosures", ["0", "0", "<5", "<5", "<5", "<5"]),
        ("plannedClosurePercent", ["", "", "0%", "<5", "<5", "<5"]),
        ("matchesReaching3Months", ["<5", "<5", "<5", "5", "<5", "5"]),
        ("matchesReaching6Months", ["0", "0", "0", "<5", "<5", "0"]),
        ("matchesReaching12Months", ["0", "0", "0", "0", "<5", "0"]),
    ];

    public static TheoryData<int> MonthIndexes() => [0, 1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(MonthIndexes))]
    public async Task The_municipality_sees_every_figure_of_each_past_month_as_counted_by_hand(int month)
    {
        await api.WaitForProjectionsAsync();
        using var viewer = await api.SignedIn("municipality@demo.mentoring.lv");
        var contractId = (await viewer.PostAsync("{ contracts { nodes { id } } }")).Data.GetProperty("contracts").GetProperty("nodes")[0].GetProperty("id").GetString();

        var summary = (await viewer.PostAsync("query($c: ID!, $p: String!) { outcomeSummary(contractId: $c, period: $p) { summary { figures { key value } } errors { code } } }",
            new { c = contractId, p = Months[month] })).Data.GetProperty("outcomeSummary").GetProperty("summary").GetProperty("figures");
        var actual = summary.EnumerateArray().Select(f => $"{f.GetProperty("key").GetString()}={f.GetProperty("value").GetString()}");
        Assert.Equal(Expected.Select(e => $"{e.Key}={e.ByMonth[month]}"), actual);
    }

    [Fact]
    public async Task The_prisons_referrer_follows_three_referrals_and_the_coordinator_has_one_waiting_in_the_inbox()
    {
        using var referrer = await api.SignedIn(Mentoring.Api.Demo.DemoReferrals.ReferrerEmail);
        var mine = (await referrer.PostAsync("{ myReferrals { status ngoName details { name } } }")).Data.GetProperty("myReferrals").EnumerateArray()
            .Select(r => (r.GetProperty("details").GetProperty("name").GetString(), r.GetProperty("status").GetString(), r.GetProperty("ngoName").GetString())).OrderBy(r => r.Item1).ToList();
        Assert.Equal([("Aivars Krūmiņš", "DECLINED", "Biedrība Līdzgaitnieki"), ("Edgars Vītols", "RECEIVED", "Biedrība Līdzgaitnieki"),
                      ("Sergejs Ivanovs", "MORE_INFORMATION_REQUESTED", "Biedrība Līdzgaitnieki")], mine);
        using var coordinator = await api.SignedIn(DemoData.CoordinatorEmail);
        var inbox = (await coordinator.PostAsync("{ referralInbox(status: RECEIVED) { details { name } fromOrganisation } }")).Data.GetProperty("referralInbox");
        Assert.Equal(["Edgars Vītols"], inbox.EnumerateArray().Select(r => r.GetProperty("details").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_demo_social_worker_reads_the_path_handed_over_to_them()
    {
        using var worker = await api.SignedIn(Mentoring.Api.Demo.DemoHandovers.SocialWorkerEmail);
        var mine = Assert.Single((await worker.PostAsync("{ myHandovers { status name ngoName path { refusals { reason } } } }")).Data.GetProperty("myHandovers").EnumerateArray());
        Assert.Equal(("ACTIVE", "Oskars Vītols", "Biedrība Līdzgaitnieki"), (mine.GetProperty("status").GetString(), mine.GetProperty("name").GetString(), mine.GetProperty("ngoName").GetString()));
        Assert.NotEqual(0, mine.GetProperty("path").GetProperty("refusals").GetArrayLength());
    }

    [Fact]
    public async Task A_second_start_writes_nothing()
    {
        await api.WaitForProjectionsAsync();
        var before = await api.DataFingerprintAsync();
        await ActivatorUtilities.CreateInstance<DemoData>(api.Services).StartAsync(default);
        await ActivatorUtilities.CreateInstance<DemoScenario>(api.Services).StartAsync(default);
        await api.WaitForProjectionsAsync();
        Assert.Equal(before, await api.DataFingerprintAsync());
    }

    [Fact]
    public async Task The_demo_mentor_signs_in_with_the_demo_password_and_sees_their_people()
    {
        using var mentor = await api.SignedIn(DemoData.MentorEmail);
        var people = (await mentor.PostAsync("{ myMatches { clientName stage } }")).Data.GetProperty("myMatches").EnumerateArray()
            .Select(m => $"{m.GetProperty("clientName").GetString()} {m.GetProperty("stage").GetString()}").Order();
        // Jānis's rows in DemoCases: Aigars's year ended on 24 October (ended matches stay listed for 30 days); Emīls,
        // Mareks and Raimonds are his now. Ansis and Kristaps ended in the summer.
        Assert.Equal(["Aigars Vilks ENDED", "Emīls Krastiņš ACTIVE", "Mareks Zālītis ACTIVE", "Raimonds Liepa ACTIVE"], people);
    }

    [Fact]
    public async Task The_coordinator_finds_todays_work_overdue_contact_a_proposal_unanswered_and_people_to_match()
    {
        using var coordinator = await api.SignedIn(DemoData.CoordinatorEmail);
        var overdue = (await coordinator.PostAsync("{ engagement(cadence: OVERDUE) { clientName } }")).Data.GetProperty("engagement").EnumerateArray()
            .Select(e => e.GetProperty("clientName").GetString()).Order();
        // Oskars's mentor last met him on 5 November, in his first month out (weekly); Igors's on 11 October (fortnightly).
        Assert.Equal(["Igors Fjodorovs", "Oskars Vītols"], overdue);
        var proposed = (await coordinator.PostAsync("{ matches(stage: PROPOSED) { mentorAccepted client { name } mentor { name } } }")).Data.GetProperty("matches")
            .EnumerateArray().Select(m => $"{m.GetProperty("client").GetProperty("name").GetString()} {m.GetProperty("mentor").GetProperty("name").GetString()} {m.GetProperty("mentorAccepted").GetBoolean()}").Order();
        // Edgars (out on 29 November) was proposed to Aivars yesterday, who has not answered; Romāns (out on 19 December) was
        // proposed to Sergejs on the 21st, who accepted; his agreement and start are due tomorrow.
        Assert.Equal(["Edgars Krūmiņš Aivars Krūze False", "Romāns Kovaļovs Sergejs Ivanovs True"], proposed);
        var unmatched = (await coordinator.PostAsync("{ upcomingReleases(unmatchedOnly: true) { daysToRelease client { name } } }")).Data.GetProperty("upcomingReleases")
            .EnumerateArray().Select(u => $"{u.GetProperty("client").GetProperty("name").GetString()} {u.GetProperty("daysToRelease").GetInt32()}");
        // Everyone else due in the next 60 days has a mentor asked or at work; Kristīne has not consented yet.
        Assert.Equal(["Laura Ozoliņa 19", "Pāvels Smirnovs 33", "Kristīne Egle 52"], unmatched);
    }

    [Fact]
    public async Task The_coordinator_sees_the_path_documents_ticked_a_refusal_retried_and_one_waiting_on_the_desk()
    {
        using var coordinator = await api.SignedIn(DemoData.CoordinatorEmail);
        var desk = (await coordinator.PostAsync("{ openRefusals { daysOpen client { name } refusal { reason help } } }")).Data.GetProperty("openRefusals");
        // Rīga's social service refused Oskars (out on 29 October) on 18 November: his last declared residence is in Jelgava.
        var waiting = Assert.Single(desk.EnumerateArray());
        Assert.Equal(("Oskars Vītols", 5, "RESIDENCE_IN_OTHER_MUNICIPALITY"), (waiting.GetProperty("client").GetProperty("name").GetString(),
            waiting.GetProperty("daysOpen").GetInt32(), waiting.GetProperty("refusal").GetProperty("reason").GetString()));

        // Haralds's first application lacked a month of statements; the retry, with all three, went in on day 38.
        var id = (await coordinator.PostAsync("{ clients(filter: { search: \"haralds\" }) { nodes { id } } }")).Data.GetProperty("clients").GetProperty("nodes")[0]
            .GetProperty("id").GetString();
        var haralds = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { refusals { status } goals { kind status } documents { kind obtained } } }",
            new { id })).Data.GetProperty("client");
        Assert.Equal("FOLLOWED_UP", haralds.GetProperty("refusals")[0].GetProperty("status").GetString());
        Assert.Contains(haralds.GetProperty("goals").EnumerateArray(), g => g.GetProperty("kind").GetString() == "FOLLOW_UP" && g.GetProperty("status").GetString() == "DONE");
        var obtained = haralds.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("obtained").GetBoolean()).Select(d => d.GetProperty("kind").GetString());
        Assert.Equal(["RELEASE_CERTIFICATE", "ACCOUNT_STATEMENTS", "DECLARED_RESIDENCE"], obtained);
    }

    [Fact]
    public async Task The_demo_mentor_finds_the_ngos_own_services_next_to_the_platforms_for_riga()
    {
        using var mentor = await api.SignedIn(DemoData.MentorEmail);
        var services = (await mentor.PostAsync("{ services(municipality: \"riga\") { nodes { id origin name phone } } }")).Data.GetProperty("services")
            .GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(services, s => s.GetProperty("id").GetString() == "social-service-riga" && s.GetProperty("origin").GetString() == "PLATFORM");
        Assert.Equal(2, services.Count(s => s.GetProperty("origin").GetString() == "OWN" && s.GetProperty("phone").GetString()!.StartsWith("+371 2000000")));
    }
}
