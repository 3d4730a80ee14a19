using NodaTime;

namespace PerfDomain.Employees;

/// <summary>An employee's status from a date on.</summary>
/// <param name="Status">The status.</param>
/// <param name="EffectiveOn">The first day on which the status holds.</param>
public sealed record EmploymentStatusChange(EmploymentStatus Status, LocalDate EffectiveOn);
