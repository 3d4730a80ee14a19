using System.CommandLine;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Fairness;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Cli.Commands;

/// <summary>
/// <c>perfdomain fairness [snapshot.json] --groups FILE [--as-of DATE] [--params FILE] [--format table|json|html] [--min-group-size N] [--width N]</c>:
/// evaluates the snapshot and checks whether its decisions and ratings treat the groups of the labels file alike (docs/fairness.md).
/// </summary>
internal static class FairnessCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="terminal">The width table output fits and whether it is coloured, unless <c>--width</c> says otherwise.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout, Terminal terminal)
    {
        var snapshot = new Argument<string?>("snapshot")
        {
            Description = "The snapshot JSON file (docs/snapshot-format.md); without it, the bundled sample organisation and its bundled groups file.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var groups = new Option<string?>("--groups")
        {
            Description = "The employees' groups by attribute, kept apart from the snapshot: CSV (employeeId,attribute,…) or JSON ({\"e-001\":{\"gender\":\"woman\"}}); required with a snapshot.",
            HelpName = "FILE",
        };
        var asOf = new Option<string?>(AsOfDate.OptionName) { Description = "The date to evaluate as of (uuuu-MM-dd); defaults to the snapshot's organization.referenceDate.", HelpName = "DATE" };
        var parameters = new Option<string?>("--params") { Description = "A JSON parameter file overriding the packs' defaults.", HelpName = "FILE" };
        var format = FormatOption.Create("fairness", "The output format: table (for a terminal), json, or html (one self-contained page with charts).", "table", "json", "html");
        var minimum = new Option<int>("--min-group-size")
        {
            Description = "Groups smaller than this are suppressed: their figures are not shown (privacy; too few to mean anything).",
            DefaultValueFactory = _ => FairnessOptions.DefaultMinimumGroupSize,
            HelpName = "N",
        };
        minimum.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var n && n is < 1 or > 1_000_000)
            {
                result.AddError($"--min-group-size: {n} is out of range; it must be between 1 and 1,000,000");
            }
        });
        var width = WidthOption.Create();
        var command = new Command("fairness", "Checks whether decisions and ratings treat groups alike: selection rates, impact ratios, the four-fifths rule and significance tests per decision kind; rating distributions and calibration shifts per group.")
        {
            snapshot, groups, asOf, parameters, format, minimum, width,
        };
        command.SetAction(parse =>
        {
            var asOfText = parse.GetValue(asOf);
            if (asOfText is not null)
            {
                _ = AsOfDate.Parse(asOfText);
            }

            var snapshotPath = parse.GetValue(snapshot);
            var groupsPath = parse.GetValue(groups);
            if (snapshotPath is not null && groupsPath is null)
            {
                throw CliException.Usage("perfdomain fairness: --groups FILE is required with a snapshot (the labels are never part of the snapshot). See 'perfdomain fairness --help'.");
            }

            var input = SnapshotInput.Load(snapshotPath);
            var (labels, labelSource) = GroupLabelsInput.Load(groupsPath);
            var parameterInput = ParameterInput.Load(parse.GetValue(parameters));
            var date = AsOfDate.Resolve(asOfText, input);
            var run = new EvaluationInputs(input, parameterInput, date, OutputFormat.Table, RuleRuntime.PerfDomain, new PhaseProgress("fairness", TextWriter.Null, quiet: true));
            var outcome = run.Run(engine => engine.Evaluate(input.Snapshot, date, parameterInput.Parameters));
            var report = FairnessAnalysis.Analyse(input.Snapshot, outcome, labels, new FairnessOptions { MinimumGroupSize = parse.GetValue(minimum) });
            var source = new FairnessSource(input.Snapshot.OrganizationName, input.Source, labelSource, DecisionTable.PackList(run.Engine.Packs));
            switch (parse.GetValue(format))
            {
                case "json":
                    FairnessJson.Write(stdout, report, source);
                    break;
                case "html":
                    stdout.Write(FairnessHtml.Render(report, source));
                    break;
                default:
                    FairnessTable.Write(stdout, report, source, terminal.WithWidth(parse.GetValue(width)));
                    break;
            }

            stdout.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
