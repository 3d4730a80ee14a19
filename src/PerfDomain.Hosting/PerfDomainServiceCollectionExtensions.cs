using System.Diagnostics.Metrics;
using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfDomain.Hosting;
using PerfDomain.Policies.Evaluation;

// In the container's namespace, as Microsoft.Extensions' own Add… methods, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers PerfDomain policies in a service collection.</summary>
public static class PerfDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers one thread-safe <see cref="PolicyEngine"/> (built-in packs and the builder's own, compiled on first
    /// use), the tenants' parameters bound from configuration (<see cref="PolicyParametersOptions"/>, validated at
    /// start-up and reloaded with the configuration, through <see cref="ITenantPolicyParameters"/>), and the
    /// instrumented <see cref="IPolicyEvaluator"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses packs, rules, runtime, limits and the configuration section; may be <see langword="null"/>.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>
    /// Configuration is read from the <c>PerfDomain</c> section of the container's <c>IConfiguration</c>, if it has one:
    /// <c>PerfDomain:Parameters</c> (the defaults, shaped as the JSON parameter file), <c>PerfDomain:Tenants:&lt;tenant&gt;:Parameters</c>
    /// (a tenant's overrides) and <c>PerfDomain:Engine</c> (<see cref="PolicyEngineOptions"/>). Calling it again adds
    /// to the same registration. The meter comes from the container's <see cref="IMeterFactory"/> when it has one, the
    /// logger from its <see cref="ILoggerFactory"/>.
    /// </remarks>
    public static IServiceCollection AddPerfDomainPolicies(this IServiceCollection services, Action<PerfDomainPoliciesBuilder>? configure = null)
    {
        Guard.Against.Null(services);
        var settings = services.FirstOrDefault(d => d.ServiceType == typeof(HostingSettings))?.ImplementationInstance as HostingSettings;
        if (settings is null)
        {
            settings = new HostingSettings();
            Register(services, settings);
        }

        configure?.Invoke(new PerfDomainPoliciesBuilder(services, settings));
        return services;
    }

    private static void Register(IServiceCollection services, HostingSettings settings)
    {
        services.AddOptions();
        services.AddSingleton(settings);
        services.TryAddSingleton(sp => new PolicyInstrumentation(sp.GetService<IMeterFactory>(), sp.GetService<ILoggerFactory>()));

        // Bound from configuration before anything the builder configures, so that code wins.
        services.AddSingleton<IConfigureOptions<PolicyEngineOptions>, ConfigurePolicyEngineOptions>();
        services.AddSingleton<IConfigureOptions<PolicyParametersOptions>, ConfigurePolicyParametersOptions>();
        services.AddSingleton<IOptionsChangeTokenSource<PolicyParametersOptions>, PolicyParametersChangeTokenSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PolicyEngineOptions>, ValidatePolicyEngineOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PolicyParametersOptions>, ValidatePolicyParametersOptions>());
        services.AddOptions<PolicyEngineOptions>().ValidateOnStart();
        services.AddOptions<PolicyParametersOptions>().ValidateOnStart();

        services.TryAddSingleton<ITenantPolicyParameters, TenantPolicyParameters>();
        services.TryAddSingleton(BuildEngine);
        services.TryAddSingleton<IPolicyEvaluator, PolicyEvaluator>();
    }

    private static PolicyEngine BuildEngine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PolicyEngineOptions>>().Value;
        var builder = PolicyEngine.CreateBuilder();
        if (options.UseDefaultPacks)
        {
            builder.AddDefaultPacks();
        }

        foreach (var pack in options.Packs)
        {
            builder.AddPack(pack);
        }

        foreach (var rule in options.DisabledRules)
        {
            builder.DisableRule(rule);
        }

        foreach (var tag in options.DisabledTags)
        {
            builder.DisableTag(tag);
        }

        builder.UseRuntime(options.Runtime).UseFiringLimit(options.FiringLimit);
        if (options.MaxDegreeOfParallelism is { } maxDegree)
        {
            builder.UseMaxDegreeOfParallelism(maxDegree);
        }

        // The defaults as they are now: PolicyEngine.Evaluate without parameters uses them; IPolicyEvaluator always
        // passes the tenant's current ones.
        builder.UseParameters(services.GetRequiredService<ITenantPolicyParameters>().Defaults);
        var engine = builder.Build();
        services.GetRequiredService<PolicyInstrumentation>().EngineBuilt(engine, options);
        return engine;
    }
}
