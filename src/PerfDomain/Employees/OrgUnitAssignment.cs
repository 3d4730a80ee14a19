using NodaTime;

namespace PerfDomain.Employees;

/// <summary>The unit an employee belongs to from a date on.</summary>
/// <param name="OrgUnitId">The unit.</param>
/// <param name="EffectiveOn">The first day in the unit.</param>
public sealed record OrgUnitAssignment(OrgUnitId OrgUnitId, LocalDate EffectiveOn);
