namespace PerfDomain.Policies.Fairness;

/// <summary>
/// The significance tests of the analysis, written out here rather than taken from a numerics package: two formulas,
/// exact to the digits a report shows, with no dependency for a library that hosts embed.
/// </summary>
internal static class Statistics
{
    /// <summary>
    /// The two-sided p-value of Fisher's exact test on the 2×2 table [[a, b], [c, d]] (rows: groups; columns: selected,
    /// not selected): the probability, with the margins fixed, of every table no more likely than the one observed —
    /// the definition R's <c>fisher.test</c> uses, with its relative tolerance of 1e-7 for ties.
    /// </summary>
    public static double FisherExactTwoSided(int a, int b, int c, int d)
    {
        var row1 = a + b;
        var row2 = c + d;
        var column1 = a + c;
        var n = row1 + row2;
        var low = Math.Max(0, column1 - row2);
        var high = Math.Min(row1, column1);
        var observed = LogHypergeometric(a, row1, row2, column1, n);
        var p = 0.0;
        for (var x = low; x <= high; x++)
        {
            var logP = LogHypergeometric(x, row1, row2, column1, n);
            if (logP <= observed + 1e-7)
            {
                p += Math.Exp(logP);
            }
        }

        return Math.Min(1.0, p);
    }

    /// <summary>The two-sided p-value of the two-proportion z-test with a pooled proportion (R's <c>prop.test(correct = FALSE)</c>).</summary>
    public static double TwoProportionZ(int selected1, int n1, int selected2, int n2)
    {
        var pooled = (double)(selected1 + selected2) / (n1 + n2);
        var variance = pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2));
        if (variance <= 0)
        {
            return 1.0;
        }

        var z = (((double)selected1 / n1) - ((double)selected2 / n2)) / Math.Sqrt(variance);
        return Math.Min(1.0, Erfc(Math.Abs(z) / Math.Sqrt(2)));
    }

    /// <summary>Whether Fisher's exact test is used: when any expected cell of the 2×2 table is below 5, where the z-test's normal approximation fails.</summary>
    public static bool NeedsExactTest(int selected1, int n1, int selected2, int n2)
    {
        var n = n1 + n2;
        var selected = selected1 + selected2;
        var notSelected = n - selected;
        return n == 0 || Math.Min(n1, n2) * (double)Math.Min(selected, notSelected) / n < 5;
    }

    private static double LogHypergeometric(int x, int row1, int row2, int column1, int n) =>
        LogChoose(row1, x) + LogChoose(row2, column1 - x) - LogChoose(n, column1);

    private static double LogChoose(int n, int k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    private static double LogFactorial(int n)
    {
        // Exact sums of logarithms: the tables of an organisation are at most a few hundred thousand people.
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }

    /// <summary>The complementary error function: a series below 0.5, a continued fraction above (agreeing with tabulated values to about 1e-15).</summary>
    private static double Erfc(double x)
    {
        // For the tails the continued fraction keeps the precision that 1 - erf(x) would lose.
        if (x < 0.5)
        {
            return 1 - Erf(x);
        }

        // Lentz's continued fraction for erfc, accurate for x >= 0.5.
        const double tiny = 1e-300;
        var b = (x * x) + 0.5;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 300; i++)
        {
            var an = -i * (i - 0.5);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return x * Math.Exp(-x * x) / Math.Sqrt(Math.PI) * h;
    }

    private static double Erf(double x)
    {
        // Maclaurin series, used below 0.5 only, where it converges in a few dozen terms.
        var sum = x;
        var term = x;
        for (var n = 1; n < 60; n++)
        {
            term *= -x * x / n;
            var next = term / ((2 * n) + 1);
            sum += next;
            if (Math.Abs(next) < 1e-17)
            {
                break;
            }
        }

        return 2 / Math.Sqrt(Math.PI) * sum;
    }
}
