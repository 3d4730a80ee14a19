using System.CommandLine;
using PerfDomain.Cli.Input;

namespace PerfDomain.Cli.Commands;

/// <summary>The arguments and options <c>evaluate</c> and <c>explain</c> share.</summary>
internal sealed class CommonOptions
{
    /// <summary>The table output format.</summary>
    public const string Table = "table";

    /// <summary>The JSON output format (docs/decision-format.md).</summary>
    public const string Json = "json";

    public CommonOptions()
    {
        Snapshot = new Argument<string?>("snapshot")
        {
            Description = "The snapshot JSON file (docs/snapshot-format.md); without it, the bundled sample organisation.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        // An unknown option would otherwise be taken for the snapshot's path and reported as a missing file.
        Snapshot.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', ..] option }])
            {
                result.AddError($"Unrecognized option '{option}'.");
            }
        });
        AsOf = new Option<string?>(AsOfDate.OptionName)
        {
            Description = "The date to evaluate as of (uuuu-MM-dd); defaults to the snapshot's organization.referenceDate.",
            HelpName = "DATE",
        };
        Params = new Option<string?>("--params")
        {
            Description = "A JSON parameter file overriding the packs' defaults, such as {\"reviewCadence\":{\"checkInIntervalDays\":14}}.",
            HelpName = "FILE",
        };
        Format = new Option<string>("--format")
        {
            Description = "The output format: table (for a terminal) or json (docs/decision-format.md).",
            DefaultValueFactory = _ => Table,
            HelpName = "table|json",
        };
        Format.AcceptOnlyFromAmong(Table, Json);
        Runtime = RuntimeOption.Create();
    }

    public Argument<string?> Snapshot { get; }

    public Option<string?> AsOf { get; }

    public Option<string?> Params { get; }

    public Option<string> Format { get; }

    public Option<string> Runtime { get; }

    /// <summary>Adds the snapshot argument and the options to a command (the command's own arguments come first).</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Snapshot);
        command.Options.Add(AsOf);
        command.Options.Add(Params);
        command.Options.Add(Format);
        command.Options.Add(Runtime);
    }

    /// <summary>Reads the snapshot, the parameters and the as-of date a command line names.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="CliException">An input is unusable.</exception>
    public EvaluationInputs Read(ParseResult parse)
    {
        var asOfText = parse.GetValue(AsOf);
        if (asOfText is not null)
        {
            // A bad date is a usage error: report it before reading any file.
            _ = AsOfDate.Parse(asOfText);
        }

        var snapshot = SnapshotInput.Load(parse.GetValue(Snapshot));
        var parameters = ParameterInput.Load(parse.GetValue(Params));
        return new EvaluationInputs(snapshot, parameters, AsOfDate.Resolve(asOfText, snapshot), parse.GetValue(Format) == Json, RuntimeOption.Parse(parse.GetValue(Runtime)));
    }
}
