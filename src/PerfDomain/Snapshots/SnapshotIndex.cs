using System.Collections.Immutable;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots;

/// <summary>
/// What <see cref="OrganizationSnapshot.With(AggregateRoot[])"/> needs to find a changed aggregate's
/// place and the aggregates whose validity depends on it: positions by id, and per employee the
/// positions of everything about them. Built once per chain of updates (O(N)), then carried from
/// snapshot to snapshot, copying only the maps an update changes.
/// </summary>
/// <remarks>Never changed once published; an update makes a new index.</remarks>
internal sealed class SnapshotIndex
{
    /// <summary>A line count that is not known to have been validated (see <see cref="LineCounts"/>).</summary>
    public const int Unknown = -1;

    public required IReadOnlyDictionary<OrgUnitId, int> Units { get; init; }

    public required IReadOnlyDictionary<CycleId, int> Cycles { get; init; }

    public required IReadOnlyDictionary<(CycleId, EmployeeId), int> Records { get; init; }

    /// <summary>Gets the cycle whose goal set holds each objective.</summary>
    public required IReadOnlyDictionary<ObjectiveId, CycleId> Objectives { get; init; }

    /// <summary>Gets the cycle whose goal set holds each key result.</summary>
    public required IReadOnlyDictionary<KeyResultId, CycleId> KeyResults { get; init; }

    public required IReadOnlyDictionary<CheckInId, int> CheckIns { get; init; }

    public required IReadOnlyDictionary<FeedbackNoteId, int> FeedbackNotes { get; init; }

    public required IReadOnlyDictionary<ReviewId, int> Reviews { get; init; }

    public required IReadOnlyDictionary<DevelopmentPlanId, int> DevelopmentPlans { get; init; }

    public required IReadOnlyDictionary<RecognitionId, int> Recognitions { get; init; }

    public required IReadOnlyDictionary<ImprovementPlanId, int> ImprovementPlans { get; init; }

    public required IReadOnlyDictionary<EmployeeId, int[]> RecordsOf { get; init; }

    public required IReadOnlyDictionary<EmployeeId, int[]> CheckInsOf { get; init; }

    /// <summary>Gets the notes each employee gave or received.</summary>
    public required IReadOnlyDictionary<EmployeeId, int[]> NotesOf { get; init; }

    /// <summary>Gets the reviews of each employee (as the one reviewed).</summary>
    public required IReadOnlyDictionary<EmployeeId, int[]> ReviewsOf { get; init; }

    public required IReadOnlyDictionary<EmployeeId, int[]> DevelopmentPlansOf { get; init; }

    public required IReadOnlyDictionary<EmployeeId, int[]> RecognitionsOf { get; init; }

    public required IReadOnlyDictionary<EmployeeId, int[]> ImprovementPlansOf { get; init; }

    /// <summary>Gets the positions of the employees who ever reported to each manager, at any date.</summary>
    public required IReadOnlyDictionary<EmployeeId, int[]> ReportsEver { get; init; }

    /// <summary>
    /// Gets how many reporting lines each employee had when the snapshot was validated. Reporting
    /// lines are only ever appended, so an employee changed in place has new lines exactly when the
    /// count differs.
    /// </summary>
    public required IReadOnlyDictionary<EmployeeId, int> LineCounts { get; init; }

    /// <summary>Gets the snapshot's employee positions, as a persistent map that updates can write.</summary>
    public required IReadOnlyDictionary<EmployeeId, int> EmployeePositions { get; init; }

    /// <summary>Gets the snapshot's goal set positions, as a persistent map that updates can write.</summary>
    public required IReadOnlyDictionary<CycleId, int> GoalSetPositions { get; init; }

    /// <summary>Gets the snapshot's current direct reports' positions, as a persistent map that updates can write.</summary>
    public required IReadOnlyDictionary<EmployeeId, int[]> DirectReportPositions { get; init; }

    /// <summary>
    /// Gets whether building the index met duplicate ids, which only an aggregate changed in place
    /// behind the snapshot's back can cause: updates then validate in full.
    /// </summary>
    public bool Suspect { get; init; }

    /// <summary>Builds the index of a snapshot from its aggregates as they are now.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="changing">
    /// The aggregates about to be applied: they may have been changed in place since the snapshot was
    /// validated, so their line counts are recorded as <see cref="Unknown"/>.
    /// </param>
    public static SnapshotIndex Build(OrganizationSnapshot snapshot, IEnumerable<AggregateRoot> changing)
    {
        var suspect = false;
        var objectives = new Dictionary<ObjectiveId, CycleId>();
        var keyResults = new Dictionary<KeyResultId, CycleId>();
        foreach (var set in snapshot.GoalSets)
        {
            foreach (var objective in set.Objectives)
            {
                suspect |= !objectives.TryAdd(objective.Id, set.CycleId);
                foreach (var keyResult in objective.KeyResults)
                {
                    suspect |= !keyResults.TryAdd(keyResult.Id, set.CycleId);
                }
            }
        }

        var lineCounts = new Dictionary<EmployeeId, int>(snapshot.Employees.Count);
        foreach (var employee in snapshot.Employees)
        {
            lineCounts[employee.Id] = employee.ReportingLines.Count;
        }

        foreach (var employee in changing.OfType<Employee>())
        {
            lineCounts[employee.Id] = Unknown;
        }

        return new SnapshotIndex
        {
            Units = Persistent(Positions(snapshot.OrgUnits, u => u.Id, ref suspect)),
            Cycles = Persistent(Positions(snapshot.Cycles, c => c.Id, ref suspect)),
            Records = Persistent(Positions(snapshot.CycleRecords, r => (r.CycleId, r.EmployeeId), ref suspect)),
            Objectives = Persistent(objectives),
            KeyResults = Persistent(keyResults),
            CheckIns = Persistent(Positions(snapshot.CheckIns, c => c.Id, ref suspect)),
            FeedbackNotes = Persistent(Positions(snapshot.FeedbackNotes, n => n.Id, ref suspect)),
            Reviews = Persistent(Positions(snapshot.Reviews, r => r.Id, ref suspect)),
            DevelopmentPlans = Persistent(Positions(snapshot.DevelopmentPlans, p => p.Id, ref suspect)),
            Recognitions = Persistent(Positions(snapshot.Recognitions, r => r.Id, ref suspect)),
            ImprovementPlans = Persistent(Positions(snapshot.ImprovementPlans, p => p.Id, ref suspect)),
            RecordsOf = Persistent(PositionSets.Group<CycleRecord, EmployeeId>(snapshot.CycleRecords, (r, k) => k.Add(r.EmployeeId))),
            CheckInsOf = Persistent(PositionSets.Group<CheckIn, EmployeeId>(snapshot.CheckIns, (c, k) => k.Add(c.EmployeeId))),
            NotesOf = Persistent(PositionSets.Group<FeedbackNote, EmployeeId>(snapshot.FeedbackNotes, NoteKeys)),
            ReviewsOf = Persistent(PositionSets.Group<Review, EmployeeId>(snapshot.Reviews, (r, k) => k.Add(r.EmployeeId))),
            DevelopmentPlansOf = Persistent(PositionSets.Group<DevelopmentPlan, EmployeeId>(snapshot.DevelopmentPlans, (p, k) => k.Add(p.EmployeeId))),
            RecognitionsOf = Persistent(PositionSets.Group<Recognition, EmployeeId>(snapshot.Recognitions, (r, k) => k.Add(r.EmployeeId))),
            ImprovementPlansOf = Persistent(PositionSets.Group<ImprovementPlan, EmployeeId>(snapshot.ImprovementPlans, (p, k) => k.Add(p.EmployeeId))),
            ReportsEver = Persistent(PositionSets.Group<Employee, EmployeeId>(snapshot.Employees, ManagerKeys)),
            LineCounts = Persistent(lineCounts),
            EmployeePositions = Persistent(snapshot.EmployeePositions),
            GoalSetPositions = Persistent(snapshot.GoalSetPositions),
            DirectReportPositions = Persistent(snapshot.DirectReportPositions),
            Suspect = suspect,
        };
    }

    // Built once per chain of updates: each update then writes O(log n) entries instead of copying a map.
    private static ImmutableDictionary<TKey, TValue> Persistent<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> map)
        where TKey : notnull =>
        map as ImmutableDictionary<TKey, TValue> ?? map.ToImmutableDictionary();

    public static void NoteKeys(FeedbackNote note, List<EmployeeId> keys)
    {
        keys.Add(note.FromId);
        if (note.AboutId != note.FromId)
        {
            keys.Add(note.AboutId);
        }
    }

    /// <summary>Every manager an employee ever had, each once.</summary>
    public static void ManagerKeys(Employee employee, List<EmployeeId> keys)
    {
        foreach (var line in employee.ReportingLines)
        {
            if (line.ManagerId is { } manager && !keys.Contains(manager))
            {
                keys.Add(manager);
            }
        }
    }

    private static Dictionary<TKey, int> Positions<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, ref bool suspect)
        where TKey : notnull
    {
        var positions = new Dictionary<TKey, int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            suspect |= !positions.TryAdd(key(items[i]), i);
        }

        return positions;
    }
}
