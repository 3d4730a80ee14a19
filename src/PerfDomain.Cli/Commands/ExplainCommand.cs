using System.CommandLine;
using PerfDomain.Cli.Output;
using PerfDomain.Employees;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain explain EMPLOYEE-ID [snapshot.json] [--as-of DATE] [--params FILE] [--format table|json]</c>.</summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the result goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout)
    {
        var employee = new Argument<string>("employee-id") { Description = "The employee's id in the snapshot, such as e-018." };
        var options = new CommonOptions();
        var command = new Command("explain", "Explains one employee's decisions in full, and why each other rule made none.");
        command.Arguments.Add(employee);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var text = parse.GetValue(employee) ?? string.Empty;
            var inputs = options.Read(parse);
            var id = ParseId(text);
            if (inputs.Snapshot.Snapshot.FindEmployee(id) is null)
            {
                throw CliException.Input($"{inputs.Snapshot.Source}: no employee '{text}' in the snapshot.");
            }

            var explanation = inputs.Run(engine => engine.Explain(inputs.Snapshot.Snapshot, inputs.AsOf, id, inputs.Parameters.Parameters));
            if (inputs.Json)
            {
                DecisionJsonWriter.WriteExplanation(stdout, inputs.Snapshot, inputs.Engine.Packs, explanation);
            }
            else
            {
                ExplanationTable.Write(stdout, inputs.Snapshot, inputs.Engine.Packs, explanation);
            }

            return ExitCodes.Success;
        });
        return command;
    }

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
