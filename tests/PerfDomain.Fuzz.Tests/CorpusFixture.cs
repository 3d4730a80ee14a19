using PerfDomain.Fuzz.Fuzzing;

namespace PerfDomain.Fuzz.Tests;

/// <summary>The corpus and the oracle, loaded once for the tests of this assembly.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Corpus = Corpus.Load(Corpus.DefaultDirectory());
        Oracle = new Oracle(Corpus.SampleSnapshot);
    }

    public Corpus Corpus { get; }

    public Oracle Oracle { get; }
}
