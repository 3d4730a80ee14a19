using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace PerfDomain.Cycles;

/// <summary>
/// A performance cycle (a quarter, a half or a year): its period, the window of each lifecycle
/// stage inside it, and the rating scale its reviews use.
/// </summary>
/// <remarks>
/// Every stage from <see cref="LifecycleStage.GoalSetting"/> to
/// <see cref="LifecycleStage.Consequences"/> has exactly one window; each window lies inside the
/// period; windows follow the stage order (no window starts or ends before the previous stage's
/// window does), while overlapping freely, since ongoing feedback usually runs alongside the
/// rest. Immutable and thread-safe; identity is <see cref="Id"/>.
/// </remarks>
public sealed class PerformanceCycle
{
    private readonly ReadOnlyCollection<StageWindow> _windows;

    /// <summary>Initialises a cycle.</summary>
    /// <param name="id">The cycle's identifier.</param>
    /// <param name="name">The display name, such as <c>2026 H1</c>.</param>
    /// <param name="period">The cycle's first and last day.</param>
    /// <param name="windows">One window per stage from goal setting to consequences, in any order.</param>
    /// <param name="scale">The rating scale of the cycle's reviews.</param>
    /// <exception cref="ArgumentException">An argument is missing or blank.</exception>
    /// <exception cref="DomainRuleViolationException">A stage has no window or two; a window is outside the period; or windows do not follow the stage order.</exception>
    public PerformanceCycle(CycleId id, string name, DateInterval period, IEnumerable<StageWindow> windows, RatingScale scale)
    {
        Id = Guard.Against.DefaultId(id);
        Name = Guard.Against.InvalidText(name, 200);
        Period = Guard.Against.Null(period);
        Scale = Guard.Against.Null(scale);
        Guard.Against.Null(windows);

        var byStage = new StageWindow[(int)LifecycleStage.Closed];
        foreach (var window in windows)
        {
            Guard.Against.Null(window, nameof(windows));
            Guard.Against.Null(window.Dates, nameof(windows));
            if (window.Stage is < LifecycleStage.GoalSetting or >= LifecycleStage.Closed)
            {
                throw new DomainRuleViolationException("cycle.window-stage", $"Cycle '{id}' has a window for stage {window.Stage}, which has none.");
            }

            if (byStage[(int)window.Stage] is not null)
            {
                throw new DomainRuleViolationException("cycle.window-stage", $"Cycle '{id}' has two windows for stage {window.Stage}.");
            }

            if (!period.Contains(window.Dates.Start) || !period.Contains(window.Dates.End))
            {
                throw new DomainRuleViolationException(
                    "cycle.window-inside-period",
                    $"The {window.Stage} window of cycle '{id}' ({Format(window.Dates)}) is not inside the cycle's period ({Format(period)}).");
            }

            byStage[(int)window.Stage] = window;
        }

        for (var i = 0; i < byStage.Length; i++)
        {
            if (byStage[i] is null)
            {
                throw new DomainRuleViolationException("cycle.window-stage", $"Cycle '{id}' has no window for stage {(LifecycleStage)i}.");
            }

            if (i > 0 && (byStage[i].Dates.Start < byStage[i - 1].Dates.Start || byStage[i].Dates.End < byStage[i - 1].Dates.End))
            {
                throw new DomainRuleViolationException(
                    "cycle.window-order",
                    $"The {byStage[i].Stage} window of cycle '{id}' ({Format(byStage[i].Dates)}) starts or ends before the {byStage[i - 1].Stage} window ({Format(byStage[i - 1].Dates)}); windows follow the stage order.");
            }
        }

        _windows = Array.AsReadOnly(byStage);
    }

    /// <summary>Gets the cycle's identifier.</summary>
    public CycleId Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the cycle's first and last day.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the stage windows, in stage order.</summary>
    public IReadOnlyList<StageWindow> Windows => _windows;

    /// <summary>Gets the rating scale of the cycle's reviews.</summary>
    public RatingScale Scale { get; }

    /// <summary>Gets the middle day of the period (the earlier one of two middle days).</summary>
    public LocalDate Midpoint => Period.Start.PlusDays((Period.Length - 1) / 2);

    /// <summary>Gets the window of a stage.</summary>
    /// <param name="stage">A stage from goal setting to consequences.</param>
    /// <returns>The stage's window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is <see cref="LifecycleStage.Closed"/> or not a stage.</exception>
    public DateInterval WindowOf(LifecycleStage stage)
    {
        if (stage is < LifecycleStage.GoalSetting or >= LifecycleStage.Closed)
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Only the stages from goal setting to consequences have windows.");
        }

        return _windows[(int)stage].Dates;
    }

    /// <summary>Gets the fraction of the period elapsed by the end of a day: 0 before the period, 1 after it.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>A number from 0 to 1.</returns>
    public double ElapsedFraction(LocalDate asOf)
    {
        if (asOf < Period.Start)
        {
            return 0;
        }

        if (asOf >= Period.End)
        {
            return 1;
        }

        return (NodaTime.Period.DaysBetween(Period.Start, asOf) + 1) / (double)Period.Length;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Name}, {Format(Period)})";

    private static string Format(DateInterval dates) => $"{dates.Start:uuuu-MM-dd}..{dates.End:uuuu-MM-dd}";
}
