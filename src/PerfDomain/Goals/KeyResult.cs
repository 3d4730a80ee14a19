using Ardalis.GuardClauses;
using NodaTime;

namespace PerfDomain.Goals;

/// <summary>
/// A measurable result of an objective: a metric that moves from a start value towards a target
/// (upwards, or downwards for "reduce" results), in a unit.
/// </summary>
/// <remarks>Owned by its <see cref="Objective"/>; changes only through <see cref="GoalSet.RecordProgress"/>.</remarks>
public sealed class KeyResult
{
    internal KeyResult(KeyResultId id, string description, decimal start, decimal target, string unit, decimal current, LocalDate? lastUpdatedOn)
    {
        Id = Guard.Against.DefaultId(id);
        Description = Guard.Against.InvalidText(description, 500);
        Unit = Guard.Against.InvalidText(unit, 50);
        if (start == target)
        {
            throw new DomainRuleViolationException("goals.key-result-measurable", $"Key result '{id}' starts at its target ({target} {unit}): there is nothing to measure.");
        }

        Start = start;
        Target = target;
        Current = current;
        LastUpdatedOn = lastUpdatedOn;
    }

    /// <summary>Gets the key result's identifier.</summary>
    public KeyResultId Id { get; }

    /// <summary>Gets what is measured, such as <c>Reduce p95 latency</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the value when the cycle began.</summary>
    public decimal Start { get; }

    /// <summary>Gets the value that counts as fully achieved.</summary>
    public decimal Target { get; }

    /// <summary>Gets the latest value recorded.</summary>
    public decimal Current { get; internal set; }

    /// <summary>Gets the unit, such as <c>ms</c>, <c>%</c> or <c>customers</c>.</summary>
    public string Unit { get; }

    /// <summary>Gets the day the current value was recorded, or <see langword="null"/> if it never was.</summary>
    public LocalDate? LastUpdatedOn { get; internal set; }

    /// <summary>
    /// Gets how far the current value has come from the start towards the target, as a fraction from
    /// 0 (no progress, or moved away from the target) to 1 (target reached or passed).
    /// </summary>
    public double Progress
    {
        get
        {
            // In double: the decimal quotient of extreme (but valid) values overflows.
            var fraction = ((double)Current - (double)Start) / ((double)Target - (double)Start);
            return double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Description} ({Current}/{Target} {Unit}, {Progress:P0})";
}
