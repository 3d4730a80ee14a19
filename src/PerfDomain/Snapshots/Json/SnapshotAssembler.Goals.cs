using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Goals;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotAssembler
{
    private readonly List<GoalSet> _goalSets = [];
    private readonly Dictionary<CycleId, GoalSet> _goalSetsByCycle = [];
    private readonly List<(GoalSet Set, ObjectiveId Id, ObjectiveId Parent, int Index)> _parents = [];
    private bool _objectivesAligned;

    private void AssembleObjective(ObjectiveDocument? objective, int index)
    {
        var at = ObjectivesPath[index];
        var document = Required(objective, at);
        var cycleId = Id<CycleId>(document.CycleId, at.Field("cycleId"));
        var cycle = Cycle(cycleId, at.Field("cycleId"));
        if (!_goalSetsByCycle.TryGetValue(cycleId, out var set))
        {
            set = new GoalSet(cycleId);
            _goalSetsByCycle.Add(cycleId, set);
            _goalSets.Add(set);
        }
        else if (!ReferenceEquals(_goalSets[^1], set))
        {
            // The JSON lists each cycle's objectives together, so that writing gives back the same order.
            throw at.Field("cycleId").Error($"the objectives of cycle '{cycleId}' must be listed together; another cycle's objectives come between them.");
        }

        var id = Id<ObjectiveId>(document.Id, at.Field("id"));
        var owner = Owner(document, at);
        var title = Text(document.Title, at.Field("title"));
        var weight = Required(document.Weight, at.Field("weight"));
        Guarded(at, () => set.AddObjective(id, owner, title, weight, null, cycle.Period.Start));
        if (OptionalId<ObjectiveId>(document.ParentId, at.Field("parentId")) is { } parent)
        {
            _parents.Add((set, id, parent, index));
        }

        var keyResults = document.KeyResults ?? [];
        for (var k = 0; k < keyResults.Count; k++)
        {
            var keyPath = at.Field("keyResults")[k];
            var keyResult = Required(keyResults[k], keyPath);
            var keyId = Id<KeyResultId>(keyResult.Id, keyPath.Field("id"));
            var start = Required(keyResult.Start, keyPath.Field("start"));
            var description = Text(keyResult.Description, keyPath.Field("description"));
            var target = Required(keyResult.Target, keyPath.Field("target"));
            var unit = Text(keyResult.Unit, keyPath.Field("unit"));
            Guarded(keyPath, () => set.AddKeyResult(id, keyId, description, start, target, unit, cycle.Period.Start));
            set.RestoreProgress(keyId, keyResult.Current ?? start, keyResult.LastUpdatedOn);
        }
    }

    /// <summary>Aligns objectives to their parents once every objective exists (parents may come later in the list than their children).</summary>
    private void AlignObjectivesWhenComplete()
    {
        if (_objectivesAligned || !_objectivesComplete || !_cyclesComplete)
        {
            return;
        }

        _objectivesAligned = true;
        foreach (var (set, id, parent, index) in _parents)
        {
            var at = ObjectivesPath[index].Field("parentId");
            if (set.Find(parent) is null)
            {
                throw at.Error($"unknown objective '{parent}' in cycle '{set.CycleId}'; an objective aligns only to objectives of its own cycle.");
            }

            Guarded(at, () => set.AlignTo(id, parent, _cycles[set.CycleId].Period.Start));
        }

        _parents.Clear();
        foreach (var set in _goalSets)
        {
            set.ClearDomainEvents();
        }
    }

    private static GoalOwner Owner(ObjectiveDocument document, SnapshotPath at)
    {
        var level = Required(document.Level, at.Field("level"));
        return level switch
        {
            GoalLevel.Organization when document.OwnerId is null => GoalOwner.Organization,
            GoalLevel.Organization => throw at.Field("ownerId").Error("an organisation objective has no ownerId."),
            GoalLevel.Team => GoalOwner.Team(Id<OrgUnitId>(document.OwnerId, at.Field("ownerId"))),
            _ => GoalOwner.Individual(Id<EmployeeId>(document.OwnerId, at.Field("ownerId"))),
        };
    }
}
