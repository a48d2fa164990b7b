using Mentoring.Domain.Privacy;

namespace Mentoring.Domain.Tests.Privacy;

/// <summary>Given an erasure's events, when a step is done or fails, then these events: each step once, in order, then done.</summary>
public sealed class ErasureDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Person = Guid.NewGuid();

    private static ErasureRequest Given(params object[] events) => events.Aggregate((ErasureRequest?)null, ErasureDecider.Evolve)!;

    private static ErasureRequested Requested => (ErasureRequested)ErasureDecider.Request(null, Person, "client", ErasureSource.Admin, Guid.Empty, Now).Events.Single();

    private static ErasureStepCompleted Done(ErasureStep step) => new(ErasureDecider.RequestIdOf(Person), step, 1, Now);

    [Fact]
    public void One_request_per_person_whoever_asks_again()
    {
        Assert.Equal(ErasureDecider.RequestIdOf(Person), Requested.RequestId);
        var request = Given(Requested);
        Assert.Empty(ErasureDecider.Request(request, Person, "client", ErasureSource.Retention, Guid.Empty, Now.AddDays(1)).Events);
        Assert.Equal((ErasureStatus.Requested, ErasureStep.Register), (request.Status, request.Next));
    }

    [Fact]
    public void Steps_go_in_order_each_is_recorded_once_and_the_last_completes_the_erasure()
    {
        var request = Given(Requested);
        foreach (var step in ErasureRequest.Steps)
        {
            Assert.Equal(step, request.Next);
            var events = ErasureDecider.StepDone(request, step, 3, Now);
            request = events.Aggregate((ErasureRequest?)request, ErasureDecider.Evolve)!;
            Assert.Empty(ErasureDecider.StepDone(request, step, 3, Now)); // done twice: nothing more
            Assert.Equal(step == ErasureRequest.Steps[^1], events.OfType<ErasureCompleted>().Any());
        }
        Assert.Equal((ErasureStatus.Completed, null), (request.Status, request.Next));
        Assert.Empty(ErasureDecider.StepFailed(request, ErasureStep.JobState, new InvalidOperationException(), Now));
    }

    [Fact]
    public void A_failure_is_shown_until_the_step_is_done_and_names_the_error_type_only()
    {
        var request = Given(Requested, Done(ErasureStep.Register));
        var failed = Assert.IsType<ErasureStepFailed>(Assert.Single(ErasureDecider.StepFailed(request, ErasureStep.Scope, new IOException("Ilze Vītola's address"), Now)));
        Assert.Equal("IOException", failed.Error);
        request = Given(Requested, Done(ErasureStep.Register), failed);
        Assert.Equal((ErasureStatus.Failing, ErasureStep.Scope, ErasureStep.Scope), (request.Status, request.FailedStep, request.Next));
        request = Given(Requested, Done(ErasureStep.Register), failed, Done(ErasureStep.Scope));
        Assert.Equal((ErasureStatus.InProgress, null, 1), (request.Status, request.FailedStep, request.Failures));
    }

    [Fact]
    public void The_scope_found_first_is_what_the_later_steps_use()
    {
        var streams = new[] { Person, Guid.NewGuid() };
        var messages = new[] { Guid.NewGuid() };
        var request = Given(Requested, Done(ErasureStep.Register));
        var events = ErasureDecider.StepDone(request, ErasureStep.Scope, 3, Now, new ErasureScoped(request.Id, streams, messages, null, Now));
        request = events.Aggregate((ErasureRequest?)request, ErasureDecider.Evolve)!;
        Assert.Equal(streams, request.Streams);
        Assert.Equal(messages, request.Messages);
    }
}
