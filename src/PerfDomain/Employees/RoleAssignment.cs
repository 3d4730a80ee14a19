using NodaTime;

namespace PerfDomain.Employees;

/// <summary>A role and level held from a date on.</summary>
/// <param name="Role">The role's title, such as <c>Software Engineer</c>.</param>
/// <param name="Level">The job level; higher is more senior.</param>
/// <param name="EffectiveOn">The first day in the role.</param>
public sealed record RoleAssignment(string Role, int Level, LocalDate EffectiveOn);
