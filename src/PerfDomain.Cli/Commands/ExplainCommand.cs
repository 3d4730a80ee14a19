using System.CommandLine;
using System.Globalization;
using PerfDomain.Cli.Output;
using PerfDomain.Employees;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain explain EMPLOYEE-ID [snapshot.json] [--as-of DATE] [--params FILE] [--format table|json] [--runtime perfdomain|nrules] [--quiet]</c>.</summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the result goes.</param>
    /// <param name="stderr">Where progress goes on long runs.</param>
    /// <param name="terminal">The width table output fits and whether it is coloured, unless <c>--width</c> says otherwise.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var employee = new Argument<string>("employee-id") { Description = "The employee's id in the snapshot, such as e-018." };
        var options = new CommonOptions("explain", jsonLines: false);
        var command = new Command("explain", "Explains one employee's decisions in full, and why each other rule made none.");
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Adds the engine's report to each rule that did not fire: the element that found no match and the condition expressions each closest fact fails.",
        };
        command.Arguments.Add(employee);
        options.AddTo(command);
        command.Options.Add(verbose);
        command.SetAction(parse =>
        {
            var text = parse.GetValue(employee) ?? string.Empty;
            var inputs = options.Read(parse, stderr);
            var id = ParseId(text);
            if (inputs.Snapshot.Snapshot.FindEmployee(id) is null)
            {
                throw CliException.Input($"{inputs.Snapshot.Source}: no employee '{text}' in the snapshot.");
            }

            var progress = inputs.Progress;
            progress.Begin(Invariant($"explaining {id} as of {DecisionTable.Date(inputs.AsOf)} with packs {DecisionTable.PackList(inputs.Engine.Packs)} on the {RuntimeOption.Name(inputs.Runtime)} runtime"));
            var explanation = inputs.Run(engine => engine.Explain(inputs.Snapshot.Snapshot, inputs.AsOf, id, inputs.Parameters.Parameters));
            progress.End(Invariant($"explained: {explanation.Decisions.Count:N0} decisions, {explanation.NotFired.Count:N0} rules that made none"));
            progress.Begin(Invariant($"writing the explanation as {CommonOptions.Name(inputs.Format)} to standard output"));
            if (inputs.Format == OutputFormat.Json)
            {
                DecisionJsonWriter.WriteExplanation(stdout, inputs.Snapshot, inputs.Engine.Packs, explanation);
            }
            else
            {
                ExplanationTable.Write(stdout, inputs.Snapshot, inputs.Engine.Packs, explanation, terminal.WithWidth(parse.GetValue(options.Width)), parse.GetValue(verbose));
            }

            stdout.Flush();
            progress.End("done: wrote the explanation");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static EmployeeId ParseId(string text)
    {
        try
        {
            return new EmployeeId(text);
        }
        catch (ArgumentException)
        {
            throw CliException.Usage($"employee-id: '{text}' is not a valid employee id (not blank, at most 200 characters, no surrounding white space).");
        }
    }
}
