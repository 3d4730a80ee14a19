using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfDomain.Snapshots;

namespace PerfDomain.Hosting;

/// <summary>What <see cref="PerfDomainPoliciesBuilder"/> chose that is not an option: where configuration comes from, and snapshot limits.</summary>
internal sealed class HostingSettings
{
    public const string DefaultSectionPath = "PerfDomain";

    public string SectionPath { get; set; } = DefaultSectionPath;

    // A section given outright, for a host with no IConfiguration in its container.
    public IConfiguration? Configuration { get; set; }

    public SnapshotReaderOptions SnapshotReaderOptions { get; set; } = SnapshotReaderOptions.Default;

    /// <summary>The PerfDomain section, or <see langword="null"/> when the container has no configuration.</summary>
    public IConfiguration? Resolve(IServiceProvider services) =>
        Configuration ?? services.GetService<IConfiguration>()?.GetSection(SectionPath);
}
