namespace PerfDomain.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_OverdueCheckIn_ShowsTheFullExplanation()
    {
        var result = Cli.Run("explain", "e-018");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var text = result.Stdout;
        Assert.StartsWith("e-018  Jonas Berg: policy as of 2026-11-16", text, StringComparison.Ordinal);
        Assert.Contains("1. checkInOverdue  due 2026-10-07  escalate to HR", text, StringComparison.Ordinal);
        Assert.Contains("rule:       cadence.check-in-overdue (review-cadence@1.0.0), as of 2026-11-16", text, StringComparison.Ordinal);
        Assert.Contains("facts:      Employee e-018: ", text, StringComparison.Ordinal);
        Assert.Contains("lastCheckInOn=2026-09-07", text, StringComparison.Ordinal);
        Assert.Contains("overdueGraceDays = 7", text, StringComparison.Ordinal);
        Assert.Contains("reason:     The check-in due on 2026-10-07 is overdue", text, StringComparison.Ordinal);
        Assert.Contains("Rules that did not fire (", text, StringComparison.Ordinal);
        Assert.Contains("  consequences.improvement-plan (rating-consequences): ", text, StringComparison.Ordinal);
        Assert.Contains("why not:    ", text, StringComparison.Ordinal);
        Assert.Contains("status=active", text, StringComparison.Ordinal);
        Assert.DoesNotContain("status=Active", text, StringComparison.Ordinal);
        Assert.Contains("closest:    Rating r-2025-e-018-manager", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ImprovementPlan_NeedsApprovalAndShowsBothRatings()
    {
        var result = Cli.Run("explain", "e-034", Cli.SamplePath);

        Assert.Equal(0, result.ExitCode);
        var text = result.Stdout;
        Assert.Matches(@"improvementPlanRecommended  cycle c-2026  who acts: manager e-\d+  needs approval", text);
        Assert.Contains("consequences.improvement-plan (rating-consequences@1.0.0)", text, StringComparison.Ordinal);
        Assert.Contains("Rating r-2026-e-034-manager: ", text, StringComparison.Ordinal);
        Assert.Contains("Rating r-2025-e-034-manager: ", text, StringComparison.Ordinal);
        Assert.Contains("  consequences.recognition (rating-consequences): ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("e-018")]
    [InlineData("e-034")]
    [InlineData("e-012")]
    [InlineData("e-003")]
    [InlineData("e-001")]
    public void Explain_Table_HasNoConditionExpressions_UnlessVerbose(string employee)
    {
        var plain = Cli.Run("explain", employee).Stdout;
        var verbose = Cli.Run("explain", employee, "--verbose").Stdout;

        foreach (var engineText in new[] { "=>", "Match<", "Convert(", "Alternative 0", "element " })
        {
            Assert.DoesNotContain(engineText, plain, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("--verbose shows the condition", plain, StringComparison.Ordinal);
        Assert.Contains("=>", verbose, StringComparison.Ordinal);
        Assert.Contains("engine:     Alternative 0: element ", verbose, StringComparison.Ordinal);
        Assert.All(plain.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= 100, l));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(100)]
    public void Explain_Table_EveryLineFitsTheWidth(int width)
    {
        var text = Cli.Run("explain", "e-034", "--width", width.ToString(System.Globalization.CultureInfo.InvariantCulture)).Stdout;

        Assert.All(text.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= width, l));
    }

    [Fact]
    public void Explain_WhyNot_NamesTheFailedConditionInWords()
    {
        var text = Cli.Run("explain", "e-018").Stdout;

        Assert.Contains("why not:    Employee e-018 does not meet the condition that it is on probation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_HighPerformerOfLastCycle_SaysWhyNoMeritOrBonusInWords()
    {
        var text = Cli.Run("explain", "e-003", "--width", "300").Stdout;

        Assert.Contains("retentionConversationRecommended", text, StringComparison.Ordinal);
        foreach (var rule in new[] { "rewards.merit-increase", "rewards.bonus-eligible" })
        {
            var section = text[text.IndexOf($"  {rule} (rewards): ", StringComparison.Ordinal)..];
            Assert.Contains(
                "why not:    Cycle c-2025 does not meet the condition that it ended recently enough for its rewards to be decided (within the rewards window); its values are listed.",
                section[..section.IndexOf("closest:", StringComparison.Ordinal)],
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_RatingBelowMeets_SaysWhyNoMeritNoBonusAndNoRetentionConversation()
    {
        var text = Cli.Run("explain", "e-034", "--width", "300").Stdout;

        Assert.Contains("bonusNotEligible  cycle c-2026", text, StringComparison.Ordinal);
        Assert.Contains("rule:       rewards.bonus-not-eligible (rewards@1.0.0)", text, StringComparison.Ordinal);
        Assert.Contains(
            "  rewards.merit-increase (rewards): A merit increase is recommended from the merit matrix (calibrated rating × position in the pay range), prorated and capped at the range maximum.\n"
            + "     why not:    Rating r-2026-e-034-manager does not meet the condition that it is at or above meets expectations; its values are listed.",
            text.Replace("\r", string.Empty, StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.Contains(
            "why not:    Talent e-034 does not meet the condition that it is a high performer: a calibrated rating at one of the top two points or a high calibrated potential; its values are listed.",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("=>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("--verbose shows the condition", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Json_HasDecisionsAndRulesThatDidNotFire()
    {
        var result = Cli.Run("explain", "e-018", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal("explanation", root.GetProperty("document").GetString());
        Assert.Equal("e-018", root.GetProperty("employee").GetProperty("id").GetString());
        Assert.Equal("Jonas Berg", root.GetProperty("employee").GetProperty("name").GetString());
        var decisions = root.GetProperty("decisions").EnumerateArray().ToList();
        Assert.All(decisions, d => Assert.Equal("e-018", d.GetProperty("employeeId").GetString()));
        Assert.Contains(decisions, d => d.GetProperty("kind").GetString() == "checkInOverdue" && d.GetProperty("escalateTo").GetString() == "humanResources");
        var notFired = root.GetProperty("notFired").EnumerateArray().ToList();
        Assert.NotEmpty(notFired);
        var firedRules = decisions.Select(d => d.GetProperty("explanation").GetProperty("rule").GetString()).ToHashSet();
        Assert.All(notFired, n =>
        {
            Assert.DoesNotContain(n.GetProperty("rule").GetString(), firedRules);
            Assert.False(string.IsNullOrWhiteSpace(n.GetProperty("reason").GetString()));
            Assert.Equal(System.Text.Json.JsonValueKind.Array, n.GetProperty("closestFacts").ValueKind);
        });
    }

    [Fact]
    public void Explain_EmployeeOnLeave_HasNoDecisions()
    {
        var result = Cli.Run("explain", "e-045");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Decisions (0)\n  none", result.Stdout.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
