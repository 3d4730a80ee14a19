using System.CommandLine;
using PerfDomain.Cli.Output;
using System.Globalization;
using System.Reflection;
using NRules.Fluent.Dsl;
using PerfDomain.Cli.Input;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Laws;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain check [--rules ASSEMBLY.dll] [--params FILE] [--max-test N] [--seed S]</c>.</summary>
/// <remarks>
/// Loads the built-in packs with the given parameters, plus one pack of every concrete rule class in
/// the assembly (<see cref="Assembly.LoadFrom(string)"/> and <see cref="PolicyPack.FromAssembly"/>),
/// whose parameter records are the default instances of the assembly's public types named
/// <c>…Parameters</c> that have a parameterless constructor. Runs every law of
/// <see cref="PolicyLaws.All(PolicyEngine)"/> through <see cref="PolicyLawRunner"/> and prints each
/// law's result. On a failure, writes the shrunk counterexample as a snapshot file
/// <c>check-counterexample-&lt;law&gt;.json</c> in the current directory, and prints its path, the
/// as-of date and the seed to replay. See docs/authoring-policies.md.
/// </remarks>
internal static class CheckCommand
{
    /// <summary>The number of tests per law without <c>--max-test</c>.</summary>
    public const int DefaultMaxTest = 100;

    /// <summary>The file name of a law's counterexample, before the law's name.</summary>
    public const string CounterexamplePrefix = "check-counterexample-";

    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the results go.</param>
    /// <param name="stderr">Where a one-line error goes.</param>
    /// <param name="terminal">The width the report's long lines are wrapped to.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var rules = new Option<string?>("--rules")
        {
            Description = "An assembly of your own rule classes (deriving from PolicyRule), checked together with the built-in packs; public types named …Parameters with a parameterless constructor are inserted with their defaults.",
            HelpName = "ASSEMBLY.dll",
        };
        var parameters = new Option<string?>("--params")
        {
            Description = "A JSON parameter file for the built-in packs (docs/policies.md#the-parameter-file); without it, the defaults.",
            HelpName = "FILE",
        };
        var maxTest = new Option<int>("--max-test")
        {
            Description = "How many generated organisations each law is tested on; at least 1.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultMaxTest,
        };
        maxTest.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-test must be at least 1.");
            }
        });
        var seed = new Option<int?>("--seed")
        {
            Description = "The seed of the run, to reproduce it (a failure prints the one it used); without it, a random one.",
            HelpName = "S",
        };
        var runtime = RuntimeOption.Create();
        var command = new Command("check", "Runs the policy laws (determinism, no contradictions, monotonicity in ratings, a total check-in cadence, explained decisions, batch equals incremental) over generated organisations against the built-in packs and your own; on a failure, writes the shrunk counterexample as a snapshot and prints the seed to replay.")
        {
            rules,
            parameters,
            maxTest,
            seed,
            runtime,
        };
        command.SetAction(parse => Run(parse.GetValue(rules), parse.GetValue(parameters), parse.GetValue(maxTest), parse.GetValue(seed), stdout, stderr, runtime: RuntimeOption.Parse(parse.GetValue(runtime)), terminal: terminal));
        return command;
    }

    /// <summary>Runs the check.</summary>
    /// <param name="rulesAssembly">The path of an assembly of rule classes, or <see langword="null"/> for the built-in packs only.</param>
    /// <param name="parametersFile">The path of a parameter file for the built-in packs, or <see langword="null"/> for the defaults.</param>
    /// <param name="maxTest">How many tests per law; at least 1.</param>
    /// <param name="seed">The seed of the run, or <see langword="null"/> for a random one (printed, so the run can be repeated).</param>
    /// <param name="stdout">Where the results go.</param>
    /// <param name="stderr">Where a one-line error goes.</param>
    /// <param name="counterexampleDirectory">Where counterexample snapshots are written; <see langword="null"/> for the current directory (tests pass a temporary one).</param>
    /// <param name="runtime">The runtime that runs the rules.</param>
    /// <param name="terminal">The width long lines of the report are wrapped to; <see langword="null"/> for <see cref="Terminal.Piped"/> (100 columns).</param>
    /// <returns>
    /// <see cref="ExitCodes.Success"/> when every law held; 1 when a law failed (or was exhausted);
    /// <see cref="ExitCodes.UsageError"/> for <paramref name="maxTest"/> below 1; 1 (<see cref="ExitCodes.InputError"/>)
    /// with one line on <paramref name="stderr"/> for a missing or unloadable assembly or a bad parameter file.
    /// </returns>
    public static int Run(string? rulesAssembly, string? parametersFile, int maxTest, int? seed, TextWriter stdout, TextWriter stderr, string? counterexampleDirectory = null, RuleRuntime runtime = RuleRuntime.PerfDomain, Terminal? terminal = null)
    {
        terminal ??= Terminal.Piped;
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (maxTest < 1)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Program.ToolName} check: --max-test must be at least 1 (it is {maxTest}). See '{Program.ToolName} check --help'."));
            return ExitCodes.UsageError;
        }

        PolicyEngine engine;
        IReadOnlyList<PolicyPack> packs;
        try
        {
            var parameters = LoadParameters(parametersFile);
            var all = PolicyPacks.All.ToList();
            if (rulesAssembly is not null)
            {
                all.Add(LoadPack(rulesAssembly));
            }

            packs = all;
            engine = Build(packs, parameters, rulesAssembly, runtime);
        }
        catch (CliException ex)
        {
            stderr.WriteLine(ex.Message);
            return ex.ExitCode;
        }

        var runSeed = seed ?? Random.Shared.Next();
        var laws = PolicyLaws.All(engine);
        TextLayout.WriteWrapped(stdout, terminal.Width, string.Empty, "  ", string.Create(CultureInfo.InvariantCulture, $"Checking {laws.Count} laws, {maxTest} test(s) each, seed {runSeed}, runtime {engine.Runtime}, packs: {string.Join(", ", packs)}."));

        var failed = 0;
        foreach (var law in laws)
        {
            // One law at a time, so each line appears as soon as its law is done.
            var result = PolicyLawRunner.Check([law], maxTest, runSeed)[0];
            if (result.Passed)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{law.Name}: passed ({result.Tests} tests)"));
                continue;
            }

            failed++;
            Report(result, runSeed, counterexampleDirectory ?? Directory.GetCurrentDirectory(), stdout, terminal.Width);
        }

        stdout.WriteLine(failed == 0
            ? string.Create(CultureInfo.InvariantCulture, $"All {laws.Count} laws hold.")
            : string.Create(CultureInfo.InvariantCulture, $"{failed} of {laws.Count} laws failed; repeat with --seed {runSeed}."));
        return failed == 0 ? ExitCodes.Success : 1;
    }

    private static void Report(PolicyLawResult result, int runSeed, string directory, TextWriter stdout, int width)
    {
        var name = result.Law.Name;
        if (result.Status == PolicyLawStatus.Exhausted)
        {
            TextLayout.WriteWrapped(stdout, width, string.Empty, "  ", string.Create(CultureInfo.InvariantCulture, $"{name}: EXHAUSTED after {result.Tests} tests: {result.Message}"));
            return;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: FAILED after {result.Tests} tests and {result.Shrinks} shrinks"));
        foreach (var line in (result.Message ?? "the law failed").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            TextLayout.WriteWrapped(stdout, width, "  ", "    ", line.Trim());
        }

        if (result.Counterexample is { } snapshot)
        {
            var path = Path.Combine(Path.GetFullPath(directory), CounterexamplePrefix + FileNamePart(name) + ".json");
            File.WriteAllText(path, SnapshotWriter.Write(snapshot));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  counterexample: {path} ({snapshot.Employees.Count} employees, {snapshot.Cycles.Count} cycles)"));
        }

        if (result.CounterexampleAsOf is { } asOf)
        {
            stdout.WriteLine("  as of: " + asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  replay: --seed {runSeed} (FsCheck replay {result.Replay?.ToString() ?? "none"})"));
    }

    private static PolicyParameters LoadParameters(string? path)
    {
        var parameters = ParameterInput.Load(path).Parameters;
        try
        {
            parameters.Validate();
        }
        catch (InvalidParametersException ex)
        {
            throw CliException.Input($"{path}: {InputFile.OneLine(ex.Message)}");
        }

        return parameters;
    }

    private static PolicyPack LoadPack(string path)
    {
        InputFile.RequireExisting(path);
        try
        {
            var assembly = Assembly.LoadFrom(Path.GetFullPath(path));
            var name = assembly.GetName();
            var version = name.Version is { } v ? v.ToString(3) : "0.0.0";
            return PolicyPack.FromAssembly(name.Name ?? Path.GetFileNameWithoutExtension(path), version, $"Rule classes of {Path.GetFileName(path)}.", assembly, ParameterRecords(assembly));
        }
        catch (ReflectionTypeLoadException ex)
        {
            var first = ex.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? ex.Message;
            throw CliException.Input($"{path}: its types cannot be loaded: {InputFile.OneLine(first)}");
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException or IOException or ArgumentException or TargetInvocationException or MissingMethodException or MemberAccessException or UnauthorizedAccessException)
        {
            var message = ex is TargetInvocationException { InnerException: { } inner } ? inner.Message : ex.Message;
            throw CliException.Input($"{path}: cannot be loaded as a rule assembly: {InputFile.OneLine(message)}");
        }
    }

    // The pack's own parameter records: the defaults of its public ...Parameters types.
    private static List<object> ParameterRecords(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
                && t.Name.EndsWith("Parameters", StringComparison.Ordinal)
                && !typeof(Rule).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => Activator.CreateInstance(t)!)
            .ToList();

    private static PolicyEngine Build(IEnumerable<PolicyPack> packs, PolicyParameters parameters, string? rulesAssembly, RuleRuntime runtime)
    {
        try
        {
            var builder = PolicyEngine.CreateBuilder().UseRuntime(runtime).UseParameters(parameters);
            foreach (var pack in packs)
            {
                builder.AddPack(pack);
            }

            return builder.Build();
        }
#pragma warning disable CA1031 // A rule that cannot be compiled is bad input, reported in one line.
        catch (Exception ex) when (rulesAssembly is not null)
#pragma warning restore CA1031
        {
            throw CliException.Input($"{rulesAssembly}: its rules cannot be added or compiled: {InputFile.OneLine(ex.Message)}");
        }
    }

    private static string FileNamePart(string lawName)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(lawName.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '-' : c).ToArray());
    }
}
