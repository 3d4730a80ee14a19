namespace ReferenceHost.Data;

/// <summary>The values of <see cref="EmployeeHistoryRow.Kind"/>.</summary>
internal static class EmployeeHistoryKinds
{
    public const string Status = "status";

    public const string Role = "role";

    public const string Manager = "manager";

    public const string OrgUnit = "orgUnit";
}
