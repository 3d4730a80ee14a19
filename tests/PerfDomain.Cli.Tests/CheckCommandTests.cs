namespace PerfDomain.Cli.Tests;

/// <summary><c>perfdomain check</c>: the policy laws over generated organisations.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void DefaultPacks_EveryLawHolds_ExitsZero()
    {
        var result = Cli.Run("check", "--max-test", "5", "--seed", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no-contradictions", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("batch-equals-incremental", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRuleAssembly_OneLineAndExitOne()
    {
        var result = Cli.Run("check", "--rules", "nope.dll", "--max-test", "5");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.dll", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ZeroTests_IsAUsageError()
    {
        var result = Cli.Run("check", "--max-test", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
