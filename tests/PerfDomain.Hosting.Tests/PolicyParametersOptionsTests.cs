using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfDomain.Hosting.Tests.TestSupport;
using PerfDomain.Policies.Parameters;
using static PerfDomain.Hosting.Tests.TestSupport.Samples;

namespace PerfDomain.Hosting.Tests;

/// <summary>Parameters bound from configuration in the shape of the JSON parameter file, per tenant, validated at start-up.</summary>
public sealed class PolicyParametersOptionsTests
{
    [Fact]
    public void Defaults_FromConfiguration_EqualTheSameParameterFile()
    {
        using var host = new TestHost(Settings(
            ("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "14"),
            ("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:0", "45"),
            ("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:1", "90"),
            ("PerfDomain:Parameters:ReviewCadence:OrgUnitCheckInIntervalDays:u-eng", "21"),
            ("PerfDomain:Parameters:RatingConsequences:RecognitionRatingLabel", "Exceptional"),
            ("PerfDomain:Parameters:RatingConsequences:CalibrationMaximumTopShare", "0.35"),
            ("PerfDomain:Parameters:developmentTriggers:keyResultAtRiskGap", "0.25")));
        host.ValidateOnStart();

        var expected = PolicyParameters.FromJson("""
            {
              "reviewCadence": { "checkInIntervalDays": 14, "probationReviewDays": [45, 90], "orgUnitCheckInIntervalDays": { "u-eng": 21 } },
              "ratingConsequences": { "recognitionRatingLabel": "Exceptional", "calibrationMaximumTopShare": 0.35 },
              "developmentTriggers": { "keyResultAtRiskGap": 0.25 }
            }
            """);

        Assert.Equal(expected.ToJson(), host.Parameters.Defaults.ToJson());
    }

    [Fact]
    public void Defaults_NoSection_AreTheBuiltInDefaults()
    {
        using var host = new TestHost();
        host.ValidateOnStart();

        Assert.Equal(PolicyParameters.Default.ToJson(), host.Parameters.Defaults.ToJson());
    }

    [Theory]
    [InlineData("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "0", "PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays: is 0; expected a whole number of days between 1 and 366.")]
    [InlineData("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "thirty", "PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays: is 'thirty'; it must be a whole number.")]
    [InlineData("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDay", "30", "PerfDomain:Parameters:ReviewCadence:CheckInIntervalDay: unknown parameter 'CheckInIntervalDay'; the parameters here are CheckInIntervalDays, ")]
    [InlineData("PerfDomain:Parameters:RatingConsequences:CalibrationMaximumTopShare", "1.5", "PerfDomain:Parameters:RatingConsequences:CalibrationMaximumTopShare: is 1.5; expected a share above 0 and at most 1.")]
    [InlineData("PerfDomain:Parameters:ReviewCadence:SkipLevelEscalationDays", "40", "PerfDomain:Parameters:ReviewCadence:HumanResourcesEscalationDays: is 30, before the skip-level escalation (40)")]
    [InlineData("PerfDomain:Parameters:ReviewCadence", "7", "PerfDomain:Parameters:ReviewCadence: is '7'; it must be a section of parameters.")]
    [InlineData("PerfDomain:Parametres:ReviewCadence:CheckInIntervalDays", "7", "PerfDomain:Parametres: unknown section 'Parametres'; the sections here are Parameters, Tenants and Engine.")]
    [InlineData("PerfDomain:Tenants:acme:Parameters:ReviewCadence:OverdueGraceDays", "-1", "PerfDomain:Tenants:acme:Parameters:ReviewCadence:OverdueGraceDays: is -1; expected a whole number of days between 0 and 3,650.")]
    [InlineData("PerfDomain:Tenants:acme", "yes", "PerfDomain:Tenants:acme: is 'yes'; a tenant must be a section with Parameters.")]
    [InlineData("PerfDomain:Tenants:acme:Engine:FiringLimit", "5", "PerfDomain:Tenants:acme:Engine: unknown section 'Engine'; a tenant has only Parameters.")]
    [InlineData("PerfDomain:Tenants:acme:Parameters:ReviewCadence:SkipLevelEscalationDays", "40", "PerfDomain:Tenants:acme:Parameters:ReviewCadence:HumanResourcesEscalationDays: is 30, before the skip-level escalation (40)")]
    public void ValidateOnStart_InvalidParameter_FailsNamingTheConfigurationPath(string key, string value, string expected)
    {
        using var host = new TestHost(Settings((key, value)));

        Assert.Contains(expected, host.StartFailure(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_ListItemOutOfOrder_NamesTheItem()
    {
        using var host = new TestHost(Settings(
            ("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:0", "60"),
            ("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:1", "30")));

        Assert.Contains("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:1: is 30; probation review days must increase.", host.StartFailure(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_SeveralProblems_ReportsEach()
    {
        using var host = new TestHost(Settings(
            ("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "x"),
            ("PerfDomain:Tenants:beta:Parameters:DevelopmentTriggers:OnboardingWindowDays", "soon")));

        var failure = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Collection(
            failure.Failures,
            f => Assert.StartsWith("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("PerfDomain:Tenants:beta:Parameters:DevelopmentTriggers:OnboardingWindowDays:", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Parameters_InvalidWithoutValidationOnStart_FailOnFirstUse()
    {
        using var host = new TestHost(Settings(("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "0")));

        var ex = Assert.Throws<OptionsValidationException>(() => host.Evaluator.Evaluate("acme", Organization, AsOf));

        Assert.Contains("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetParameters_Tenant_OverridesTheDefaultsMemberByMember()
    {
        using var host = new TestHost(Settings(
            ("PerfDomain:Parameters:ReviewCadence:OverdueGraceDays", "3"),
            ("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "20"),
            ("PerfDomain:Tenants:acme:Parameters:ReviewCadence:CheckInIntervalDays", "14")));
        host.ValidateOnStart();

        var acme = host.Parameters.GetParameters("acme");

        Assert.Equal(14, acme.ReviewCadence.CheckInIntervalDays);
        Assert.Equal(3, acme.ReviewCadence.OverdueGraceDays);
        Assert.Same(acme, host.Parameters.GetParameters("ACME"));
        Assert.Equal(["acme"], host.Parameters.Tenants);
    }

    [Fact]
    public void GetParameters_TenantWithoutParameters_GetsTheDefaults()
    {
        using var host = new TestHost(Settings(("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "20")));

        Assert.Same(host.Parameters.Defaults, host.Parameters.GetParameters("globex"));
        Assert.Throws<ArgumentException>(() => host.Parameters.GetParameters(" "));
    }

    [Fact]
    public void GetParameters_TenantList_ReplacesTheDefaultList()
    {
        using var host = new TestHost(Settings(
            ("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:0", "30"),
            ("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:1", "60"),
            ("PerfDomain:Parameters:ReviewCadence:ProbationReviewDays:2", "90"),
            ("PerfDomain:Tenants:acme:Parameters:ReviewCadence:ProbationReviewDays:0", "45")));

        Assert.Equal([45], host.Parameters.GetParameters("acme").ReviewCadence.ProbationReviewDays);
    }

    [Fact]
    public void ValidateOnStart_ParametersSetInCodeInvalid_Fails()
    {
        using var host = new TestHost(configure: b => b.Services.Configure<PolicyParametersOptions>(o =>
            o.Tenants["initech"] = o.Defaults with { ReviewCadence = o.Defaults.ReviewCadence with { CheckInIntervalDays = -2 } }));

        Assert.Contains("PolicyParametersOptions.Tenants[initech]: $.reviewCadence.checkInIntervalDays: is -2", host.StartFailure(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ParametersSetInCode_AreUsed()
    {
        using var host = new TestHost(configure: b => b.Services.Configure<PolicyParametersOptions>(o =>
            o.Tenants["initech"] = o.Defaults with { ReviewCadence = o.Defaults.ReviewCadence with { CheckInIntervalDays = 12 } }));
        host.ValidateOnStart();

        Assert.Equal(12, host.Services.GetRequiredService<ITenantPolicyParameters>().GetParameters("initech").ReviewCadence.CheckInIntervalDays);
    }
}
