using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotAssembler
{
    private static CycleRecord AssembleCycleRecord(CycleRecordDocument document, SnapshotPath path)
    {
        var history = RequiredList(document.History, path.Field("history"));
        var first = Required(history[0].Stage, path.Field("history")[0].Field("stage"));
        if (first != LifecycleStage.GoalSetting)
        {
            throw path.Field("history")[0].Field("stage").Error($"a cycle record opens at goalSetting, not {first}.");
        }

        var record = CycleRecord.Open(
            Id<CycleId>(document.CycleId, path.Field("cycleId")),
            Id<EmployeeId>(document.EmployeeId, path.Field("employeeId")),
            Required(history[0].EnteredOn, path.Field("history")[0].Field("enteredOn")));
        for (var i = 1; i < history.Count; i++)
        {
            var at = path.Field("history")[i];
            var stage = Required(history[i].Stage, at.Field("stage"));
            var on = Required(history[i].EnteredOn, at.Field("enteredOn"));
            Guarded(at, () => record.AdvanceTo(stage, on));
        }

        record.ClearDomainEvents();
        return record;
    }

    private PerformanceCycle AssembleCycle(CycleDocument document, SnapshotPath path)
    {
        var period = Dates(Required(document.Period, path.Field("period")), path.Field("period"));
        var windows = RequiredList(document.Windows, path.Field("windows"));
        var stageWindows = new List<StageWindow>(windows.Count);
        for (var i = 0; i < windows.Count; i++)
        {
            var at = path.Field("windows")[i];
            var start = Required(windows[i].Start, at.Field("start"));
            var end = Required(windows[i].End, at.Field("end"));
            RequireNotBefore(end, start, at.Field("end"), "the window's start");
            stageWindows.Add(new StageWindow(Required(windows[i].Stage, at.Field("stage")), new DateInterval(start, end)));
        }

        var scaleDocument = Required(document.RatingScale, path.Field("ratingScale"));
        var labels = Required(scaleDocument.Labels, path.Field("ratingScale").Field("labels"));
        var threshold = Required(scaleDocument.MeetsThreshold, path.Field("ratingScale").Field("meetsThreshold"));
        var scale = Guarded(path.Field("ratingScale"), () => new RatingScale(labels.Select((l, i) => Text(l, path.Field("ratingScale").Field("labels")[i], RatingScale.MaxLabelLength)), threshold));

        var cycle = Guarded(path, () => new PerformanceCycle(Id<CycleId>(document.Id, path.Field("id")), Text(document.Name, path.Field("name")), period, stageWindows, scale));
        _cycles.TryAdd(cycle.Id, cycle);
        return cycle;
    }

    private static DateInterval Dates(DatesDocument document, SnapshotPath path)
    {
        var start = Required(document.Start, path.Field("start"));
        var end = Required(document.End, path.Field("end"));
        RequireNotBefore(end, start, path.Field("end"), "the start");
        return new DateInterval(start, end);
    }
}
