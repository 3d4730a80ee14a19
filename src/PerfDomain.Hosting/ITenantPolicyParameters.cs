using PerfDomain.Policies.Parameters;

namespace PerfDomain.Hosting;

/// <summary>The policy parameters of each tenant, as configured now.</summary>
/// <remarks>
/// The registered implementation reads <see cref="PolicyParametersOptions"/> through <c>IOptionsMonitor</c>, so it
/// follows configuration reloads. Implementations are thread-safe.
/// </remarks>
public interface ITenantPolicyParameters
{
    /// <summary>Gets the parameters of a tenant that has none of its own.</summary>
    PolicyParameters Defaults { get; }

    /// <summary>Gets the ids of the tenants that have parameters of their own.</summary>
    IReadOnlyCollection<string> Tenants { get; }

    /// <summary>Gets a tenant's parameters: its own, or <see cref="Defaults"/> when it has none.</summary>
    /// <param name="tenantId">The tenant's id; compared ignoring case.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is null, empty or white space.</exception>
    PolicyParameters GetParameters(string tenantId);
}
