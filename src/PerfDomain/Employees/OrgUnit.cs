using Ardalis.GuardClauses;

namespace PerfDomain.Employees;

/// <summary>A department or team: the owner of team objectives and the scope of unit-level policy settings.</summary>
/// <remarks>An immutable value; two units are equal when all their members are.</remarks>
public sealed record OrgUnit
{
    /// <summary>Initialises a new unit.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <param name="name">The unit's display name.</param>
    /// <param name="parentId">The enclosing unit, or <see langword="null"/> for a top-level unit.</param>
    /// <exception cref="ArgumentException">The name is blank, or the unit would be its own parent.</exception>
    public OrgUnit(OrgUnitId id, string name, OrgUnitId? parentId = null)
    {
        Id = Guard.Against.DefaultId(id);
        Name = Guard.Against.InvalidText(name, 200);
        if (parentId == id)
        {
            throw new ArgumentException($"Org unit '{id}' cannot be its own parent.", nameof(parentId));
        }

        ParentId = parentId;
    }

    /// <summary>Gets the unit's identifier.</summary>
    public OrgUnitId Id { get; }

    /// <summary>Gets the unit's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the enclosing unit, if any.</summary>
    public OrgUnitId? ParentId { get; }
}
