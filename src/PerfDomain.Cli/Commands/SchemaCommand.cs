using System.CommandLine;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain schema [--parameters]</c>.</summary>
/// <remarks>
/// Prints the JSON Schema (draft 2020-12) of the snapshot format (<see cref="SnapshotSchema"/>) or,
/// with <c>--parameters</c>, of a parameter file (<see cref="PolicyParametersSchema"/>): both are
/// generated from the types the readers bind.
/// </remarks>
internal static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the schema goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout)
    {
        var parameters = new Option<bool>("--parameters")
        {
            Description = "Print the schema of a parameter file (--params) instead of the snapshot's.",
        };
        var command = new Command("schema", "Prints the JSON Schema (draft 2020-12) of the snapshot format (docs/snapshot-format.md), generated from the types the reader binds.")
        {
            parameters,
        };
        command.SetAction(parse =>
        {
            stdout.WriteLine(parse.GetValue(parameters) ? PolicyParametersSchema.Write() : SnapshotSchema.Write());
            return ExitCodes.Success;
        });
        return command;
    }
}
