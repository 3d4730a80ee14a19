using System.CommandLine;
using System.CommandLine.Parsing;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;

namespace PerfDomain.Cli.Commands;

/// <summary>The arguments and options <c>evaluate</c> and <c>explain</c> share.</summary>
internal sealed class CommonOptions
{
    /// <summary>The table output format.</summary>
    public const string Table = "table";

    /// <summary>The JSON output format (docs/decision-format.md).</summary>
    public const string Json = "json";

    /// <summary>The JSON Lines output format (docs/decision-format.md#json-lines): <c>evaluate</c> only.</summary>
    public const string JsonLines = "jsonl";

    private readonly string _command;
    private readonly string[] _formats;

    /// <summary>Initializes a new instance of the <see cref="CommonOptions"/> class.</summary>
    /// <param name="command">The command's name, for progress lines.</param>
    /// <param name="jsonLines">Whether <c>--format jsonl</c> is accepted.</param>
    public CommonOptions(string command, bool jsonLines)
    {
        _command = command;
        _formats = jsonLines ? [Table, Json, JsonLines] : [Table, Json];
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
            Description = jsonLines
                ? "The output format: table (for a terminal), json (one document) or jsonl (JSON Lines: a header line, then one decision per line); docs/decision-format.md."
                : "The output format: table (for a terminal) or json (docs/decision-format.md).",
            DefaultValueFactory = _ => Table,
            HelpName = string.Join('|', _formats),
        };
        Format.CompletionSources.Add(_formats);
        Format.Validators.Add(ValidateFormat);
        Quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Reports no progress on standard error; without it, a run on a snapshot of 10,000 employees or more (or a file of 16 MiB or more) reports each phase there.",
        };
        Runtime = RuntimeOption.Create();
        Width = WidthOption.Create();
    }

    /// <summary>Gets <c>--width N</c>.</summary>
    public Option<int?> Width { get; }

    public Argument<string?> Snapshot { get; }

    public Option<string?> AsOf { get; }

    public Option<string?> Params { get; }

    public Option<string> Format { get; }

    public Option<string> Runtime { get; }

    public Option<bool> Quiet { get; }

    /// <summary>Gets the name <c>--format</c> gives a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The name.</returns>
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Json => CommonOptions.Json,
        OutputFormat.JsonLines => CommonOptions.JsonLines,
        _ => CommonOptions.Table,
    };

    /// <summary>Adds the snapshot argument and the options to a command (the command's own arguments come first).</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Snapshot);
        command.Options.Add(AsOf);
        command.Options.Add(Params);
        command.Options.Add(Format);
        command.Options.Add(Runtime);
        command.Options.Add(Quiet);
        command.Options.Add(Width);
    }

    /// <summary>Reads the snapshot, the parameters and the as-of date a command line names, reporting the read on long runs.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="stderr">Where progress goes on long runs.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="CliException">An input is unusable.</exception>
    public EvaluationInputs Read(ParseResult parse, TextWriter stderr)
    {
        var progress = new PhaseProgress(_command, stderr, parse.GetValue(Quiet));
        var asOfText = parse.GetValue(AsOf);
        if (asOfText is not null)
        {
            // A bad date is a usage error: report it before reading any file.
            _ = AsOfDate.Parse(asOfText);
        }

        var path = parse.GetValue(Snapshot);
        progress.Reading(path);
        var snapshot = SnapshotInput.Load(path);
        progress.Read(snapshot);
        var parameters = ParameterInput.Load(parse.GetValue(Params));
        var format = parse.GetValue(Format) switch
        {
            Json => OutputFormat.Json,
            JsonLines => OutputFormat.JsonLines,
            _ => OutputFormat.Table,
        };
        var asOf = AsOfDate.Resolve(asOfText, snapshot);
        if (AsOfDate.FarFromReference(asOf, snapshot) is { } warning)
        {
            stderr.WriteLine($"{Program.ToolName} {_command}: warning: {warning}");
        }

        return new EvaluationInputs(snapshot, parameters, asOf, format, RuntimeOption.Parse(parse.GetValue(Runtime)), progress);
    }

    // Rather than AcceptOnlyFromAmong, whose message lists the values one per line, quoted.
    private void ValidateFormat(OptionResult result)
    {
        if (result.Tokens.Count > 0 && result.Tokens[^1].Value is var value && !_formats.Contains(value, StringComparer.Ordinal))
        {
            var choices = _formats.Length == 2 ? $"{_formats[0]} or {_formats[1]}" : $"{string.Join(", ", _formats[..^1])} or {_formats[^1]}";
            result.AddError($"--format: '{value}' is not a format {_command} writes; it must be {choices}");
        }
    }
}
