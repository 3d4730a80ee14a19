using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Consequences;

/// <summary>A manager's ratings in one cycle: the key calibration analysis groups by.</summary>
/// <param name="ManagerId">The manager.</param>
/// <param name="CycleId">The cycle.</param>
public readonly record struct ManagerCycle(EmployeeId ManagerId, CycleId CycleId);
