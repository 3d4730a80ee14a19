using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotAssembler
{
    private static CheckIn AssembleCheckIn(CheckInDocument document, SnapshotPath path)
    {
        var participants = Required(document.Participants, path.Field("participants"))
            .Select((p, i) => Id<EmployeeId>(p, path.Field("participants")[i]))
            .ToList();
        var progress = Items(document.Progress, path.Field("progress"), (note, at) => new KeyResultProgressNote(
            Id<KeyResultId>(note.KeyResultId, at.Field("keyResultId")),
            Required(note.Value, at.Field("value")),
            note.Confidence));
        var checkIn = CheckIn.Record(
            Id<CheckInId>(document.Id, path.Field("id")),
            Id<EmployeeId>(document.EmployeeId, path.Field("employeeId")),
            Required(document.Date, path.Field("date")),
            participants,
            progress,
            document.Summary);
        checkIn.ClearDomainEvents();
        return checkIn;
    }

    private static FeedbackNote AssembleFeedbackNote(FeedbackNoteDocument document, SnapshotPath path)
    {
        var note = FeedbackNote.Give(
            Id<FeedbackNoteId>(document.Id, path.Field("id")),
            Id<EmployeeId>(document.FromId, path.Field("fromId")),
            Id<EmployeeId>(document.AboutId, path.Field("aboutId")),
            Required(document.Direction, path.Field("direction")),
            Required(document.Date, path.Field("date")),
            Text(document.Text, path.Field("text")));
        note.ClearDomainEvents();
        return note;
    }
}
