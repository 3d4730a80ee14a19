namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>A query producing values of type <typeparamref name="TSource"/>; extend it with <see cref="QueryExtensions"/>.</summary>
/// <typeparam name="TSource">The type of the values.</typeparam>
public interface IQuery<out TSource>
{
    /// <summary>Gets the type of the values this query produces.</summary>
    Type ResultType { get; }
}
