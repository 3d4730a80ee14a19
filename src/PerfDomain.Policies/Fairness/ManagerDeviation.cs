using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Fairness;

/// <summary>
/// A manager whose ratings in a cycle differ from the organisation's (advisory: a reason to look, not a finding). It
/// uses no group labels.
/// </summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="ManagerId">The manager (the reviewer of the manager reviews).</param>
/// <param name="Reports">How many reports they rated (at least the minimum group size).</param>
/// <param name="Distance">The total variation distance between their rating distribution and the organisation's, in [0, 1]: the share of ratings that would have to move to match.</param>
/// <param name="Mean">Their mean rating.</param>
/// <param name="OrganizationMean">The organisation's mean rating in the cycle.</param>
/// <remarks>Immutable; equality is structural.</remarks>
public sealed record ManagerDeviation(CycleId Cycle, EmployeeId ManagerId, int Reports, double Distance, double Mean, double OrganizationMean);
