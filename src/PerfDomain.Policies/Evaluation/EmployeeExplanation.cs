using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Evaluation;

/// <summary>Everything policy says about one employee as of a date, and why each other rule said nothing.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Decisions">The decisions about the employee, in the documented order, each with its explanation.</param>
/// <param name="NotFired">The rules that made no decision about the employee, with the reason.</param>
public sealed record EmployeeExplanation(EmployeeId EmployeeId, LocalDate AsOf, IReadOnlyList<Decision> Decisions, IReadOnlyList<RuleDiagnosis> NotFired);
