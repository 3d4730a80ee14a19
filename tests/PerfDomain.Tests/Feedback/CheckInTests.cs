using PerfDomain.Feedback;
using PerfDomain.Feedback.Events;
using PerfDomain.Goals;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Feedback;

public sealed class CheckInTests
{
    private static readonly CheckInId Id = new("ci-1");
    private static readonly KeyResultId Kr1 = new("kr-1");
    private static readonly KeyResultId Kr2 = new("kr-2");

    [Fact]
    public void Record_Valid_KeepsEverythingAndRecordsCheckInRecorded()
    {
        var checkIn = CheckIn.Record(Id, Alice, D(2026, 2, 3), [Bob, Carol], [new KeyResultProgressNote(Kr1, 4, 7), new KeyResultProgressNote(Kr2, 1)], "On track");

        Assert.Equal(Id, checkIn.Id);
        Assert.Equal(Alice, checkIn.EmployeeId);
        Assert.Equal(D(2026, 2, 3), checkIn.Date);
        Assert.Equal([Bob, Carol], checkIn.Participants);
        Assert.Equal([new KeyResultProgressNote(Kr1, 4, 7), new KeyResultProgressNote(Kr2, 1, null)], checkIn.Progress);
        Assert.Equal("On track", checkIn.Summary);
        Assert.Equal(new CheckInRecorded(Id, Alice, D(2026, 2, 3)), DomainAssert.SingleEvent<CheckInRecorded>(checkIn));
    }

    [Fact]
    public void Record_WithoutProgressOrSummary_HasNone()
    {
        var checkIn = CheckIn.Record(Id, Alice, Jan1, [Bob]);

        Assert.Empty(checkIn.Progress);
        Assert.Null(checkIn.Summary);
    }

    [Fact]
    public void Record_NoParticipants_ThrowsNamingCheckInAndEmployee()
    {
        DomainAssert.Argument<ArgumentException>("participants", () => CheckIn.Record(Id, Alice, Jan1, []), "'ci-1'", "'e-alice'", "at least one");
    }

    [Fact]
    public void Record_EmployeeAmongParticipants_Throws()
    {
        DomainAssert.Argument<ArgumentException>("participants", () => CheckIn.Record(Id, Alice, Jan1, [Bob, Alice]), "'e-alice'", "among the other participants");
    }

    [Fact]
    public void Record_ParticipantTwice_Throws()
    {
        DomainAssert.Argument<ArgumentException>("participants", () => CheckIn.Record(Id, Alice, Jan1, [Bob, Bob]), "'ci-1'", "twice");
    }

    [Fact]
    public void Record_TwoNotesOnOneKeyResult_Throws()
    {
        DomainAssert.Argument<ArgumentException>("progress", () => CheckIn.Record(Id, Alice, Jan1, [Bob], [new(Kr1, 1), new(Kr1, 2)]), "'ci-1'", "twice");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Record_ConfidenceAtBounds_IsAccepted(int confidence)
    {
        Assert.Equal(confidence, CheckIn.Record(Id, Alice, Jan1, [Bob], [new(Kr1, 1, confidence)]).Progress[0].Confidence);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Record_ConfidenceOutOfRange_ThrowsNamingKeyResultAndConfidence(int confidence)
    {
        DomainAssert.Argument<ArgumentException>("progress", () => CheckIn.Record(Id, Alice, Jan1, [Bob], [new(Kr1, 1, confidence)]), "'kr-1'", $"confidence of {confidence}", "0 to 10");
    }

    [Fact]
    public void Record_BlankOrLongSummary_Throws()
    {
        DomainAssert.Argument<ArgumentException>("summary", () => CheckIn.Record(Id, Alice, Jan1, [Bob], summary: " "));
        DomainAssert.Argument<ArgumentException>("summary", () => CheckIn.Record(Id, Alice, Jan1, [Bob], summary: new string('s', 4001)), "4000", "4001");
        Assert.Equal(4000, CheckIn.Record(Id, Alice, Jan1, [Bob], summary: new string('s', 4000)).Summary!.Length);
    }

    [Fact]
    public void Record_BadIdsOrNullParticipants_Throw()
    {
        DomainAssert.Argument<ArgumentException>("id", () => CheckIn.Record(default, Alice, Jan1, [Bob]), "CheckInId");
        DomainAssert.Argument<ArgumentException>("employeeId", () => CheckIn.Record(Id, default, Jan1, [Bob]), "EmployeeId");
        DomainAssert.Argument<ArgumentNullException>("participants", () => CheckIn.Record(Id, Alice, Jan1, null!));
        DomainAssert.Argument<ArgumentException>("participants", () => CheckIn.Record(Id, Alice, Jan1, [Bob, default]), "EmployeeId");
        DomainAssert.Argument<ArgumentNullException>("progress", () => CheckIn.Record(Id, Alice, Jan1, [Bob], [null!]));
        DomainAssert.Argument<ArgumentException>("progress", () => CheckIn.Record(Id, Alice, Jan1, [Bob], [new(default, 1)]), "KeyResultId");
    }

    [Fact]
    public void Participants_AreACopyOfTheInput()
    {
        var list = new List<PerfDomain.Employees.EmployeeId> { Bob };
        var checkIn = CheckIn.Record(Id, Alice, Jan1, list);

        list.Add(Carol);

        Assert.Equal([Bob], checkIn.Participants);
    }

    [Fact]
    public void ToString_NamesIdEmployeeAndDate()
    {
        Assert.Equal("ci-1: e-alice on 2026-01-01", CheckIn.Record(Id, Alice, Jan1, [Bob]).ToString());
    }
}
