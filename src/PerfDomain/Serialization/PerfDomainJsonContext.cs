using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Serialization;

/// <summary>
/// Source-generated JSON metadata of PerfDomain's wire types — every domain event (as <see cref="IDomainEvent"/>, with
/// its <c>"type"</c> member, and as its own type), lists of events and every id — for trimmed and native AOT hosts.
/// </summary>
/// <remarks>
/// <para>
/// <c>JsonSerializer.Serialize(domainEvent, PerfDomainJsonContext.Default.IDomainEvent)</c> writes what
/// <see cref="PerfDomainJson.Options"/> writes, with one difference: characters outside ASCII are escaped
/// (<c>"Hern\u00E1ndez"</c>), System.Text.Json's default, as source-generation options cannot choose another encoder.
/// Both read either form. Combine it with a host's own context through
/// <c>JsonTypeInfoResolver.Combine(PerfDomainJsonContext.Default, HostJsonContext.Default)</c>.
/// </para>
/// <para>
/// The event types come from the <see cref="JsonDerivedTypeAttribute"/>s of <see cref="IDomainEvent"/>, the one list
/// of them; the enums of the domain have camelCase converters here, as in <see cref="PerfDomainJson.Options"/>.
/// Thread-safe.
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    Converters =
    [
        typeof(GoalOwnerJsonConverter),
        typeof(IsoLocalDateConverter),
        typeof(CamelCaseEnumConverter<EmploymentStatus>),
        typeof(CamelCaseEnumConverter<LifecycleStage>),
        typeof(CamelCaseEnumConverter<GoalLevel>),
        typeof(CamelCaseEnumConverter<FeedbackDirection>),
        typeof(CamelCaseEnumConverter<ReviewerRole>),
        typeof(CamelCaseEnumConverter<ReviewStatus>),
        typeof(CamelCaseEnumConverter<DevelopmentActionKind>),
        typeof(CamelCaseEnumConverter<DevelopmentActionStatus>),
        typeof(CamelCaseEnumConverter<DevelopmentPlanStatus>),
        typeof(CamelCaseEnumConverter<RecognitionKind>),
        typeof(CamelCaseEnumConverter<ImprovementPlanOutcome>),
        typeof(CamelCaseEnumConverter<PerfDomain.Compensation.PayPeriod>),
        typeof(CamelCaseEnumConverter<PerfDomain.TalentReview.PotentialLevel>),
    ])]
[JsonSerializable(typeof(IDomainEvent))]
[JsonSerializable(typeof(List<IDomainEvent>))]
[JsonSerializable(typeof(IReadOnlyList<IDomainEvent>))]
[JsonSerializable(typeof(IDomainEvent[]))]
[JsonSerializable(typeof(EmployeeId))]
[JsonSerializable(typeof(PerfDomain.Compensation.GradeId))]
[JsonSerializable(typeof(OrgUnitId))]
[JsonSerializable(typeof(CycleId))]
[JsonSerializable(typeof(ObjectiveId))]
[JsonSerializable(typeof(KeyResultId))]
[JsonSerializable(typeof(CheckInId))]
[JsonSerializable(typeof(FeedbackNoteId))]
[JsonSerializable(typeof(ReviewId))]
[JsonSerializable(typeof(CompetencyId))]
[JsonSerializable(typeof(DevelopmentPlanId))]
[JsonSerializable(typeof(DevelopmentActionId))]
[JsonSerializable(typeof(ImprovementPlanId))]
[JsonSerializable(typeof(RecognitionId))]
[JsonSerializable(typeof(LocalDate))]
public sealed partial class PerfDomainJsonContext : JsonSerializerContext;
