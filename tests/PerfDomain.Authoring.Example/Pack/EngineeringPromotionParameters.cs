using PerfDomain.Employees;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Authoring.Example.Pack;

/// <summary>The parameters of the engineering promotion pack: a typed record with defaults.</summary>
public sealed record EngineeringPromotionParameters
{
    /// <summary>Gets the lowest level (inclusive) the pack looks at.</summary>
    public int MinimumLevel { get; init; } = 3;

    /// <summary>Gets the months in role before promotion readiness is flagged.</summary>
    public int MinimumMonthsInRole { get; init; } = 12;

    /// <summary>Gets the engineering org units the pack covers; empty for every unit.</summary>
    public IReadOnlyList<OrgUnitId> OrgUnits { get; init; } = [];

    /// <summary>Tells whether the pack covers an employee's unit (rules call it from their conditions).</summary>
    /// <param name="unit">The employee's unit on the as-of date.</param>
    /// <returns>Whether the pack applies.</returns>
    public bool Covers(OrgUnitId unit) => OrgUnits.Count == 0 || OrgUnits.Contains(unit);

    /// <summary>Throws <see cref="InvalidParametersException"/> for the first parameter out of range.</summary>
    public void Validate()
    {
        if (MinimumLevel < 1)
        {
            throw new InvalidParametersException("$.engineeringPromotion.minimumLevel", $"is {MinimumLevel}; levels start at 1.");
        }

        if (MinimumMonthsInRole < 0)
        {
            throw new InvalidParametersException("$.engineeringPromotion.minimumMonthsInRole", $"is {MinimumMonthsInRole}; it must not be negative.");
        }

        if (OrgUnits is null)
        {
            throw new InvalidParametersException("$.engineeringPromotion.orgUnits", "must not be null; leave it empty for every unit.");
        }
    }
}
