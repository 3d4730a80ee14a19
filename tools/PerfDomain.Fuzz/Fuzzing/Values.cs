namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>The values mutations put in: edges of every type the formats use.</summary>
internal static class Values
{
    /// <summary>Numbers as raw JSON: past every .NET type, negative, fractional, with exponents.</summary>
    public static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "2", "3", "5", "10", "11", "99", "100", "101", "1000", "-100",
        "0.5", "1.5", "2.0", "3.0", "99.5", "100.0001", "-0.0", "0.1e1", "1e0", "1e1", "1E+2", "1e2", "5e-1", "1e-7", "1e-400",
        "127", "128", "255", "256", "32767", "32768", "65535", "65536",
        "2147483646", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "1e28", "1e29", "1e100", "1e308", "1e309", "-1e309", "1.7976931348623157e308", "4.9e-324",
        "123456789012345678901234567890123456789012345678901234567890",
        "0.00000000000000000000000000001", "3.14159265358979323846264338327950288419716939937510",
    ];

    /// <summary>Dates at the edges of the calendar and of the format, and impossible ones.</summary>
    public static readonly string[] Dates =
    [
        "0001-01-01", "0001-01-02", "9999-12-31", "9999-12-20", "9999-01-01", "9998-12-31", "-0001-01-01", "+2026-01-01", "0000-01-01",
        "2026-02-30", "2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-12-32", "2026-01-00",
        "1899-12-31", "1900-01-01", "1900-01-02", "2200-12-31", "2200-12-30", "2201-01-01", "2199-12-31", "5000-06-15",
        "2026-2-3", "26-02-03", "20260203", "2026/02/03", "2026-02-03T00:00:00", "2026-02-03Z", " 2026-02-03", "2026-02-03 ",
        "２０２６-02-03", "2026-02-03\u0000", "0999-12-31", "1000-01-01", "10000-01-01", "",
    ];

    /// <summary>Periods, valid and not.</summary>
    public static readonly string[] Periods =
    [
        "P0D", "P1D", "P-1D", "P-30D", "PT1H", "PT0S", "P1DT1H", "P1Y", "P10Y", "P100Y", "P200Y", "P1000Y", "P9999Y", "P99999Y",
        "P2147483647D", "P2147483648D", "P-2147483648D", "P99999999999D", "P1000W", "P100000W", "P6M", "P1200M", "P1Y2M3W4D",
        "P", "P60", "60D", "p60d", "P60d", "P 60D", "P60D ", "P1.5D", "P1,5D", "P1E3D", "",
    ];

    /// <summary>The values of the snapshot's enums, to swap one for another.</summary>
    public static readonly Dictionary<string, string[]> Enums = new(StringComparer.Ordinal)
    {
        ["status"] = ["probation", "active", "onLeave", "terminated", "planned", "inProgress", "completed", "cancelled"],
        ["stage"] = ["goalSetting", "ongoingFeedback", "review", "developmentPlanning", "consequences", "closed"],
        ["level"] = ["individual", "team", "organization"],
        ["direction"] = ["downward", "upward", "peer", "self"],
        ["role"] = ["self", "manager", "peer", "upward"],
        ["kind"] = ["training", "coaching", "stretchAssignment", "mentoring", "recognition", "bonusEligibility", "promotionNomination"],
        ["outcome"] = ["successful", "extended", "unsuccessful"],
    };

    /// <summary>Strings that are odd for any text field.</summary>
    public static readonly string[] OddStrings =
    [
        "", " ", "   ", "\t", "\n", " padded ", "x", "null", "true", "3", "ghost", "Ünïcødé ✓", "😀", "e\u0301", "a\u0000b", "\u200b", "\uFEFF",
        "'quoted'", "\"dq\"", "back\\slash", "$.employees[0]", "<script>", "{}", "[]", "P60D", "2026-02-03",
    ];

    /// <summary>Raw JSON strings no <see cref="string"/> can hold well: lone surrogates, escapes of every kind.</summary>
    public static readonly string[] RawStrings =
    [
        "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\u0000\"", "\"\\u001f\"", "\"\\/\"", "\"\\u00e9\"", "\"\\uD83D\\uDE00\"", "\"\\u0032\\u0030\\u0032\\u0036-01-01\"",
    ];

    /// <summary>Lengths for long strings: around every limit of the formats (100, 200, 500…, 10,000).</summary>
    public static readonly int[] Lengths = [50, 51, 100, 101, 199, 200, 201, 500, 501, 1000, 1001, 2000, 2001, 4000, 4001, 9999, 10_000, 10_001, 10_050, 20_000];

    /// <summary>Member names that the formats do not have, or spell otherwise.</summary>
    public static readonly string[] UnknownMembers = ["salary", "Name", "ID", "id ", "", " ", "$type", "__proto__", "hire_date", "emails", "é", "a.b", "a[0]", "it's", "tab\there", "x\u0000y"];

    /// <summary>Depths of nesting around the reader's limit of 32.</summary>
    public static readonly int[] Depths = [2, 5, 30, 31, 32, 33, 40, 64, 65, 100, 500, 2000];
}
