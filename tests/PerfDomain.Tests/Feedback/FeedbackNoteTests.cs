using System.ComponentModel;
using PerfDomain.Feedback;
using PerfDomain.Feedback.Events;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Feedback;

public sealed class FeedbackNoteTests
{
    private static readonly FeedbackNoteId Id = new("fb-1");

    [Theory]
    [InlineData(FeedbackDirection.Downward)]
    [InlineData(FeedbackDirection.Upward)]
    [InlineData(FeedbackDirection.Peer)]
    public void Give_OtherDirectionAboutSomeoneElse_IsAcceptedAndRecorded(FeedbackDirection direction)
    {
        var note = FeedbackNote.Give(Id, Bob, Alice, direction, D(2026, 3, 1), "Great demo");

        Assert.Equal((Id, Bob, Alice, direction, D(2026, 3, 1), "Great demo"), (note.Id, note.FromId, note.AboutId, note.Direction, note.Date, note.Text));
        Assert.Equal(new FeedbackGiven(Id, Bob, Alice, direction, D(2026, 3, 1)), DomainAssert.SingleEvent<FeedbackGiven>(note));
    }

    [Fact]
    public void Give_SelfAboutOneself_IsAccepted()
    {
        Assert.Equal(FeedbackDirection.Self, FeedbackNote.Give(Id, Alice, Alice, FeedbackDirection.Self, Jan1, "I improved").Direction);
    }

    [Fact]
    public void Give_SelfAboutSomeoneElse_ThrowsNamingBoth()
    {
        DomainAssert.Violates("feedback.direction", () => FeedbackNote.Give(Id, Alice, Bob, FeedbackDirection.Self, Jan1, "x"), "'fb-1'", "self feedback", "'e-alice'", "'e-bob'");
    }

    [Theory]
    [InlineData(FeedbackDirection.Downward)]
    [InlineData(FeedbackDirection.Upward)]
    [InlineData(FeedbackDirection.Peer)]
    public void Give_OtherDirectionAboutOneself_ThrowsSuggestingSelf(FeedbackDirection direction)
    {
        DomainAssert.Violates("feedback.direction", () => FeedbackNote.Give(Id, Alice, Alice, direction, Jan1, "x"), "'fb-1'", direction.ToString(), "'e-alice'", "use Self");
    }

    [Fact]
    public void Give_UndefinedDirection_ThrowsInvalidEnum()
    {
        DomainAssert.Argument<InvalidEnumArgumentException>("direction", () => FeedbackNote.Give(Id, Bob, Alice, (FeedbackDirection)9, Jan1, "x"));
    }

    [Fact]
    public void Give_BadTextOrIds_Throw()
    {
        DomainAssert.Argument<ArgumentException>("text", () => FeedbackNote.Give(Id, Bob, Alice, FeedbackDirection.Peer, Jan1, ""));
        DomainAssert.Argument<ArgumentException>("text", () => FeedbackNote.Give(Id, Bob, Alice, FeedbackDirection.Peer, Jan1, new string('t', 4001)), "4000");
        DomainAssert.Argument<ArgumentException>("id", () => FeedbackNote.Give(default, Bob, Alice, FeedbackDirection.Peer, Jan1, "x"));
        DomainAssert.Argument<ArgumentException>("fromId", () => FeedbackNote.Give(Id, default, Alice, FeedbackDirection.Peer, Jan1, "x"));
        DomainAssert.Argument<ArgumentException>("aboutId", () => FeedbackNote.Give(Id, Bob, default, FeedbackDirection.Peer, Jan1, "x"));
    }

    [Fact]
    public void ToString_NamesDirectionPeopleAndDate()
    {
        Assert.Equal("fb-1: Peer from e-bob about e-alice on 2026-01-01", FeedbackNote.Give(Id, Bob, Alice, FeedbackDirection.Peer, Jan1, "x").ToString());
    }
}
