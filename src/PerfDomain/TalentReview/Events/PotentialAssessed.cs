using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.TalentReview.Events;

/// <summary>Someone assessed an employee's potential for a cycle.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="EmployeeId">The employee assessed.</param>
/// <param name="AssessedBy">Who assessed.</param>
/// <param name="Potential">The potential given.</param>
/// <param name="OccurredOn">The day of the assessment.</param>
public sealed record PotentialAssessed(PotentialAssessmentId AssessmentId, CycleId CycleId, EmployeeId EmployeeId, EmployeeId AssessedBy, PotentialLevel Potential, LocalDate OccurredOn) : IDomainEvent;
