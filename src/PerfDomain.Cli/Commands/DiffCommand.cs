using System.CommandLine;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;
using PerfDomain.Policies.Audit;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain diff BEFORE AFTER [--format table|json] [--width N]</c>: decisions added, withdrawn and changed between two evaluations.</summary>
internal static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the comparison goes.</param>
    /// <param name="terminal">The width table output fits and whether it is coloured, unless <c>--width</c> says otherwise.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout, Terminal terminal)
    {
        var before = new Argument<string>("before") { Description = "The first evaluation: a file written by 'perfdomain evaluate --format json' (or jsonl, by its .jsonl name)." };
        var after = new Argument<string>("after") { Description = "The second evaluation, of the same kind." };
        var format = FormatOption.Create("diff", "The output format: table (for a terminal) or json (the comparison document of docs/decision-format.md).", "table", "json");
        var width = WidthOption.Create();
        var command = new Command("diff", "Compares two evaluations (two dates, parameter sets, pack versions or snapshots) and lists the decisions added, withdrawn and changed.")
        {
            before, after, format, width,
        };
        command.SetAction(parse =>
        {
            var beforePath = parse.GetValue(before)!;
            var afterPath = parse.GetValue(after)!;
            var comparison = DecisionComparison.Between(DecisionDocumentInput.Load(beforePath), DecisionDocumentInput.Load(afterPath));
            if (parse.GetValue(format) == "json")
            {
                ComparisonJson.Write(stdout, comparison);
            }
            else
            {
                ComparisonTable.Write(stdout, comparison, beforePath, afterPath, terminal.WithWidth(parse.GetValue(width)));
            }

            stdout.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
