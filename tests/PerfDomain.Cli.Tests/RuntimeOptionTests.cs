namespace PerfDomain.Cli.Tests;

/// <summary><c>--runtime perfdomain|nrules</c>: the same NRules policy rules on either runtime give the same output, byte for byte.</summary>
public sealed class RuntimeOptionTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { ["evaluate", "--format", "json"] },
        { ["evaluate"] },
        { ["evaluate", "--as-of", "2026-03-31", "--format", "json"] },
        { ["explain", "e-018", "--format", "json"] },
        { ["explain", "e-034"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void NRulesRuntime_OnTheSample_WritesExactlyWhatTheDefaultRuntimeWrites(string[] command)
    {
        var byDefault = Cli.Run(command);
        var ours = Cli.Run([.. command, "--runtime", "perfdomain"]);
        var theirs = Cli.Run([.. command, "--runtime", "nrules"]);

        Assert.Equal(0, byDefault.ExitCode);
        Assert.Equal(0, theirs.ExitCode);
        Assert.NotEmpty(byDefault.Stdout);
        Assert.Equal(byDefault.Stdout, ours.Stdout);
        // The evaluation's record names the runtime that ran (docs/decision-format.md); nothing else may differ.
        Assert.Equal(byDefault.Stdout, theirs.Stdout.Replace("\"runtime\": \"nrules\"", "\"runtime\": \"perfdomain\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OnNRulesRuntime_EveryLawHoldsAndTheRuntimeIsNamed()
    {
        var result = Cli.Run("check", "--max-test", "5", "--seed", "1", "--runtime", "nrules");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("runtime NRules", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("check")]
    public void UnknownRuntime_IsAUsageErrorNamingTheChoices(string command)
    {
        var result = Cli.Run(command, "--runtime", "drools");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("drools", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("nrules", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
