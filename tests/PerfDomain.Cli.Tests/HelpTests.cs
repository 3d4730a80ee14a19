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

    [Theory]
    [InlineData("")]
    [InlineData("evaluate")]
    [InlineData("explain")]
    [InlineData("generate")]
    [InlineData("schema")]
    [InlineData("check")]
    public void Help_WhenPiped_FitsIn100Columns(string command)
    {
        var result = Cli.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Stdout.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= 100, l));
    }

    [Fact]
    public void Help_OnANarrowTerminal_WrapsEachDescriptionUnderItsColumn()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = Program.Run(["--help"], stdout, stderr, new Output.Terminal(70, Colour: false));

        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 70, l));
        var evaluate = Array.FindIndex(lines, l => l.StartsWith("  evaluate [<snapshot>]  ", StringComparison.Ordinal));
        var column = lines[evaluate].IndexOf("Evaluates", StringComparison.Ordinal);
        Assert.Equal(new string(' ', column), lines[evaluate + 1][..column]);
        Assert.NotEqual(' ', lines[evaluate + 1][column]);
    }

    [Fact]
    public void Wrap_LeavesShortLinesAlone_AndWrapsLongOnesAtTheirIndent()
    {
        var help = "Description:\n  one two three four five six seven\n\nOptions:\n  --a  alpha beta gamma delta\n  --b  short\n";

        var wrapped = Usage.Wrap(help, 24);

        Assert.Equal("Description:\n  one two three four five six\n  seven\n\nOptions:\n  --a  alpha beta gamma delta\n  --b  short\n", Usage.Wrap(help, 29));
        Assert.Equal(help, Usage.Wrap(help, 200));
        Assert.Contains("  --a  alpha beta gamma\n       delta\n", Usage.Wrap(help, 27), StringComparison.Ordinal);
        Assert.NotEqual(help, wrapped);
    }
}
