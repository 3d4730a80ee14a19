using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Cycles.Events;
using PerfDomain.Employees;

namespace PerfDomain.Cycles;

/// <summary>
/// One employee's record of one performance cycle, which moves through the lifecycle stages one at
/// a time, in order: goal setting → ongoing feedback → review → development planning →
/// consequences → closed.
/// </summary>
/// <remarks>
/// A stage can neither be skipped nor revisited: <see cref="AdvanceTo"/> accepts only the next
/// stage, on a day no earlier than the current stage was entered. Not thread-safe; identity is the
/// pair (<see cref="CycleId"/>, <see cref="EmployeeId"/>).
/// </remarks>
public sealed class CycleRecord : AggregateRoot
{
    private readonly List<StageEntry> _history = [];

    private CycleRecord(CycleId cycleId, EmployeeId employeeId)
    {
        CycleId = cycleId;
        EmployeeId = employeeId;
    }

    /// <summary>Gets the cycle.</summary>
    public CycleId CycleId { get; }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the current stage.</summary>
    public LifecycleStage Stage => _history[^1].Stage;

    /// <summary>Gets every stage entered so far, in order; the first is goal setting.</summary>
    public IReadOnlyList<StageEntry> History => _history;

    /// <summary>Opens an employee's record of a cycle at the goal-setting stage.</summary>
    /// <param name="cycleId">The cycle.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="on">The day the record opens.</param>
    /// <returns>The record, with a <see cref="CycleRecordOpened"/> event recorded.</returns>
    public static CycleRecord Open(CycleId cycleId, EmployeeId employeeId, LocalDate on)
    {
        var record = new CycleRecord(Guard.Against.DefaultId(cycleId), Guard.Against.DefaultId(employeeId));
        record._history.Add(new StageEntry(LifecycleStage.GoalSetting, on));
        record.Record(new CycleRecordOpened(cycleId, employeeId, on));
        return record;
    }

    /// <summary>Gets the stage the record was in at the end of a day, or <see langword="null"/> before it opened.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The stage on that day.</returns>
    public LifecycleStage? StageOn(LocalDate date)
    {
        for (var i = _history.Count - 1; i >= 0; i--)
        {
            if (_history[i].EnteredOn <= date)
            {
                return _history[i].Stage;
            }
        }

        return null;
    }

    /// <summary>Moves the record on to the next stage.</summary>
    /// <param name="stage">The next stage: exactly one after the current one.</param>
    /// <param name="on">The day the stage is entered: not before the current stage was entered.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The record is closed (rule <c>cycle-record.closed</c>), the move skips or goes back
    /// (<c>cycle-record.stage-order</c>), or the day predates the current stage (<c>cycle-record.date-order</c>).
    /// </exception>
    public void AdvanceTo(LifecycleStage stage, LocalDate on)
    {
        var current = _history[^1];
        if (current.Stage == LifecycleStage.Closed)
        {
            throw new DomainRuleViolationException("cycle-record.closed", $"The record of employee '{EmployeeId}' for cycle '{CycleId}' is closed; it cannot move to {stage}.");
        }

        var next = current.Stage + 1;
        if (stage != next)
        {
            var why = stage <= current.Stage ? "stages never go back" : "stages cannot be skipped";
            throw new DomainRuleViolationException(
                "cycle-record.stage-order",
                $"The record of employee '{EmployeeId}' for cycle '{CycleId}' is at {current.Stage}; it can move only to {next}, not to {stage}: {why}.");
        }

        if (on < current.EnteredOn)
        {
            throw new DomainRuleViolationException(
                "cycle-record.date-order",
                $"The record of employee '{EmployeeId}' for cycle '{CycleId}' entered {current.Stage} on {current.EnteredOn:uuuu-MM-dd}; it cannot enter {stage} earlier, on {on:uuuu-MM-dd}.");
        }

        _history.Add(new StageEntry(stage, on));
        Record(new CycleStageAdvanced(CycleId, EmployeeId, current.Stage, stage, on));
    }

    /// <summary>Moves the record on to the next stage, whatever it is.</summary>
    /// <param name="on">The day the stage is entered.</param>
    /// <returns>The stage entered.</returns>
    /// <exception cref="DomainRuleViolationException">The record is closed, or the day predates the current stage.</exception>
    public LifecycleStage Advance(LocalDate on)
    {
        var next = Stage == LifecycleStage.Closed ? LifecycleStage.Closed : Stage + 1;
        AdvanceTo(next, on);
        return next;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{EmployeeId} in {CycleId}: {Stage}";
}
