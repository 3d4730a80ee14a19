using Ardalis.GuardClauses;
using Microsoft.Extensions.Options;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Hosting;

/// <summary>Each tenant's parameters from the current <see cref="PolicyParametersOptions"/>.</summary>
internal sealed class TenantPolicyParameters(IOptionsMonitor<PolicyParametersOptions> options) : ITenantPolicyParameters
{
    public PolicyParameters Defaults => options.CurrentValue.Defaults;

    public IReadOnlyCollection<string> Tenants => [.. options.CurrentValue.Tenants.Keys];

    public PolicyParameters GetParameters(string tenantId)
    {
        Guard.Against.NullOrWhiteSpace(tenantId);
        var current = options.CurrentValue;
        return current.Tenants.TryGetValue(tenantId, out var parameters) ? parameters : current.Defaults;
    }
}
