namespace PerfDomain.Rules;

/// <summary>Why compiling rules needs what trimming and native AOT take away.</summary>
internal static class RuntimeCode
{
    public const string Message =
        "Compiling rules builds and compiles expression trees over the rules' fact types at run time (generic types and methods made for those types, delegates compiled from lambdas): it needs dynamic code and the fact types' members, so it does not run under native AOT.";
}
