using NodaTime;

namespace PerfDomain.Employees;

/// <summary>Whom an employee reports to from a date on.</summary>
/// <param name="ManagerId">The manager, or <see langword="null"/> for the top of the organisation.</param>
/// <param name="EffectiveOn">The first day of the reporting line.</param>
public sealed record ReportingLine(EmployeeId? ManagerId, LocalDate EffectiveOn);
