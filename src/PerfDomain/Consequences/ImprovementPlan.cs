using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Consequences.Events;
using PerfDomain.Employees;

namespace PerfDomain.Consequences;

/// <summary>
/// A corrective improvement plan: a fixed time (often 30, 60 or 90 days) to meet stated
/// expectations, with checkpoints along the way and an outcome at the end.
/// </summary>
/// <remarks>
/// The plan ends on <see cref="EndsOn"/> (start plus duration). An outcome of
/// <see cref="ImprovementPlanOutcome.Extended"/> moves the end date and keeps the plan going;
/// <see cref="ImprovementPlanOutcome.Successful"/> or <see cref="ImprovementPlanOutcome.Unsuccessful"/>
/// end it for good. Not thread-safe; identity is <see cref="Id"/>.
/// </remarks>
public sealed class ImprovementPlan : AggregateRoot
{
    private readonly List<ImprovementPlanCheckpoint> _checkpoints = [];
    private readonly List<ImprovementPlanDecision> _decisions = [];

    private ImprovementPlan(ImprovementPlanId id, EmployeeId employeeId, LocalDate startOn, Period duration, string expectations)
    {
        Id = id;
        EmployeeId = employeeId;
        StartOn = startOn;
        Duration = duration;
        Expectations = expectations;
        EndsOn = startOn.Plus(duration);
    }

    /// <summary>Gets the plan's identifier.</summary>
    public ImprovementPlanId Id { get; }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the first day of the plan.</summary>
    public LocalDate StartOn { get; }

    /// <summary>Gets the length of the plan as first set (before any extension).</summary>
    public Period Duration { get; }

    /// <summary>Gets what must be achieved.</summary>
    public string Expectations { get; }

    /// <summary>Gets the day the plan ends, moved by each extension.</summary>
    public LocalDate EndsOn { get; private set; }

    /// <summary>Gets the checkpoints, in date order.</summary>
    public IReadOnlyList<ImprovementPlanCheckpoint> Checkpoints => _checkpoints;

    /// <summary>Gets the outcomes recorded, oldest first (extensions, then at most one final outcome).</summary>
    public IReadOnlyList<ImprovementPlanDecision> Decisions => _decisions;

    /// <summary>Gets the latest outcome, or <see langword="null"/> when none has been recorded.</summary>
    public ImprovementPlanOutcome? Outcome => _decisions.Count > 0 ? _decisions[^1].Outcome : null;

    /// <summary>Gets whether a final outcome (successful or unsuccessful) has been recorded.</summary>
    public bool IsConcluded => Outcome is ImprovementPlanOutcome.Successful or ImprovementPlanOutcome.Unsuccessful;

    /// <summary>Tells whether the plan was in force at the end of a day: started and not yet concluded.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>Whether the plan was active.</returns>
    public bool IsActiveOn(LocalDate asOf) =>
        StartOn <= asOf && !_decisions.Exists(d => d.Outcome != ImprovementPlanOutcome.Extended && d.DecidedOn <= asOf);

    /// <summary>Starts a plan.</summary>
    /// <param name="id">The plan's identifier.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="startOn">The first day.</param>
    /// <param name="duration">The length: a positive number of days, weeks or months, without time units.</param>
    /// <param name="expectations">What must be achieved.</param>
    /// <param name="checkpointDays">Days after the start at which checkpoints fall (each within the plan); by default every 30 days up to the end.</param>
    /// <returns>The plan, with an <see cref="ImprovementPlanStarted"/> event recorded.</returns>
    /// <exception cref="ArgumentException">The duration is not a positive date period, or a checkpoint falls outside the plan or twice on one day.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The plan would end past the end of the calendar (the year 9999).</exception>
    public static ImprovementPlan Start(ImprovementPlanId id, EmployeeId employeeId, LocalDate startOn, Period duration, string expectations, IEnumerable<int>? checkpointDays = null)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(employeeId);
        Guard.Against.Null(duration);
        if (!duration.HasTimeComponent && !TryPlus(startOn, duration, out _))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"Improvement plan '{id}' starting on {startOn:uuuu-MM-dd} would end past the end of the calendar with a duration of '{duration}'.");
        }

        Guard.Against.InvalidInput(duration, nameof(duration), d => !d.HasTimeComponent && startOn.Plus(d) > startOn, $"The duration of improvement plan '{id}' must be a positive number of days, weeks or months; '{duration}' is not.");
        Guard.Against.InvalidText(expectations, 4000);
        var plan = new ImprovementPlan(id, employeeId, startOn, duration, expectations);
        var lengthInDays = Period.DaysBetween(startOn, plan.EndsOn);
        var days = checkpointDays?.ToList() ?? Enumerable.Range(1, lengthInDays / 30).Select(i => i * 30).ToList();
        if (days.Count == 0)
        {
            days.Add(lengthInDays);
        }

        foreach (var day in days.Order())
        {
            if (day < 1 || day > lengthInDays)
            {
                throw new ArgumentException($"A checkpoint of improvement plan '{id}' falls {day} days after the start; the plan lasts {lengthInDays} days.", nameof(checkpointDays));
            }

            var dueOn = startOn.PlusDays(day);
            if (plan._checkpoints.Exists(c => c.DueOn == dueOn))
            {
                throw new ArgumentException($"Improvement plan '{id}' has two checkpoints on day {day}.", nameof(checkpointDays));
            }

            plan._checkpoints.Add(new ImprovementPlanCheckpoint(dueOn));
        }

        plan.Record(new ImprovementPlanStarted(id, employeeId, plan.EndsOn, startOn));
        return plan;
    }

    /// <summary>Records that a checkpoint was held.</summary>
    /// <param name="dueOn">The day the checkpoint was due.</param>
    /// <param name="heldOn">The day it was held: not before the plan started.</param>
    /// <param name="note">What was concluded.</param>
    /// <exception cref="KeyNotFoundException">No checkpoint is due that day.</exception>
    /// <exception cref="DomainRuleViolationException">The plan is concluded, the checkpoint was held already, or the day predates the plan.</exception>
    public void HoldCheckpoint(LocalDate dueOn, LocalDate heldOn, string note)
    {
        Guard.Against.InvalidText(note, 4000);
        RequireOpen("hold a checkpoint");
        var index = _checkpoints.FindIndex(c => c.DueOn == dueOn);
        if (index < 0)
        {
            throw new KeyNotFoundException($"Improvement plan '{Id}' has no checkpoint due on {dueOn:uuuu-MM-dd}.");
        }

        if (_checkpoints[index].IsHeld)
        {
            throw new DomainRuleViolationException("improvement-plan.checkpoint-held", $"The checkpoint of improvement plan '{Id}' due on {dueOn:uuuu-MM-dd} was held already.");
        }

        if (heldOn < StartOn)
        {
            throw new DomainRuleViolationException("improvement-plan.date-order", $"Improvement plan '{Id}' started on {StartOn:uuuu-MM-dd}; a checkpoint cannot be held on {heldOn:uuuu-MM-dd}.");
        }

        _checkpoints[index] = _checkpoints[index] with { HeldOn = heldOn, Note = note };
        Record(new ImprovementPlanCheckpointHeld(Id, dueOn, heldOn));
    }

    /// <summary>Extends the plan to a later end date.</summary>
    /// <param name="extension">How much longer: a positive date period.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="on">The day of the decision: not before the plan started.</param>
    /// <exception cref="DomainRuleViolationException">The plan is concluded, or the day predates the plan or its latest decision.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The new end would fall past the end of the calendar (the year 9999).</exception>
    public void Extend(Period extension, EmployeeId decidedBy, LocalDate on)
    {
        Guard.Against.Null(extension);
        if (!extension.HasTimeComponent && !TryPlus(EndsOn, extension, out _))
        {
            throw new ArgumentOutOfRangeException(nameof(extension), extension, $"Extending improvement plan '{Id}' by '{extension}' would take its end past the end of the calendar.");
        }

        Guard.Against.InvalidInput(extension, nameof(extension), d => !d.HasTimeComponent && EndsOn.Plus(d) > EndsOn, $"An extension of improvement plan '{Id}' must be a positive number of days, weeks or months; '{extension}' is not.");
        var newEnd = EndsOn.Plus(extension);
        Decide(new ImprovementPlanDecision(ImprovementPlanOutcome.Extended, on, Guard.Against.DefaultId(decidedBy), newEnd));
        EndsOn = newEnd;
    }

    /// <summary>Ends the plan with its final outcome.</summary>
    /// <param name="outcome"><see cref="ImprovementPlanOutcome.Successful"/> or <see cref="ImprovementPlanOutcome.Unsuccessful"/>.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="on">The day of the decision: not before the plan started.</param>
    /// <exception cref="ArgumentException">The outcome is an extension; use <see cref="Extend"/>.</exception>
    /// <exception cref="DomainRuleViolationException">The plan is concluded, or the day predates the plan or its latest decision.</exception>
    public void Conclude(ImprovementPlanOutcome outcome, EmployeeId decidedBy, LocalDate on)
    {
        Guard.Against.EnumOutOfRange(outcome);
        if (outcome == ImprovementPlanOutcome.Extended)
        {
            throw new ArgumentException($"Extend improvement plan '{Id}' with {nameof(Extend)}, which needs the length of the extension.", nameof(outcome));
        }

        Decide(new ImprovementPlanDecision(outcome, on, Guard.Against.DefaultId(decidedBy)));
    }

    /// <summary>Adds a date period to a date, false when the result would fall outside the calendar (years 1 to 9999).</summary>
    internal static bool TryPlus(LocalDate date, Period period, out LocalDate result)
    {
        try
        {
            result = date.Plus(period);
            return true;
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            result = default;
            return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: improvement plan of {EmployeeId}, {StartOn:uuuu-MM-dd}..{EndsOn:uuuu-MM-dd} ({Outcome?.ToString() ?? "in progress"})";

    private void Decide(ImprovementPlanDecision decision)
    {
        RequireOpen($"record the outcome {decision.Outcome}");
        var latest = _decisions.Count > 0 ? _decisions[^1].DecidedOn : StartOn;
        if (decision.DecidedOn < latest)
        {
            throw new DomainRuleViolationException("improvement-plan.date-order", $"An outcome of improvement plan '{Id}' on {decision.DecidedOn:uuuu-MM-dd} would predate its start or latest outcome ({latest:uuuu-MM-dd}).");
        }

        _decisions.Add(decision);
        Record(new ImprovementPlanOutcomeRecorded(Id, EmployeeId, decision, decision.DecidedOn));
    }

    private void RequireOpen(string action)
    {
        if (IsConcluded)
        {
            throw new DomainRuleViolationException("improvement-plan.concluded", $"Improvement plan '{Id}' is concluded ({Outcome}); one cannot {action}.");
        }
    }
}
