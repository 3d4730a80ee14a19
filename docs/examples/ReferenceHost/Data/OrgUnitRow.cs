namespace ReferenceHost.Data;

/// <summary>An org unit.</summary>
internal sealed class OrgUnitRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? ParentId { get; set; }
}
