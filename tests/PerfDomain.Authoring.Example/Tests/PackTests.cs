using NodaTime;
using PerfDomain.Authoring.Example.Pack;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Authoring.Example.Tests;

public sealed class PackTests
{
    [Fact]
    public void Evaluate_GeneratedOrganisation_BothRulesDecideAndExplainThemselves()
    {
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 300, Seed = 7, Years = 2 });
        var engine = EngineeringPromotionPack.Engine();

        var ours = engine.Evaluate(snapshot, new LocalDate(2026, 11, 16)).Decisions
            .Where(d => d.Explanation.Pack == EngineeringPromotionPack.Name)
            .ToList();

        Assert.Contains(ours, d => d.Explanation.Rule == EngineeringPromotionReadinessRule.RuleName);
        Assert.Contains(ours, d => d.Explanation.Rule == EngineeringGrowthPlanRule.RuleName);
        Assert.All(ours, d => Assert.Contains(d.Explanation.Facts, f => f.Type == "Employee"));
    }
}
