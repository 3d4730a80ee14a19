using Ardalis.GuardClauses;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using PerfDomain.Snapshots;

namespace PerfDomain.Hosting;

/// <summary>
/// Chooses, inside <see cref="PerfDomainServiceCollectionExtensions.AddPerfDomainPolicies"/>, how the policy engine is
/// built and where its configuration comes from.
/// </summary>
/// <remarks>
/// Each engine method configures <see cref="PolicyEngineOptions"/>, after the configuration is bound, so what is set
/// here wins over the <c>Engine</c> section. Not thread-safe: use it during start-up only.
/// </remarks>
public sealed class PerfDomainPoliciesBuilder
{
    private readonly HostingSettings _settings;

    internal PerfDomainPoliciesBuilder(IServiceCollection services, HostingSettings settings)
    {
        Services = services;
        _settings = settings;
    }

    /// <summary>Gets the service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds one's own pack after the built-in ones.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>This builder.</returns>
    public PerfDomainPoliciesBuilder AddPack(PolicyPack pack)
    {
        Guard.Against.Null(pack);
        return Engine(o => o.Packs.Add(pack));
    }

    /// <summary>Leaves the built-in packs out: the engine runs only the packs added with <see cref="AddPack"/>.</summary>
    /// <returns>This builder.</returns>
    public PerfDomainPoliciesBuilder WithoutDefaultPacks() => Engine(o => o.UseDefaultPacks = false);

    /// <summary>Leaves a rule out, by name.</summary>
    /// <param name="ruleName">The rule's name, such as <c>cadence.check-in-overdue</c>.</param>
    /// <returns>This builder.</returns>
    public PerfDomainPoliciesBuilder DisableRule(string ruleName)
    {
        Guard.Against.NullOrWhiteSpace(ruleName);
        return Engine(o => o.DisabledRules.Add(ruleName));
    }

    /// <summary>Leaves out every rule with a tag.</summary>
    /// <param name="tag">The tag, such as <c>check-ins</c>.</param>
    /// <returns>This builder.</returns>
    public PerfDomainPoliciesBuilder DisableTag(string tag)
    {
        Guard.Against.NullOrWhiteSpace(tag);
        return Engine(o => o.DisabledTags.Add(tag));
    }

    /// <summary>Selects the runtime that executes the rules (<see cref="PolicyEngineBuilder.UseRuntime"/>).</summary>
    /// <param name="runtime">The runtime.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runtime"/> is not a defined value.</exception>
    public PerfDomainPoliciesBuilder UseRuntime(RuleRuntime runtime)
    {
        Guard.Against.EnumOutOfRange(runtime);
        return Engine(o => o.Runtime = runtime);
    }

    /// <summary>Sets how many rules one evaluation may fire before it stops (<see cref="PolicyEngineBuilder.UseFiringLimit"/>).</summary>
    /// <param name="limit">The limit; at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not positive.</exception>
    public PerfDomainPoliciesBuilder UseFiringLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Engine(o => o.FiringLimit = limit);
    }

    /// <summary>Sets on how many threads one batch evaluation may run (<see cref="PolicyEngineBuilder.UseMaxDegreeOfParallelism"/>).</summary>
    /// <param name="maxDegree">The most threads; at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegree"/> is not positive.</exception>
    public PerfDomainPoliciesBuilder UseMaxDegreeOfParallelism(int maxDegree)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDegree);
        return Engine(o => o.MaxDegreeOfParallelism = maxDegree);
    }

    /// <summary>Sets the limits <see cref="IPolicyEvaluator.ReadSnapshotAsync"/> reads within; a service reading snapshots from others should set some.</summary>
    /// <param name="options">The limits.</param>
    /// <returns>This builder.</returns>
    public PerfDomainPoliciesBuilder UseSnapshotReaderOptions(SnapshotReaderOptions options)
    {
        _settings.SnapshotReaderOptions = Guard.Against.Null(options);
        return this;
    }

    /// <summary>
    /// Reads parameters, tenants and engine settings from another section of the container's <see cref="IConfiguration"/>
    /// than <c>PerfDomain</c>.
    /// </summary>
    /// <param name="sectionPath">The section's path, such as <c>Hris:Policies</c>.</param>
    /// <returns>This builder.</returns>
    public PerfDomainPoliciesBuilder BindConfiguration(string sectionPath)
    {
        _settings.SectionPath = Guard.Against.NullOrWhiteSpace(sectionPath);
        _settings.Configuration = null;
        return this;
    }

    /// <summary>
    /// Reads parameters, tenants and engine settings from the given configuration (its <c>Parameters</c>,
    /// <c>Tenants</c> and <c>Engine</c> sections), for a host whose container has no <see cref="IConfiguration"/>.
    /// </summary>
    /// <param name="configuration">
    /// The section holding <c>Parameters</c>, <c>Tenants</c> and <c>Engine</c>, such as
    /// <c>configuration.GetSection("PerfDomain")</c>; any other key in it is reported as an unknown section.
    /// </param>
    /// <returns>This builder.</returns>
    public PerfDomainPoliciesBuilder BindConfiguration(IConfiguration configuration)
    {
        _settings.Configuration = Guard.Against.Null(configuration);
        return this;
    }

    private PerfDomainPoliciesBuilder Engine(Action<PolicyEngineOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }
}
