using PerfDomain.Policies.Parameters;

namespace PerfDomain.Hosting;

/// <summary>
/// The policy parameters of every tenant: the defaults, bound from <c>PerfDomain:Parameters</c>, and each configured
/// tenant's, bound from <c>PerfDomain:Tenants:&lt;tenant&gt;:Parameters</c> over the defaults. Both sections have the
/// shape of the JSON parameter file (<c>ReviewCadence:CheckInIntervalDays</c> for
/// <c>$.reviewCadence.checkInIntervalDays</c>).
/// </summary>
/// <remarks>
/// <para>
/// Validated at start-up: a problem is reported at its configuration path, such as
/// <c>PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays: is 0; expected a whole number of days between 1 and 366.</c>
/// Reloaded when the configuration changes (read it through <c>IOptionsMonitor</c> or
/// <see cref="ITenantPolicyParameters"/>); a reload that is invalid is logged and counted, and the previous parameters
/// stay in force.
/// </para>
/// <para>
/// Tenant ids compare ignoring case, as configuration keys do. Each tenant's <see cref="PolicyParameters"/> are
/// complete (the defaults with the tenant's overrides); one set in code should be too, for example
/// <c>options.Defaults with { … }</c>. Not thread-safe while being configured; read-only afterwards.
/// </para>
/// </remarks>
public sealed class PolicyParametersOptions
{
    /// <summary>Gets or sets the parameters of a tenant that has none of its own.</summary>
    public PolicyParameters Defaults { get; set; } = PolicyParameters.Default;

    /// <summary>Gets the parameters of each tenant that has its own, by tenant id.</summary>
    public IDictionary<string, PolicyParameters> Tenants { get; } = new Dictionary<string, PolicyParameters>(StringComparer.OrdinalIgnoreCase);

    // Problems found in configuration at the first read, each at its configuration path; reported by validation.
    internal IReadOnlyList<string> ConfigurationErrors { get; set; } = [];
}
