using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Mentoring.Domain.Mentors;

/// <summary>
/// The one definition of "a mentor's vetting is in date": the background check has not expired and, when the policy asks
/// for refresher training, the last training still runs to today. It is an expression, so a Marten query filters by exactly
/// the rule the domain applies in memory (there, the compiled form, cached per day and policy).
/// </summary>
public static class MentorInDate
{
    private static readonly ConcurrentDictionary<(DateOnly Today, int? RefresherMonths), Func<Mentor, bool>> Compiled = new();

    /// <summary>
    /// The earliest last-training date that still counts today: a training on day d runs to d + months. AddMonths clamps to
    /// a month's last day, so "months before today" may not reach today (31 March − 1 month is 28 February, which runs only to
    /// 28 March): the first day that does is the answer. Null when the policy asks for no refresher.
    /// </summary>
    public static DateOnly? RefreshedSince(DateOnly today, int? refresherMonths)
    {
        if (refresherMonths is not { } months) return null;
        var since = today.AddMonths(-months);
        while (since.AddMonths(months) < today) since = since.AddDays(1);
        return since;
    }

    /// <summary>Checks and training in date on <paramref name="today"/> (the stage is not part of it: see <see cref="Matchable"/>).</summary>
    public static Expression<Func<Mentor, bool>> Rule(DateOnly today, VettingPolicy policy) =>
        RefreshedSince(today, policy.RefresherTrainingMonths) is { } since
            ? m => m.BackgroundCheckExpiresOn >= today && m.LastTrainingOn >= since
            : m => m.BackgroundCheckExpiresOn >= today;

    /// <summary>Approved and in date: may be matched today.</summary>
    public static Expression<Func<Mentor, bool>> Matchable(DateOnly today, VettingPolicy policy)
    {
        var rule = Rule(today, policy);
        var mentor = rule.Parameters[0];
        var approved = Expression.Equal(Expression.Property(mentor, nameof(Mentor.Stage)), Expression.Constant(MentorStage.Approved));
        return Expression.Lambda<Func<Mentor, bool>>(Expression.AndAlso(approved, rule.Body), mentor);
    }

    public static bool Holds(Mentor mentor, DateOnly today, VettingPolicy policy) =>
        Compiled.GetOrAdd((today, policy.RefresherTrainingMonths), key => Rule(key.Today, policy).Compile())(mentor);
}
