using System.ComponentModel;
using PerfDomain.Consequences;
using PerfDomain.Consequences.Events;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Consequences;

public sealed class RecognitionTests
{
    private static readonly RecognitionId Id = new("rec-1");

    [Theory]
    [InlineData(RecognitionKind.Recognition)]
    [InlineData(RecognitionKind.BonusEligibility)]
    [InlineData(RecognitionKind.PromotionNomination)]
    public void Grant_BySomeoneElse_KeepsValuesAndRecordsGranted(RecognitionKind kind)
    {
        var recognition = Recognition.Grant(Id, Alice, kind, Cycle2026, Bob, D(2026, 12, 15), "Outstanding year");

        Assert.Equal((Id, Alice, kind, Bob, D(2026, 12, 15), "Outstanding year"), (recognition.Id, recognition.EmployeeId, recognition.Kind, recognition.GrantedBy, recognition.GrantedOn, recognition.Reason));
        Assert.Equal(Cycle2026, recognition.CycleId);
        Assert.Equal(new RecognitionGranted(Id, Alice, kind, D(2026, 12, 15)), DomainAssert.SingleEvent<RecognitionGranted>(recognition));
    }

    [Fact]
    public void Grant_WithoutCycle_IsAccepted()
    {
        Assert.Null(Recognition.Grant(Id, Alice, RecognitionKind.Recognition, null, Bob, Jan1, "Thanks").CycleId);
    }

    [Fact]
    public void Grant_ToOneself_ThrowsNamingEmployee()
    {
        DomainAssert.Violates("recognition.self", () => Recognition.Grant(Id, Alice, RecognitionKind.BonusEligibility, null, Alice, Jan1, "Me"), "'e-alice'", "'rec-1'");
    }

    [Fact]
    public void Grant_BadArguments_Throw()
    {
        DomainAssert.Argument<ArgumentException>("id", () => Recognition.Grant(default, Alice, RecognitionKind.Recognition, null, Bob, Jan1, "x"), "RecognitionId");
        DomainAssert.Argument<ArgumentException>("employeeId", () => Recognition.Grant(Id, default, RecognitionKind.Recognition, null, Bob, Jan1, "x"));
        DomainAssert.Argument<ArgumentException>("cycleId", () => Recognition.Grant(Id, Alice, RecognitionKind.Recognition, default(PerfDomain.Cycles.CycleId), Bob, Jan1, "x"), "CycleId");
        DomainAssert.Argument<ArgumentException>("grantedBy", () => Recognition.Grant(Id, Alice, RecognitionKind.Recognition, null, default, Jan1, "x"));
        DomainAssert.Argument<InvalidEnumArgumentException>("kind", () => Recognition.Grant(Id, Alice, (RecognitionKind)3, null, Bob, Jan1, "x"));
        DomainAssert.Argument<ArgumentException>("reason", () => Recognition.Grant(Id, Alice, RecognitionKind.Recognition, null, Bob, Jan1, " "));
        DomainAssert.Argument<ArgumentException>("reason", () => Recognition.Grant(Id, Alice, RecognitionKind.Recognition, null, Bob, Jan1, new string('r', 2001)), "2000", "2001");
        Assert.Equal(2000, Recognition.Grant(Id, Alice, RecognitionKind.Recognition, null, Bob, Jan1, new string('r', 2000)).Reason.Length);
    }

    [Fact]
    public void ToString_NamesKindEmployeeAndDate()
    {
        Assert.Equal("rec-1: PromotionNomination for e-alice on 2026-01-01", Recognition.Grant(Id, Alice, RecognitionKind.PromotionNomination, null, Bob, Jan1, "x").ToString());
    }
}
