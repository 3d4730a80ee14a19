using System.CommandLine;
using PerfDomain.Cli.Output;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain evaluate [snapshot.json] [--as-of DATE] [--params FILE] [--format table|json]</c>.</summary>
internal static class EvaluateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the result goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout)
    {
        var options = new CommonOptions();
        var command = new Command("evaluate", "Evaluates a snapshot against the built-in policy packs as of a date and prints every decision, grouped by employee.");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = options.Read(parse);
            var outcome = inputs.Run(engine => engine.Evaluate(inputs.Snapshot.Snapshot, inputs.AsOf, inputs.Parameters.Parameters));
            if (inputs.Json)
            {
                DecisionJsonWriter.WriteEvaluation(stdout, inputs.Snapshot, inputs.Engine.Packs, outcome);
            }
            else
            {
                DecisionTable.WriteEvaluation(stdout, inputs.Snapshot, inputs.Engine.Packs, outcome);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
