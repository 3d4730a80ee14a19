using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotJsonParser
{
    /// <summary>
    /// Reads the element the reader is on with its <see cref="DocumentReaders"/> reader, in one pass, when that
    /// reader can: it gives up on an element that does not end in the buffer, holds anything it does not read,
    /// or might go over a limit (<see cref="DocumentLimits"/>). False leaves the element to the parser's own
    /// path (its scan for limits, then <see cref="TryReadRun"/> or one element at a time through the
    /// serializer), which reads what the hand-made readers do not and reports every problem, word for word.
    /// </summary>
    /// <returns>Whether the element was read and added; the reader is then on its last token.</returns>
    private bool TryReadDocument(ref Utf8JsonReader reader)
    {
        if (_index < _singlyUntil || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        DocumentLimits.Set(_options);
        var document = reader;
        var index = _index;
        switch (_member)
        {
            case SnapshotMember.OrgUnits when DocumentReaders.OrgUnit.TryRead(ref document) is { } orgUnit:
                reader = document;
                _assembler.AddOrgUnit(orgUnit, index);
                return true;
            case SnapshotMember.Employees when DocumentReaders.Employee.TryRead(ref document) is { } employee:
                reader = document;
                _assembler.AddEmployee(employee, index);
                return true;
            case SnapshotMember.Cycles when DocumentReaders.Cycle.TryRead(ref document) is { } cycle:
                reader = document;
                _assembler.AddCycle(cycle, index);
                return true;
            case SnapshotMember.CycleRecords when DocumentReaders.CycleRecord.TryRead(ref document) is { } record:
                reader = document;
                _assembler.AddCycleRecord(record, index);
                return true;
            case SnapshotMember.Objectives when DocumentReaders.Objective.TryRead(ref document) is { } objective:
                reader = document;
                _assembler.AddObjective(objective, index);
                return true;
            case SnapshotMember.CheckIns when DocumentReaders.CheckIn.TryRead(ref document) is { } checkIn:
                reader = document;
                _assembler.AddCheckIn(checkIn, index);
                return true;
            case SnapshotMember.FeedbackNotes when DocumentReaders.FeedbackNote.TryRead(ref document) is { } note:
                reader = document;
                _assembler.AddFeedbackNote(note, index);
                return true;
            case SnapshotMember.Reviews when DocumentReaders.Review.TryRead(ref document) is { } review:
                reader = document;
                _assembler.AddReview(review, index);
                return true;
            case SnapshotMember.DevelopmentPlans when DocumentReaders.DevelopmentPlan.TryRead(ref document) is { } plan:
                reader = document;
                _assembler.AddDevelopmentPlan(plan, index);
                return true;
            case SnapshotMember.Recognitions when DocumentReaders.Recognition.TryRead(ref document) is { } recognition:
                reader = document;
                _assembler.AddRecognition(recognition, index);
                return true;
            case SnapshotMember.ImprovementPlans when DocumentReaders.ImprovementPlan.TryRead(ref document) is { } improvementPlan:
                reader = document;
                _assembler.AddImprovementPlan(improvementPlan, index);
                return true;
            case SnapshotMember.PayRanges when DocumentReaders.PayRange.TryRead(ref document) is { } payRange:
                reader = document;
                _assembler.AddPayRange(payRange, index);
                return true;
            case SnapshotMember.Compensation when DocumentReaders.Compensation.TryRead(ref document) is { } compensation:
                reader = document;
                _assembler.AddCompensation(compensation, index);
                return true;
            case SnapshotMember.PotentialAssessments when DocumentReaders.PotentialAssessment.TryRead(ref document) is { } assessment:
                reader = document;
                _assembler.AddPotentialAssessment(assessment, index);
                return true;
            default:
                return false;
        }
    }
}
