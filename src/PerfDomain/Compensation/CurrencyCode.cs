using System.Collections.Frozen;
using Ardalis.GuardClauses;

namespace PerfDomain.Compensation;

/// <summary>An ISO 4217 currency code in which pay is paid, such as <c>EUR</c> or <c>USD</c>.</summary>
/// <remarks>
/// An immutable value; equality is ordinal on <see cref="Value"/>. Only the codes of currencies in circulation are
/// accepted (three upper-case letters on ISO 4217's list of active codes, without the precious metals, the
/// fund codes for testing and <c>XXX</c>), so that a typo such as <c>"EURO"</c> or <c>"eur"</c> is refused rather
/// than compared against a range in another currency.
/// </remarks>
public readonly record struct CurrencyCode : IComparable<CurrencyCode>
{
    // ISO 4217 active codes (list one, 2025), without XAG, XAU, XBA–XBD, XDR, XPD, XPT, XSU, XTS, XUA and XXX.
    private static readonly FrozenSet<string> Active = FrozenSet.Create(StringComparer.Ordinal,
    [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
        "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
        "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
        "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS",
        "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
        "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
        "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP",
        "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
        "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
        "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG",
        "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    ]);

    /// <summary>Initialises a currency code.</summary>
    /// <param name="code">Three upper-case letters of an active ISO 4217 currency, such as <c>EUR</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not the code of a currency in circulation.</exception>
    public CurrencyCode(string code)
    {
        Guard.Against.Null(code);
        Value = IsActive(code)
            ? code
            : throw new ArgumentException($"'{(code.Length > 20 ? code[..20] + "…" : code)}' is not an ISO 4217 currency code: expected three upper-case letters of a currency in circulation, such as EUR or USD.", nameof(code));
    }

    /// <summary>Gets the three-letter code.</summary>
    public string Value { get; }

    /// <summary>Tells whether text is the code of a currency in circulation.</summary>
    /// <param name="code">The text.</param>
    /// <returns>Whether <see cref="CurrencyCode(string)"/> accepts it.</returns>
    public static bool IsActive(string? code) => code is { Length: 3 } && Active.Contains(code);

    /// <inheritdoc/>
    public int CompareTo(CurrencyCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the code.</summary>
    /// <returns>The three-letter code.</returns>
    public override string ToString() => Value ?? string.Empty;
}
