using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PerfDomain.Tests.Consistency;

/// <summary>Codebase-wide rules, enforced by reflection over the PerfDomain assembly.</summary>
public sealed partial class CodebaseConsistencyTests
{
    private static readonly Assembly Domain = typeof(AggregateRoot).Assembly;

    public static TheoryData<Type> DomainEventTypes() => [.. Implementations(typeof(IDomainEvent))];

    public static TheoryData<Type> EntityIdTypes() =>
        [.. Domain.GetTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityId<>)))];

    public static TheoryData<Type> AggregateTypes() => [.. Domain.GetTypes().Where(t => t.IsSubclassOf(typeof(AggregateRoot)))];

    [Fact]
    public void DomainEvents_AllKnownOnesAreFound()
    {
        // Guards the theories below against silently testing nothing.
        Assert.True(DomainEventTypes().Count >= 25, $"found only {DomainEventTypes().Count} event types");
        Assert.True(EntityIdTypes().Count >= 13, $"found only {EntityIdTypes().Count} id types");
        Assert.True(AggregateTypes().Count >= 9, $"found only {AggregateTypes().Count} aggregates");
    }

    [Theory]
    [MemberData(nameof(DomainEventTypes))]
    public void DomainEvent_IsPublicSealedRecord(Type type)
    {
        Assert.True(type.IsPublic, $"{type.Name} is not public");
        Assert.True(type.IsClass && type.IsSealed, $"{type.Name} is not a sealed class");
        Assert.True(type.GetMethod("<Clone>$") is not null, $"{type.Name} is not a record");
    }

    [Theory]
    [MemberData(nameof(DomainEventTypes))]
    public void DomainEvent_HasPastTenseName(Type type)
    {
        Assert.Matches(PastTense(), type.Name);
    }

    [Theory]
    [MemberData(nameof(DomainEventTypes))]
    public void DomainEvent_IsImmutable(Type type)
    {
        // Positional records get init accessors: they allow 'with' copies but never change an instance.
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            Assert.True(setter is null || IsInitOnly(setter), $"{type.Name}.{property.Name} has a mutable setter");
        }

        Assert.All(InstanceFields(type), f => Assert.True(f.IsInitOnly, $"{type.Name}.{f.Name} is not readonly"));
    }

    [Theory]
    [MemberData(nameof(DomainEventTypes))]
    public void DomainEvent_LivesInAnEventsNamespaceAndHasOccurredOn(Type type)
    {
        Assert.EndsWith(".Events", type.Namespace, StringComparison.Ordinal);
        Assert.Equal(typeof(NodaTime.LocalDate), type.GetProperty(nameof(IDomainEvent.OccurredOn))!.PropertyType);
    }

    [Theory]
    [MemberData(nameof(EntityIdTypes))]
    public void EntityId_IsReadOnlyStructImplementingItsOwnInterface(Type type)
    {
        Assert.True(type.IsValueType, $"{type.Name} is not a struct");
        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false), $"{type.Name} is not a readonly struct");
        Assert.Contains(typeof(IEntityId<>).MakeGenericType(type), type.GetInterfaces());
        Assert.All(InstanceFields(type), f => Assert.True(f.IsInitOnly, $"{type.Name}.{f.Name} is not readonly"));
        Assert.True(type.IsPublic);
        Assert.EndsWith("Id", type.Name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AggregateTypes))]
    public void Aggregate_IsSealedWithNoPublicSetters(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            Assert.True(setter is null || !(setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly), $"{type.Name}.{property.Name} can be set from outside");
        }
    }

    [Theory]
    [MemberData(nameof(AggregateTypes))]
    public void Aggregate_HasNoPublicConstructorOrItsOnlyPublicConstructorIsGuarded(Type type)
    {
        // Creation with rules goes through a named factory; GoalSet (an empty container) is the one allowed public constructor.
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (type.Name != "GoalSet")
        {
            Assert.Empty(constructors);
        }
    }

    private static IEnumerable<Type> Implementations(Type contract) =>
        Domain.GetTypes().Where(t => contract.IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract);

    private static IEnumerable<FieldInfo> InstanceFields(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    [GeneratedRegex("^[A-Z][A-Za-z]*(ed|Given|Held)$")]
    private static partial Regex PastTense();
}
