using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfDomain.Policies.Evaluation;
using static PerfDomain.Hosting.Tests.TestSupport.Samples;

namespace PerfDomain.Hosting.Tests;

/// <summary>The appsettings.json of docs/embedding.md, read by the JSON configuration provider a host uses, means what the page says.</summary>
public sealed class EmbeddingGuideTests
{
    [Fact]
    public void GuideConfiguration_ReadFromJson_GivesTheParametersTheGuideDescribes()
    {
        using var provider = Provider(GuideJson());
        provider.GetRequiredService<IStartupValidator>().Validate();
        var parameters = provider.GetRequiredService<ITenantPolicyParameters>();
        var engine = provider.GetRequiredService<PolicyEngine>();

        Assert.Equal(21, parameters.Defaults.ReviewCadence.CheckInIntervalDays);
        Assert.Equal(0.4, parameters.Defaults.RatingConsequences.CalibrationMaximumTopShare);
        var acme = parameters.GetParameters("acme").ReviewCadence;
        Assert.Equal((14, 5), (acme.CheckInIntervalDays, acme.OverdueGraceDays));
        Assert.Equal([45, 90], acme.ProbationReviewDays);
        Assert.Equal(21, parameters.GetParameters("globex").ReviewCadence.CheckInIntervalDays);
        Assert.Equal(60, parameters.GetParameters("globex").DevelopmentTriggers.OnboardingWindowDays);
        Assert.Equal(RuleRuntime.PerfDomain, engine.Runtime);
        Assert.DoesNotContain(engine.Rules, r => r.Name == "development.manager-coaching");
        Assert.Equal(2, provider.GetRequiredService<IOptions<PolicyEngineOptions>>().Value.MaxDegreeOfParallelism);
        Assert.NotEmpty(provider.GetRequiredService<IPolicyEvaluator>().Evaluate("acme", Organization, AsOf).Decisions);
    }

    [Fact]
    public void JsonConfiguration_EmptyListAndNull_AreAnEmptyListAndNoLabel()
    {
        using var provider = Provider("""
            { "PerfDomain": { "Parameters": {
                "reviewCadence": { "probationReviewDays": [], "orgUnitCheckInIntervalDays": {} },
                "ratingConsequences": { "recognitionRatingLabel": null } } } }
            """);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var defaults = provider.GetRequiredService<ITenantPolicyParameters>().Defaults;

        Assert.Empty(defaults.ReviewCadence.ProbationReviewDays);
        Assert.Empty(defaults.ReviewCadence.OrgUnitCheckInIntervalDays);
        Assert.Null(defaults.RatingConsequences.RecognitionRatingLabel);
    }

    private static ServiceProvider Provider(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPerfDomainPolicies();
        return services.BuildServiceProvider();
    }

    // The first json block of the guide: its appsettings.json.
    private static string GuideJson()
    {
        var guide = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "embedding.md"));
        var start = guide.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
