using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Compensation;

/// <summary>An employee's base pay over time: each change of pay with the day it took effect, oldest first.</summary>
/// <remarks>
/// Immutable once built; identity is <see cref="EmployeeId"/> (one history per employee). A pay change is a new entry
/// from its effective date, so the pay on any day is the latest entry on or before it.
/// </remarks>
public sealed class CompensationHistory
{
    private readonly BasePay[] _basePay;

    /// <summary>Initialises a history.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="basePay">The pay entries, at least one, with strictly increasing effective dates.</param>
    /// <exception cref="ArgumentException">The employee is default, or there is no entry or a null one.</exception>
    /// <exception cref="DomainRuleViolationException">An entry is not later than the one before (<c>compensation.date-order</c>).</exception>
    public CompensationHistory(EmployeeId employeeId, IEnumerable<BasePay> basePay)
    {
        EmployeeId = Guard.Against.DefaultId(employeeId);
        _basePay = [.. Guard.Against.Null(basePay)];
        if (_basePay.Length == 0)
        {
            throw new ArgumentException($"The compensation of '{employeeId}' needs at least one base pay.", nameof(basePay));
        }

        for (var i = 0; i < _basePay.Length; i++)
        {
            if (_basePay[i] is null)
            {
                throw new ArgumentException($"Base pay {i} of '{employeeId}' is null.", nameof(basePay));
            }

            if (i > 0 && _basePay[i].EffectiveOn <= _basePay[i - 1].EffectiveOn)
            {
                throw new DomainRuleViolationException(
                    "compensation.date-order",
                    $"Base pay {i} of '{employeeId}' takes effect on {_basePay[i].EffectiveOn:uuuu-MM-dd}, not after the one before ({_basePay[i - 1].EffectiveOn:uuuu-MM-dd}).");
            }
        }
    }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the pay entries, oldest first.</summary>
    public IReadOnlyList<BasePay> BasePay => _basePay;

    /// <summary>Gets the pay in effect on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The latest entry effective on or before it, or <see langword="null"/> before the first.</returns>
    public BasePay? PayOn(LocalDate date)
    {
        for (var i = _basePay.Length - 1; i >= 0; i--)
        {
            if (_basePay[i].EffectiveOn <= date)
            {
                return _basePay[i];
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{EmployeeId}: {_basePay[^1]}";
}
