namespace Mentoring.Domain.Common;

/// <summary>
/// What a pure <c>Decide</c> returns: either the events to append, or the user errors that refused the
/// command. A refused command appends nothing.
/// </summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, IReadOnlyList<UserError> errors)
    {
        Events = events;
        Errors = errors;
    }

    public IReadOnlyList<object> Events { get; }
    public IReadOnlyList<UserError> Errors { get; }
    public bool IsAccepted => Errors.Count == 0;

    public static Decision Accept(params object[] events) => new(events, []);
    public static Decision Reject(IEnumerable<UserError> errors)
    {
        var list = errors.ToList();
        if (list.Count == 0) throw new ArgumentException("A rejection needs at least one error.", nameof(errors));
        return new([], list);
    }
    public static Decision Reject(string code, string message, string? field = null, params MessageParam[] parameters) =>
        Reject([new UserError(code, message, field) { Params = parameters }]);
}

/// <summary>Collects validation errors so that a command reports every problem at once, not the first only.</summary>
public sealed class Checks
{
    private readonly List<UserError> _errors = [];
    public IReadOnlyList<UserError> Errors => _errors;
    public bool Failed => _errors.Count > 0;

    public Checks Require(bool condition, string code, string message, string? field = null, params MessageParam[] parameters)
    {
        if (!condition) _errors.Add(new UserError(code, message, field) { Params = parameters });
        return this;
    }

    public Decision Then(Func<Decision> accept) => Failed ? Decision.Reject(_errors) : accept();
}
