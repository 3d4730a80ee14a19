namespace PerfDomain.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void NoArguments_ShowsHelp_AndSucceeds()
    {
        var result = Cli.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(Cli.Run("--help").Stdout, result.Stdout);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsOptionalArgumentsAsOptional_Aligned()
    {
        var lines = Cli.Run("--help").Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        var evaluate = Assert.Single(lines, l => l.StartsWith("  evaluate ", StringComparison.Ordinal));
        var explain = Assert.Single(lines, l => l.StartsWith("  explain ", StringComparison.Ordinal));
        Assert.StartsWith("  evaluate [<snapshot>]  ", evaluate, StringComparison.Ordinal);
        Assert.StartsWith("  explain <employee-id> [<snapshot>]  ", explain, StringComparison.Ordinal);
        var column = explain.IndexOf("Explains", StringComparison.Ordinal);
        Assert.Equal(column, evaluate.IndexOf("Evaluates", StringComparison.Ordinal));
        Assert.Equal(column, Assert.Single(lines, l => l.StartsWith("  schema ", StringComparison.Ordinal)).IndexOf("Prints", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("evalute", "evaluate")]
    [InlineData("explian", "explain")]
    [InlineData("--fromat", "--format")]
    [InlineData("--widht", "--width")]
    [InlineData("frobnicate", null)]
    public void DidYouMean_SuggestsTheClosestName(string token, string? expected)
    {
        var root = new System.CommandLine.Command("perfdomain");
        var evaluate = new System.CommandLine.Command("evaluate") { new System.CommandLine.Option<string>("--format"), new System.CommandLine.Option<int?>("--width") };
        root.Subcommands.Add(evaluate);
        root.Subcommands.Add(new System.CommandLine.Command("explain"));

        Assert.Equal(expected, Usage.DidYouMean(token.StartsWith('-') ? evaluate : root, token));
    }
}
