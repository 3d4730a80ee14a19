namespace PerfDomain.Tests.TestSupport;

/// <summary>
/// The contracts every value type owes its users, tested once for all, in the manner of NodaTime's
/// <c>TestHelper</c>: equality (Equals, GetHashCode, ==, !=) and ordering (CompareTo).
/// </summary>
internal static class ValueContract
{
    /// <summary>Checks Equals(T), Equals(object) and GetHashCode for a value, an equal but distinct value, and unequal values.</summary>
    public static void Equality<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        Assert.NotNull(value);
        Assert.True(value.Equals(equalValue), $"{value} should equal {equalValue}");
        Assert.True(equalValue!.Equals(value), $"{equalValue} should equal {value}");
        Assert.True(value.Equals((object?)equalValue));
        Assert.True(value.Equals(value));
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals((object?)null));
        Assert.False(value.Equals(new object()));
        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"{value} should not equal {unequal}");
            Assert.False(unequal!.Equals(value), $"{unequal} should not equal {value}");
            Assert.False(value.Equals((object?)unequal));
        }
    }

    /// <summary>Checks == and != (found by reflection, as NodaTime's TestHelper does) as well as <see cref="Equality{T}"/>.</summary>
    public static void EqualityWithOperators<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        Equality(value, equalValue, unequalValues);
        var equals = Operator<T>("op_Equality");
        var notEquals = Operator<T>("op_Inequality");
        Assert.True(equals(value, equalValue));
        Assert.False(notEquals(value, equalValue));
        foreach (var unequal in unequalValues)
        {
            Assert.False(equals(value, unequal));
            Assert.True(notEquals(value, unequal));
        }
    }

    /// <summary>Checks that CompareTo is a consistent total order on a value, an equal one, and a greater one.</summary>
    public static void Comparison<T>(T value, T equalValue, T greaterValue)
        where T : IComparable<T>
    {
        Assert.Equal(0, value.CompareTo(equalValue));
        Assert.Equal(0, equalValue.CompareTo(value));
        Assert.True(value.CompareTo(greaterValue) < 0, $"{value} should sort before {greaterValue}");
        Assert.True(greaterValue.CompareTo(value) > 0, $"{greaterValue} should sort after {value}");
        Assert.Equal(0, value.CompareTo(value));
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)]);
        Assert.True(method is not null, $"{typeof(T).Name} has no {name}");
        return (a, b) => (bool)method.Invoke(null, [a, b])!;
    }
}
