using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Consequences;

/// <summary>An outcome recorded for an improvement plan.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="DecidedOn">The day it was decided.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="NewEndsOn">For an extension, the plan's new end date.</param>
public sealed record ImprovementPlanDecision(ImprovementPlanOutcome Outcome, LocalDate DecidedOn, EmployeeId DecidedBy, LocalDate? NewEndsOn = null);
