using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotJsonParser
{
    /// <summary>
    /// Reads the element the reader is on with its <see cref="DocumentReaders"/> reader, when it is whole in
    /// the buffer (its limits checked on the way, as for the serializer) and that reader can: false leaves it
    /// to the serializer (<see cref="TryReadRun"/>, then one element at a time), which reads what the hand-made
    /// readers do not and reports every problem, so that errors are the serializer's, word for word.
    /// </summary>
    /// <returns>Whether the element was read and added; the reader is then on its last token.</returns>
    private bool TryReadDocument(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        if (_index < _singlyUntil || reader.TokenType != JsonTokenType.StartObject || !Whole(ref reader, data, _index))
        {
            return false;
        }

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
