using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;

namespace Mentoring.Domain.Tests.Contracts;

/// <summary>Given events / when command / then events (or errors), for every contract rule.</summary>
public sealed class ContractDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ngo = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();

    private static ContractTerms Terms(string start = "2027-01-01", string end = "2027-12-31", int capacity = 20,
        string[]? territory = null, string[]? recipients = null, ReportingCadence cadence = ReportingCadence.Monthly) =>
        new(territory, DateOnly.Parse(start), DateOnly.Parse(end), capacity, recipients ?? ["soc@riga.lv"], cadence);

    private static CreateContract Create(string municipality = "riga", ContractTerms? terms = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), Ngo, municipality, terms ?? Terms(), "RD-1", Coordinator, Now);

    private static Contract? Given(params object[] events) => events.Aggregate((Contract?)null, ContractDecider.Evolve);

    private static Contract Existing(string municipality = "riga", ContractTerms? terms = null) =>
        Given(ContractDecider.Decide(Create(municipality, terms), null, []).Events.ToArray())!;

    private static void ThenRefused(Decision decision, string code, string field)
    {
        Assert.False(decision.IsAccepted);
        Assert.Empty(decision.Events);
        Assert.Contains(decision.Errors, e => e.Code == code && e.Field == field);
    }

    [Fact]
    public void Creating_a_valid_contract_records_it_with_its_territory_defaulting_to_the_funder()
    {
        var decision = ContractDecider.Decide(Create(), null, []);
        var created = Assert.IsType<ContractCreated>(Assert.Single(decision.Events));
        Assert.Equal(["riga"], created.Territory);
        Assert.Equal(20, created.ClientCapacity);

        var state = Given(created)!;
        Assert.Equal(ContractStatus.Active, state.Status);
        Assert.True(state.InForceOn(new DateOnly(2027, 6, 1)));
        Assert.False(state.InForceOn(new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void Recipients_are_normalised_and_territory_deduplicated()
    {
        var decision = ContractDecider.Decide(Create(terms: Terms(territory: ["riga", "riga", "jurmala"], recipients: ["A@Riga.lv", "a@riga.lv"])), null, []);
        var created = Assert.IsType<ContractCreated>(decision.Events[0]);
        Assert.Equal(["jurmala", "riga"], created.Territory);
        Assert.Equal(["a@riga.lv"], created.ReportRecipients);
    }

    [Theory]
    [InlineData("2027-06-01", "2027-05-31")]
    [InlineData("2027-06-01", "2027-06-01")]
    public void End_date_not_after_start_is_refused(string start, string end) =>
        ThenRefused(ContractDecider.Decide(Create(terms: Terms(start, end)), null, []), ErrorCodes.InvalidPeriod, "endDate");

    [Fact]
    public void A_period_longer_than_ten_years_is_refused() =>
        ThenRefused(ContractDecider.Decide(Create(terms: Terms("2027-01-01", "2040-01-01")), null, []), ErrorCodes.InvalidPeriod, "endDate");

    [Fact]
    public void Unknown_municipality_is_refused() =>
        ThenRefused(ContractDecider.Decide(Create("atlantis"), null, []), ErrorCodes.UnknownMunicipality, "municipalityCode");

    [Fact]
    public void Unknown_territory_is_refused() =>
        ThenRefused(ContractDecider.Decide(Create(terms: Terms(territory: ["riga", "narnia"])), null, []), ErrorCodes.UnknownMunicipality, "territory");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(10_001)]
    public void Capacity_outside_1_to_10000_is_refused(int capacity) =>
        ThenRefused(ContractDecider.Decide(Create(terms: Terms(capacity: capacity)), null, []), ErrorCodes.Validation, "clientCapacity");

    [Fact]
    public void Recipients_must_be_e_mail_addresses_and_at_least_one()
    {
        ThenRefused(ContractDecider.Decide(Create(terms: Terms(recipients: [])), null, []), ErrorCodes.Validation, "reportRecipients");
        ThenRefused(ContractDecider.Decide(Create(terms: Terms(recipients: ["soc at riga"])), null, []), ErrorCodes.Validation, "reportRecipients");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var decision = ContractDecider.Decide(Create("atlantis", Terms("2027-06-01", "2027-01-01", capacity: 0, recipients: [])), null, []);
        Assert.Equal(["municipalityCode", "endDate", "clientCapacity", "reportRecipients"], decision.Errors.Select(e => e.Field));
    }

    [Fact]
    public void An_overlapping_contract_for_the_same_territory_is_refused()
    {
        var existing = Existing("riga", Terms("2027-01-01", "2027-12-31"));
        ThenRefused(ContractDecider.Decide(Create("riga", Terms("2027-12-31", "2028-12-31")), null, [existing]), ErrorCodes.ContractOverlap, "startDate");
        ThenRefused(ContractDecider.Decide(Create("jurmala", Terms("2027-03-01", "2027-04-01", territory: ["jurmala", "riga"])), null, [existing]),
            ErrorCodes.ContractOverlap, "startDate");
    }

    [Fact]
    public void Adjacent_periods_and_other_territories_do_not_overlap()
    {
        var existing = Existing("riga", Terms("2027-01-01", "2027-12-31"));
        Assert.True(ContractDecider.Decide(Create("riga", Terms("2028-01-01", "2028-12-31")), null, [existing]).IsAccepted);
        Assert.True(ContractDecider.Decide(Create("jurmala", Terms("2027-01-01", "2027-12-31")), null, [existing]).IsAccepted);
    }

    [Fact]
    public void A_terminated_contract_no_longer_blocks_its_territory_after_the_termination_date()
    {
        var created = ContractDecider.Decide(Create("riga", Terms("2027-01-01", "2027-12-31")), null, []).Events[0];
        var state = Given(created)!;
        var terminated = ContractDecider.Decide(new TerminateContract(state.Id, new DateOnly(2027, 3, 31), "funding ended", Coordinator, Now), state);
        var ended = Given(created, terminated.Events[0])!;
        Assert.Equal(ContractStatus.Terminated, ended.Status);
        Assert.True(ContractDecider.Decide(Create("riga", Terms("2027-04-01", "2027-12-31")), null, [ended]).IsAccepted);
        Assert.False(ContractDecider.Decide(Create("riga", Terms("2027-03-31", "2027-12-31")), null, [ended]).IsAccepted);
    }

    [Fact]
    public void Creating_onto_an_existing_stream_is_refused()
    {
        var existing = Existing();
        ThenRefused(ContractDecider.Decide(Create(id: existing.Id), existing, []), ErrorCodes.IdempotencyKeyReused, "idempotencyKey");
    }

    [Fact]
    public void Amending_records_the_full_new_terms_and_ignores_its_own_period_for_overlap()
    {
        var state = Existing("riga", Terms("2027-01-01", "2027-12-31", capacity: 20));
        var decision = ContractDecider.Decide(new AmendContract(state.Id, Terms("2027-01-01", "2028-06-30", capacity: 35), "Extended by council decision", Coordinator, Now), state, [state]);
        var amended = Assert.IsType<ContractAmended>(Assert.Single(decision.Events));
        var after = state.Apply(amended);
        Assert.Equal(35, after.ClientCapacity);
        Assert.Equal(new DateOnly(2028, 6, 30), after.EndDate);
    }

    [Fact]
    public void Amending_needs_a_reason_an_existing_contract_and_one_still_in_force()
    {
        var state = Existing();
        ThenRefused(ContractDecider.Decide(new AmendContract(state.Id, Terms(), "", Coordinator, Now), state, [state]), ErrorCodes.Validation, "reason");
        ThenRefused(ContractDecider.Decide(new AmendContract(Guid.NewGuid(), Terms(), "why not", Coordinator, Now), null, []), ErrorCodes.NotFound, "contractId");
        var terminated = state.Apply(new ContractTerminated(state.Id, new DateOnly(2027, 2, 1), "ended", Coordinator, Now));
        ThenRefused(ContractDecider.Decide(new AmendContract(state.Id, Terms(), "why not", Coordinator, Now), terminated, [terminated]), ErrorCodes.ContractTerminated, "contractId");
    }

    [Fact]
    public void Termination_date_must_fall_within_the_period_and_happens_once()
    {
        var state = Existing("riga", Terms("2027-01-01", "2027-12-31"));
        ThenRefused(ContractDecider.Decide(new TerminateContract(state.Id, new DateOnly(2026, 12, 31), "too early", Coordinator, Now), state), ErrorCodes.InvalidPeriod, "effectiveDate");
        ThenRefused(ContractDecider.Decide(new TerminateContract(state.Id, new DateOnly(2027, 5, 1), "", Coordinator, Now), state), ErrorCodes.Validation, "reason");
        var terminated = state.Apply(new ContractTerminated(state.Id, new DateOnly(2027, 5, 1), "ended", Coordinator, Now));
        ThenRefused(ContractDecider.Decide(new TerminateContract(state.Id, new DateOnly(2027, 6, 1), "again", Coordinator, Now), terminated), ErrorCodes.ContractTerminated, "contractId");
    }
}
