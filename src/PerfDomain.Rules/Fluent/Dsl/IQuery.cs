using System.Linq.Expressions;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>The start of a query: the facts it reads.</summary>
public interface IQuery
{
    /// <summary>Reads the facts of type <typeparamref name="TFact"/> that satisfy the conditions.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="conditions">The conditions; they may read aliases bound earlier.</param>
    /// <returns>The query.</returns>
    IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);
}
