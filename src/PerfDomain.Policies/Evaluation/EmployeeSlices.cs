using PerfDomain.Employees;
using PerfDomain.Policies.Facts;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Evaluation;

/// <summary>
/// Cuts a batch's facts into slices of employees that sessions can evaluate on their own, for packs whose rules keep
/// to one employee (<see cref="Packs.PolicyPack.JoinsAcrossEmployees"/>): each fact goes to the slice of the employee
/// it is about, and the organisation-wide facts to every slice.
/// </summary>
/// <remarks>
/// A slice is a run of employees in snapshot order, so the cut is the same for the same snapshot. Small sessions are
/// also cheaper than one large one, not only because they run side by side: the collector never has to trace a rule
/// network of the whole organisation.
/// </remarks>
internal static class EmployeeSlices
{
    /// <summary>How many employees one slice holds, unless an engine is told otherwise.</summary>
    /// <remarks>
    /// Small enough that a slice's rule network mostly dies young: at 100,000 employees, slices of 256 took a third of
    /// the time of slices of 2,048, which spent half their time in gen-1 collections copying live networks.
    /// </remarks>
    public const int DefaultSize = 256;

    /// <summary>Cuts the facts.</summary>
    /// <param name="facts">The facts of the whole batch, in projection order.</param>
    /// <param name="snapshot">The snapshot they were projected from.</param>
    /// <param name="size">How many employees a slice holds.</param>
    /// <returns>The slices' facts, each in projection order.</returns>
    public static List<object>[] Cut(IReadOnlyList<object> facts, OrganizationSnapshot snapshot, int size)
    {
        var employees = snapshot.Employees;
        var count = Math.Max(1, (employees.Count + size - 1) / size);
        var sliceOf = new Dictionary<EmployeeId, int>(employees.Count);
        var position = 0;
        foreach (var employee in employees)
        {
            sliceOf[employee.Id] = position++ / size;
        }

        var slices = new List<object>[count];
        for (var i = 0; i < count; i++)
        {
            slices[i] = new List<object>((facts.Count / count) + 16);
        }

        foreach (var fact in facts)
        {
            if (FactProjection.OwnerOf(fact) is not { } owner)
            {
                foreach (var slice in slices)
                {
                    slice.Add(fact);
                }
            }
            else
            {
                // A fact about someone the snapshot does not hold cannot join a fact about anyone it holds.
                slices[sliceOf.GetValueOrDefault(owner)].Add(fact);
            }
        }

        return slices;
    }
}
