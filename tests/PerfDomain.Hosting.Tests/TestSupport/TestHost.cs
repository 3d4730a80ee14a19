using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using System.Diagnostics.Metrics;

namespace PerfDomain.Hosting.Tests.TestSupport;

/// <summary>
/// A service provider as a host builds one: configuration from memory (reloadable with <see cref="Reload"/>), a meter
/// factory, fake logging at Debug, and <c>AddPerfDomainPolicies</c>.
/// </summary>
internal sealed class TestHost : IDisposable
{
    public TestHost(IDictionary<string, string?>? settings = null, Action<PerfDomainPoliciesBuilder>? configure = null, bool metrics = true)
    {
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(Configuration);
        if (metrics)
        {
            services.AddMetrics();
        }

        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        services.AddPerfDomainPolicies(configure);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IConfigurationRoot Configuration { get; }

    public ServiceProvider Services { get; }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public IPolicyEvaluator Evaluator => Services.GetRequiredService<IPolicyEvaluator>();

    public ITenantPolicyParameters Parameters => Services.GetRequiredService<ITenantPolicyParameters>();

    /// <summary>Runs what a host runs before it starts: the options validated on start.</summary>
    public void ValidateOnStart() => Services.GetRequiredService<IStartupValidator>().Validate();

    /// <summary>The message of the start-up validation's failure.</summary>
    public string StartFailure() => Assert.Throws<OptionsValidationException>(ValidateOnStart).Message;

    public void Set(string key, string? value) => Configuration[key] = value;

    public void Reload() => Configuration.Reload();

    public MetricCollector<T> Collect<T>(string instrument)
        where T : struct =>
        new(Services.GetRequiredService<IMeterFactory>(), PerfDomainTelemetry.MeterName, instrument);

    public void Dispose() => Services.Dispose();
}
