// Loads an organisation snapshot and prints a readable summary of it, in plain C# over the domain model.
//   dotnet run --project docs/examples/SampleOrganization -- [path/to/snapshot.json]
// The path defaults to docs/samples/sample-organization.json under the current directory.
using System.Globalization;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

const int CheckInDueDays = 37;
var path = args.Length > 0 ? args[0] : Path.Combine("docs", "samples", "sample-organization.json");
if (!File.Exists(path))
{
    Console.Error.WriteLine($"No snapshot file at '{Path.GetFullPath(path)}'.");
    return 1;
}

OrganizationSnapshot snapshot;
try
{
    snapshot = SnapshotReader.ReadFile(path);
}
catch (InvalidSnapshotException ex)
{
    Console.Error.WriteLine($"{path}: {ex.Message}");
    return 1;
}
catch (IOException ex)
{
    Console.Error.WriteLine($"Cannot read '{path}': {ex.Message}");
    return 1;
}

var today = snapshot.ReferenceDate ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
var names = snapshot.Employees.ToDictionary(e => e.Id, e => e.Name);
string Who(EmployeeId id) => $"{names[id]} ({id})";
string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

Console.WriteLine($"{snapshot.OrganizationName}, as of {Day(today)}{(snapshot.ReferenceDate is null ? " (today: the snapshot has no reference date)" : string.Empty)}");
Console.WriteLine();

// Head counts.
Console.WriteLine($"Employees: {snapshot.Employees.Count} in {snapshot.OrgUnits.Count} org units");
foreach (var status in Enum.GetValues<EmploymentStatus>())
{
    Console.WriteLine($"  {status,-11} {snapshot.Employees.Count(e => e.Status == status),3}");
}

// The management tree: the longest chain of current reporting lines among people still employed.
var chains = snapshot.Employees
    .Where(e => e.Status != EmploymentStatus.Terminated)
    .Select(e =>
    {
        var chain = new List<Employee> { e };
        while (chain[^1].ManagerId is { } manager)
        {
            chain.Add(snapshot.Employee(manager));
        }

        chain.Reverse();
        return chain;
    })
    .ToList();
var longest = chains.OrderByDescending(c => c.Count).ThenBy(c => c[^1].Id.Value, StringComparer.Ordinal).First();
var managers = snapshot.Employees.Count(e => snapshot.DirectReportsOf(e.Id).Any());
Console.WriteLine($"Management tree: {longest.Count} levels deep, {managers} people with direct reports");
Console.WriteLine($"  for example {string.Join(" → ", longest.Select(e => $"{e.Name} ({e.Role})"))}");
Console.WriteLine();

// Cycles and their stage windows.
foreach (var cycle in snapshot.Cycles.OrderBy(c => c.Period.Start))
{
    var records = snapshot.CycleRecords.Where(r => r.CycleId == cycle.Id).ToList();
    Console.WriteLine($"Cycle {cycle.Name} ({cycle.Id}): {Day(cycle.Period.Start)}..{Day(cycle.Period.End)}, {records.Count} records, scale {cycle.Scale}");
    foreach (var window in cycle.Windows)
    {
        var now = window.Dates.Contains(today) ? "  ← open today" : string.Empty;
        Console.WriteLine($"  {window.Stage,-20} {Day(window.Dates.Start)}..{Day(window.Dates.End)}{now}");
    }

    var stages = records.GroupBy(r => r.Stage).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
    Console.WriteLine($"  records by stage: {string.Join(", ", stages)}");
}

Console.WriteLine();
Console.WriteLine("Situations");

var onProbation = snapshot.Employees.Where(e => e.Status == EmploymentStatus.Probation).ToList();
Print("On probation", onProbation.Select(e => $"{Who(e.Id)}, hired {Day(e.HireDate)}"));

var onLeave = snapshot.Employees.Where(e => e.Status == EmploymentStatus.OnLeave).ToList();
Print("On leave", onLeave.Select(e => $"{Who(e.Id)}, since {Day(e.StatusHistory[^1].EffectiveOn)}"));

var plans = snapshot.ImprovementPlans.Where(p => p.IsActiveOn(today)).ToList();
Print("Improvement plan in progress", plans.Select(p =>
    $"{Who(p.EmployeeId)}, {Day(p.StartOn)}..{Day(p.EndsOn)}, checkpoints held {p.Checkpoints.Count(c => c.IsHeld)} of {p.Checkpoints.Count}"));

// Calibrated manager ratings below "meets" in two consecutive cycles.
int? Calibrated(PerformanceCycle cycle, EmployeeId employee) => snapshot.Reviews
    .Where(r => r.CycleId == cycle.Id && r.EmployeeId == employee && r.Role == ReviewerRole.Manager && r.IsCalibrated)
    .Select(r => r.OverallRating)
    .FirstOrDefault();
var ordered = snapshot.Cycles.OrderBy(c => c.Period.Start).ToList();
var lows = new List<string>();
for (var i = 1; i < ordered.Count; i++)
{
    var (before, after) = (ordered[i - 1], ordered[i]);
    foreach (var employee in snapshot.Employees)
    {
        if (Calibrated(before, employee.Id) is { } first && !before.Scale.MeetsOrAbove(first)
            && Calibrated(after, employee.Id) is { } second && !after.Scale.MeetsOrAbove(second))
        {
            lows.Add($"{Who(employee.Id)}: {first} {before.Scale[first].Label} in {before.Name}, {second} {after.Scale[second].Label} in {after.Name}");
        }
    }
}

Print("Calibrated below meets in consecutive cycles", lows);

// Check-ins overdue: people at work who have a manager, hired long enough ago, no check-in in the last 37 days.
var lastCheckIn = snapshot.CheckIns.Where(c => c.Date <= today).GroupBy(c => c.EmployeeId).ToDictionary(g => g.Key, g => g.Max(c => c.Date));
var overdue = snapshot.Employees
    .Where(e => e.Status is EmploymentStatus.Active or EmploymentStatus.Probation && e.ManagerId is not null)
    .Where(e => Period.DaysBetween(e.HireDate, today) > CheckInDueDays)
    .Where(e => !lastCheckIn.TryGetValue(e.Id, out var last) || Period.DaysBetween(last, today) > CheckInDueDays)
    .Select(e => lastCheckIn.TryGetValue(e.Id, out var last)
        ? $"{Who(e.Id)}, last check-in {Day(last)} ({Period.DaysBetween(last, today)} days ago)"
        : $"{Who(e.Id)}, no check-in since hire on {Day(e.HireDate)}");
Print($"Last check-in more than {CheckInDueDays} days ago", overdue);
return 0;

static void Print(string title, IEnumerable<string> lines)
{
    var list = lines.ToList();
    Console.WriteLine($"  {title}: {(list.Count == 0 ? "nobody" : list.Count.ToString(CultureInfo.InvariantCulture))}");
    foreach (var line in list)
    {
        Console.WriteLine($"    - {line}");
    }
}
