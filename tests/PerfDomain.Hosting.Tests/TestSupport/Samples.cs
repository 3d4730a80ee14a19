using NodaTime;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Hosting.Tests.TestSupport;

/// <summary>A small synthetic organisation, made once, and the date it is evaluated as of.</summary>
internal static class Samples
{
    private static readonly Lazy<OrganizationSnapshot> Lazy = new(() =>
        SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 40, Years = 2, Seed = 11 }));

    public static OrganizationSnapshot Organization => Lazy.Value;

    public static LocalDate AsOf => new SyntheticOrganizationOptions().ReferenceDate;

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
}
