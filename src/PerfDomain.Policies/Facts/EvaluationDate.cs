using NodaTime;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>The date an evaluation is made as of: every rule reads "today" from this fact, never from a clock.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <remarks>
/// <para>
/// A session holds one: its identity is the type, so moving a partition to another day updates the fact in place
/// (every match keeps its identity and is re-evaluated) instead of retracting every match and building it again.
/// </para>
/// <para>
/// Rules should compare the date through <see cref="IsAfter"/>, <see cref="IsOnOrAfter"/>, <see cref="IsBefore"/>,
/// <see cref="IsOnOrBefore"/>, <see cref="IsWithin"/> and the elapsed-fraction tests rather than read <see cref="AsOf"/>:
/// each knows the next day its answer can change, and tells a <see cref="Evaluation.PolicyPartition"/>, whose
/// <see cref="Evaluation.PolicyPartition.AdvanceTo"/> then re-evaluates only the matches whose answer changes by the new
/// date. A condition or action that reads <see cref="AsOf"/> itself is re-evaluated every day — correct, only dearer.
/// Batch evaluations are not affected either way.
/// </para>
/// </remarks>
public sealed record EvaluationDate(LocalDate AsOf) : IExplainableFact, IIdentityProvider
{
    // Moved in place by a partition going to another day when no match read it directly (see Move).
    private LocalDate _asOf = AsOf;

    /// <summary>Gets the as-of date.</summary>
    /// <remarks>A match that reads it is re-evaluated by a partition every day; the comparisons below say when their answer changes.</remarks>
    public LocalDate AsOf
    {
        get
        {
            if (DateHorizon.IsObserved)
            {
                DateHorizon.ChangesOn(_asOf.PlusDays(1));
            }

            return _asOf;
        }

        init => _asOf = value;
    }

    /// <summary>Gets the date without telling a partition: for stamping an explanation, which the partition restamps itself.</summary>
    internal LocalDate Day => _asOf;

    /// <summary>Tells whether the as-of date is after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="AsOf"/> &gt; <paramref name="date"/>.</returns>
    public bool IsAfter(LocalDate date)
    {
        var holds = _asOf > date;
        if (!holds && DateHorizon.IsObserved && DateHorizon.DaysAfter(date, 1) is { } next)
        {
            DateHorizon.ChangesOn(next);
        }

        return holds;
    }

    /// <summary>Tells whether the as-of date is on or after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="AsOf"/> &gt;= <paramref name="date"/>.</returns>
    public bool IsOnOrAfter(LocalDate date)
    {
        var holds = _asOf >= date;
        if (!holds)
        {
            DateHorizon.ChangesOn(date);
        }

        return holds;
    }

    /// <summary>Tells whether the as-of date is before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="AsOf"/> &lt; <paramref name="date"/>.</returns>
    public bool IsBefore(LocalDate date) => !IsOnOrAfter(date);

    /// <summary>Tells whether the as-of date is on or before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="AsOf"/> &lt;= <paramref name="date"/>.</returns>
    public bool IsOnOrBefore(LocalDate date) => !IsAfter(date);

    /// <summary>Tells whether the as-of date falls within an interval, both ends included.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>Whether the interval contains <see cref="AsOf"/>.</returns>
    public bool IsWithin(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return IsOnOrAfter(interval.Start) && IsOnOrBefore(interval.End);
    }

    /// <summary>Tells whether more than a fraction of a period has elapsed by the end of the as-of date.</summary>
    /// <param name="period">The period, such as a cycle.</param>
    /// <param name="fraction">The fraction, from 0 to 1.</param>
    /// <returns>Whether <see cref="ElapsedFraction(LocalDate, DateInterval)"/> is more than <paramref name="fraction"/>.</returns>
    public bool HasElapsedMoreThan(DateInterval period, double fraction) => HasElapsed(period, d => ElapsedFraction(d, period) > fraction);

    /// <summary>Tells whether at least a fraction of a period has elapsed by the end of the as-of date.</summary>
    /// <param name="period">The period, such as a cycle.</param>
    /// <param name="fraction">The fraction, from 0 to 1.</param>
    /// <returns>Whether <see cref="ElapsedFraction(LocalDate, DateInterval)"/> is at least <paramref name="fraction"/>.</returns>
    public bool HasElapsedAtLeast(DateInterval period, double fraction) => HasElapsed(period, d => ElapsedFraction(d, period) >= fraction);

    /// <summary>Gets the fraction of a period elapsed by the end of a day: 0 before the period, 1 from its last day on.</summary>
    /// <param name="day">The day.</param>
    /// <param name="period">The period.</param>
    /// <returns>A number from 0 to 1, as <see cref="Cycles.PerformanceCycle.ElapsedFraction"/> counts it.</returns>
    public static double ElapsedFraction(LocalDate day, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return day < period.Start ? 0 : day >= period.End ? 1 : (Period.DaysBetween(period.Start, day) + 1) / (double)period.Length;
    }

    /// <inheritdoc/>
    public object GetIdentity() => typeof(EvaluationDate);

    /// <inheritdoc/>
    public FactReference Describe() => new("EvaluationDate", FactFormat.Of(_asOf), FactFormat.Values(("asOf", _asOf)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();

    /// <summary>Moves the date in place, without the session seeing an update: only a partition that knows no match's answer changes may.</summary>
    internal void Move(LocalDate asOf) => _asOf = asOf;

    // The elapsed fraction only grows with the day: the answer changes at most once going forward, found by halving.
    private bool HasElapsed(DateInterval period, Func<LocalDate, bool> test)
    {
        ArgumentNullException.ThrowIfNull(period);
        var holds = test(_asOf);
        if (holds || !DateHorizon.IsObserved)
        {
            return holds;
        }

        var (low, high) = (_asOf.PlusDays(1), period.End);
        if (high < low || !test(high))
        {
            return holds;
        }

        if (low < period.Start)
        {
            low = period.Start;
        }

        while (low < high)
        {
            var mid = low.PlusDays(Period.DaysBetween(low, high) / 2);
            (low, high) = test(mid) ? (low, mid) : (mid.PlusDays(1), high);
        }

        DateHorizon.ChangesOn(low);
        return holds;
    }
}
