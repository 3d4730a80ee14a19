using System.Globalization;
using System.Text;
using PerfDomain.Fuzz.Fuzzing;

// The long fuzzing campaign of the snapshot and parameter readers (docs/fuzzing.md):
//   dotnet run -c Release --project tools/PerfDomain.Fuzz -- --cases 1000000 --seed 1
// Exit code 0 when nothing was found, 1 when something was, 2 on bad usage, 3 when a case hangs.
// The runtime's heap is capped (PerfDomain.Fuzz.csproj), so that a case whose memory runs away fails
// with an OutOfMemoryException, reported as a finding, instead of taking the machine's memory.
const string Usage = """
    perfdomain-fuzz [--cases N] [--seed S] [--first I] [--threads T] [--sample-percent P] [--parameters-percent P]
                    [--max-findings N] [--templates N] [--report FILE] [--case I [--out FILE]]

      --cases N               cases to run (10,000)
      --seed S                the seed of every choice (1); case I of seed S is the same input anywhere
      --first I               the first case's index (0)
      --threads T             threads running cases (1)
      --sample-percent P      share of cases mutating the 650 KB sample (8)
      --parameters-percent P  share of cases mutating a parameter file (10)
      --max-findings N        stop after N findings (20)
      --hang-seconds S        stop, naming the case, when one case runs longer than S seconds (120; 0 never)
      --templates N           list the N most frequent kinds of refusal (0)
      --report FILE           write the summary, every finding and every kind of refusal to FILE
      --case I                run case I alone, print what it is and what happened
      --out FILE              with --case: write the case's input to FILE
    """;

var options = new FuzzOptions { HangSeconds = 120 };
long? single = null;
string? outFile = null;
string? reportFile = null;
var templatesShown = 0;
try
{
    for (var i = 0; i < args.Length; i++)
    {
        var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
        switch (args[i])
        {
            case "--cases":
                options = options with { Cases = long.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--seed":
                options = options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--first":
                options = options with { First = long.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--threads":
                options = options with { Threads = int.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--sample-percent":
                options = options with { SamplePercent = int.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--parameters-percent":
                options = options with { ParametersPercent = int.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--max-findings":
                options = options with { MaxFindings = int.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--hang-seconds":
                options = options with { HangSeconds = int.Parse(value, CultureInfo.InvariantCulture) };
                break;
            case "--templates":
                templatesShown = int.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "--report":
                reportFile = value;
                break;
            case "--case":
                single = long.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "--out":
                outFile = value;
                break;
            default:
                throw new ArgumentException($"unknown option {args[i]}.");
        }

        i++;
    }
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

var corpus = Corpus.Load(Corpus.DefaultDirectory());
var oracle = new Oracle(corpus.SampleSnapshot);

if (single is { } index)
{
    var fuzzCase = FuzzRunner.Make(corpus, options, index, out var rng);
    var outcome = oracle.Check(fuzzCase.Seed.Kind, fuzzCase.Input, rng);
    Console.WriteLine($"case {index} of seed {options.Seed}: {fuzzCase.Seed.Name}");
    foreach (var mutation in fuzzCase.Mutations)
    {
        Console.WriteLine($"  mutation: {mutation}");
    }

    Console.WriteLine($"  {outcome.Verdict}{(outcome.Stage is null ? string.Empty : " at " + outcome.Stage)}: {outcome.Problem ?? outcome.Reason ?? "accepted"}");
    Console.WriteLine($"  input {fuzzCase.Excerpt(4000)}");
    if (outFile is not null)
    {
        File.WriteAllBytes(outFile, fuzzCase.Input);
        Console.WriteLine($"  input written to {outFile}");
    }

    return outcome.Verdict == Verdict.Finding ? 1 : 0;
}

Console.Error.WriteLine($"corpus: {string.Join(", ", corpus.Snapshots.Concat(corpus.Parameters))}");
var report = FuzzRunner.Run(corpus, oracle, options, line => Console.Error.WriteLine(line), (index, time) =>
{
    // A case that never ends cannot be stopped in-process: name it, and stop the run.
    Console.Error.WriteLine($"case {index} of seed {options.Seed} has run for {time.TotalSeconds:N0} s: a hang (again: --seed {options.Seed} --case {index})");
    Environment.Exit(3);
});
Console.WriteLine(report.Summary(findingsShown: 5, templatesShown));
if (reportFile is not null)
{
    var text = new StringBuilder(report.Summary(findingsShown: int.MaxValue, templatesShown: int.MaxValue));
    text.AppendLine().AppendLine("every distinct reason, with its count:");
    foreach (var (reason, count) in report.Reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"  {count,9:N0}  {reason}");
    }

    File.WriteAllText(reportFile, text.ToString());
}

return report.Findings.Count == 0 ? 0 : 1;
