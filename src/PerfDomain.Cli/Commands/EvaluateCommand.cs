using System.CommandLine;
using System.Globalization;
using PerfDomain.Cli.Output;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain evaluate [snapshot.json] [--as-of DATE] [--params FILE] [--format table|json|jsonl] [--runtime perfdomain|nrules] [--quiet]</c>.</summary>
internal static class EvaluateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the result goes.</param>
    /// <param name="stderr">Where progress goes on long runs.</param>
    /// <param name="terminal">The width table output fits and whether it is coloured, unless <c>--width</c> says otherwise.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var options = new CommonOptions("evaluate", jsonLines: true);
        var command = new Command("evaluate", "Evaluates a snapshot against the built-in policy packs as of a date and prints every decision, grouped by employee.");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = options.Read(parse, stderr);
            var progress = inputs.Progress;
            progress.Begin(Invariant($"evaluating as of {DecisionTable.Date(inputs.AsOf)} with packs {DecisionTable.PackList(inputs.Engine.Packs)} on the {RuntimeOption.Name(inputs.Runtime)} runtime"));
            var outcome = inputs.Run(engine => engine.Evaluate(inputs.Snapshot.Snapshot, inputs.AsOf, inputs.Parameters.Parameters));
            var decisions = outcome.Decisions.Count;
            if (progress.IsReporting)
            {
                var employees = outcome.Decisions.Select(d => d.EmployeeId).Distinct().Count();
                progress.End(Invariant($"evaluated: {decisions:N0} decisions about {employees:N0} employees"));
            }

            progress.Begin(Invariant($"writing {decisions:N0} decisions as {CommonOptions.Name(inputs.Format)} to standard output"));
            switch (inputs.Format)
            {
                case OutputFormat.Json:
                    DecisionJsonWriter.WriteEvaluation(stdout, Recorded(inputs, outcome));
                    break;
                case OutputFormat.JsonLines:
                    DecisionJsonWriter.WriteEvaluationLines(stdout, Recorded(inputs, outcome));
                    break;
                default:
                    DecisionTable.WriteEvaluation(stdout, inputs.Snapshot, inputs.Engine.Packs, outcome, terminal.WithWidth(parse.GetValue(options.Width)));
                    break;
            }

            stdout.Flush();
            progress.End(Invariant($"done: wrote {decisions:N0} decisions"));
            return ExitCodes.Success;
        });
        return command;
    }

    // The record (docs/decision-format.md) fingerprints the snapshot and parameters, so that the run can be reproduced.
    private static DecisionDocument Recorded(EvaluationInputs inputs, EvaluationOutcome outcome) =>
        DecisionDocument.FromEvaluation(inputs.Snapshot.Snapshot, inputs.Engine, outcome, inputs.Parameters.Parameters);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
