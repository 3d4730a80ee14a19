using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfDomain.Hosting.Tests.TestSupport;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using static PerfDomain.Hosting.Tests.TestSupport.Samples;
using PerfDomain.Policies.Tests.Evaluation;

namespace PerfDomain.Hosting.Tests;

public sealed class PerfDomainServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPerfDomainPolicies_NoConfiguration_RegistersOneEngineWithTheBuiltInPacks()
    {
        using var host = new TestHost();
        host.ValidateOnStart();

        var engine = host.Services.GetRequiredService<PolicyEngine>();

        Assert.Same(engine, host.Services.GetRequiredService<PolicyEngine>());
        Assert.Same(engine, host.Evaluator.Engine);
        Assert.Same(host.Evaluator, host.Services.GetRequiredService<IPolicyEvaluator>());
        Assert.Equal(PolicyPacks.All, engine.Packs);
        Assert.Equal(RuleRuntime.PerfDomain, engine.Runtime);
        Assert.Empty(host.Parameters.Tenants);
    }

    [Fact]
    public void AddPerfDomainPolicies_Builder_SetsPacksRulesRuntimeAndLimits()
    {
        var runaway = RunawayRule.Pack();
        using var host = new TestHost(configure: b => b
            .AddPack(runaway)
            .DisableRule("cadence.check-in-overdue")
            .DisableTag("runaway")
            .UseRuntime(RuleRuntime.NRules)
            .UseFiringLimit(5_000)
            .UseMaxDegreeOfParallelism(1));
        host.ValidateOnStart();

        var engine = host.Services.GetRequiredService<PolicyEngine>();
        var options = host.Services.GetRequiredService<IOptions<PolicyEngineOptions>>().Value;

        Assert.Equal([.. PolicyPacks.All, runaway], engine.Packs);
        Assert.Equal(RuleRuntime.NRules, engine.Runtime);
        Assert.DoesNotContain(engine.Rules, r => r.Name is "cadence.check-in-overdue" or RunawayRule.RuleName);
        Assert.Equal(5_000, options.FiringLimit);
        Assert.Equal(1, options.MaxDegreeOfParallelism);
    }

    [Fact]
    public void AddPerfDomainPolicies_WithoutDefaultPacks_RunsOnlyTheAddedPacks()
    {
        var runaway = RunawayRule.Pack();
        using var host = new TestHost(configure: b => b.WithoutDefaultPacks().AddPack(runaway));

        Assert.Equal([runaway], host.Services.GetRequiredService<PolicyEngine>().Packs);
    }

    [Fact]
    public void AddPerfDomainPolicies_EngineSection_IsBoundAndCodeWins()
    {
        using var host = new TestHost(
            Settings(
                ("PerfDomain:Engine:Runtime", "NRules"),
                ("PerfDomain:Engine:FiringLimit", "1000"),
                ("PerfDomain:Engine:MaxDegreeOfParallelism", "2"),
                ("PerfDomain:Engine:DisabledRules:0", "cadence.check-in-overdue")),
            b => b.UseFiringLimit(750));
        host.ValidateOnStart();

        var engine = host.Services.GetRequiredService<PolicyEngine>();
        var options = host.Services.GetRequiredService<IOptions<PolicyEngineOptions>>().Value;

        Assert.Equal(RuleRuntime.NRules, engine.Runtime);
        Assert.DoesNotContain(engine.Rules, r => r.Name == "cadence.check-in-overdue");
        Assert.Equal(750, options.FiringLimit);
        Assert.Equal(2, options.MaxDegreeOfParallelism);
    }

    [Theory]
    [InlineData("PerfDomain:Engine:FiringLimt", "5", "PerfDomain:Engine:FiringLimt: unknown setting 'FiringLimt'")]
    [InlineData("PerfDomain:Engine:FiringLimit", "0", "PolicyEngineOptions.FiringLimit (configuration PerfDomain:Engine:FiringLimit): is 0; it must be at least 1.")]
    [InlineData("PerfDomain:Engine:FiringLimit", "many", "PerfDomain:Engine:FiringLimit: is 'many'; it must be a whole number.")]
    [InlineData("PerfDomain:Engine:Runtime", "drools", "PerfDomain:Engine:Runtime: is 'drools'; it must be PerfDomain or NRules.")]
    [InlineData("PerfDomain:Engine:Runtime", "1", "PerfDomain:Engine:Runtime: is '1'; it must be PerfDomain or NRules.")]
    [InlineData("PerfDomain:Engine:MaxDegreeOfParallelism", "0", "(configuration PerfDomain:Engine:MaxDegreeOfParallelism): is 0")]
    [InlineData("PerfDomain:Engine:DisabledRules:0", "cadence.no-such-rule", "(configuration PerfDomain:Engine:DisabledRules): names 'cadence.no-such-rule', which no rule of the packs is named.")]
    [InlineData("PerfDomain:Engine:DisabledTags:0", "no-such-tag", "names 'no-such-tag', which no rule of the packs has.")]
    public void ValidateOnStart_InvalidEngineSetting_FailsNamingTheConfigurationPath(string key, string value, string expected)
    {
        using var host = new TestHost(Settings((key, value)));

        Assert.Contains(expected, host.StartFailure(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddPerfDomainPolicies_CalledTwice_AddsToTheSameRegistration()
    {
        var first = RunawayRule.Pack();
        var second = PolicyPacks.ReviewCadence;
        var services = new ServiceCollection();
        services.AddPerfDomainPolicies(b => b.WithoutDefaultPacks().AddPack(first));
        services.AddPerfDomainPolicies(b => b.AddPack(second));
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IPolicyEvaluator));
        Assert.Equal([first, second], provider.GetRequiredService<PolicyEngine>().Packs);
    }

    [Fact]
    public void ValidateOnStart_TwoPacksWithTheSameRule_Fails()
    {
        using var host = new TestHost(configure: b => b
            .AddPack(RunawayRule.Pack())
            .AddPack(new PolicyPack("copy-pack", "1.0.0", "The same rule again.", [typeof(RunawayRule)], [new RunawayCounter()])));

        Assert.Contains($"PolicyEngineOptions.Packs (configuration PerfDomain:Engine:Packs): have 2 rules named '{RunawayRule.RuleName}'", host.StartFailure(), StringComparison.Ordinal);
    }

    [Fact]
    public void BindConfiguration_OtherSection_ReadsItsParametersAndEngine()
    {
        using var host = new TestHost(
            Settings(
                ("Hris:Policies:Parameters:ReviewCadence:CheckInIntervalDays", "21"),
                ("Hris:Policies:Engine:Runtime", "NRules"),
                ("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "5")),
            b => b.BindConfiguration("Hris:Policies"));
        host.ValidateOnStart();

        Assert.Equal(21, host.Parameters.Defaults.ReviewCadence.CheckInIntervalDays);
        Assert.Equal(RuleRuntime.NRules, host.Services.GetRequiredService<PolicyEngine>().Runtime);
    }

    [Fact]
    public void BindConfiguration_GivenConfiguration_WorksWithoutConfigurationInTheContainer()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Settings(("Tenants:acme:Parameters:ReviewCadence:CheckInIntervalDays", "9")))
            .Build();
        var services = new ServiceCollection();
        services.AddPerfDomainPolicies(b => b.BindConfiguration(configuration));
        using var provider = services.BuildServiceProvider();

        var parameters = provider.GetRequiredService<ITenantPolicyParameters>();

        Assert.Equal(9, parameters.GetParameters("acme").ReviewCadence.CheckInIntervalDays);
        Assert.NotNull(provider.GetRequiredService<IPolicyEvaluator>().Evaluate("acme", Organization, AsOf));
    }

    [Fact]
    public void Builder_InvalidArguments_Throw()
    {
        var services = new ServiceCollection();

        services.AddPerfDomainPolicies(b =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => b.UseFiringLimit(0));
            Assert.Throws<ArgumentOutOfRangeException>(() => b.UseMaxDegreeOfParallelism(-1));
            Assert.Throws<ArgumentException>(() => b.DisableRule(" "));
            Assert.Throws<ArgumentNullException>(() => b.AddPack(null!));
        });
    }
}
