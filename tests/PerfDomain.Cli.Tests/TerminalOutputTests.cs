using System.Text.RegularExpressions;
using PerfDomain.Cli.Output;

namespace PerfDomain.Cli.Tests;

/// <summary>Every command that prints text for people fits a 100-column terminal, coloured or not, and is byte-stable when piped.</summary>
public sealed partial class TerminalOutputTests
{
    public static TheoryData<string> CommandLines => new()
    {
        "evaluate",
        "explain e-018",
        "explain e-034 --verbose",
        "check --max-test 2 --seed 7",
        "--help",
        "explain --help",
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Output_OnAColouredTerminalOf100Columns_FitsEveryLine(string commandLine)
    {
        var text = Run(commandLine, new Terminal(100, Colour: true));

        Assert.All(Visible(text).Split('\n'), l => Assert.True(l.Length <= 100, $"{l.Length} columns: {l}"));
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Output_WhenPiped_IsPlain100ColumnsAndByteStable(string commandLine)
    {
        var first = Run(commandLine, Terminal.Piped);

        Assert.Equal(first, Run(commandLine, Terminal.Piped));
        Assert.DoesNotContain('\u001b', first);
        Assert.All(first.Split('\n'), l => Assert.True(l.Length <= 100, $"{l.Length} columns: {l}"));
    }

    [Fact]
    public void Table_OnAColouredTerminal_IsColoured_AndOtherwiseTheSameText()
    {
        var coloured = Run("evaluate", new Terminal(100, Colour: true));

        Assert.Contains('\u001b', coloured);
        Assert.Equal(Run("evaluate", Terminal.Piped), Visible(coloured));
    }

    private static string Run(string commandLine, Terminal terminal)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(commandLine.Split(' '), stdout, stderr, terminal);
        Assert.Equal(0, code);
        return stdout.ToString().Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private static string Visible(string text) => Escape().Replace(text, string.Empty);

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Escape();
}
