using System.Linq.Expressions;

namespace PerfDomain.Rules.RuleModel;

/// <summary>
/// Builds rule-model elements directly, for a front end other than the fluent DSL; compile the result with
/// <see cref="RuleCompiler"/>.
/// </summary>
/// <remarks>
/// Every lambda's parameters are its subjects (see <see cref="ExpressionElement"/>) followed by one parameter
/// per import, each of a type the import's declaration type is assignable to. Thread-safe.
/// </remarks>
public static class Element
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="name">The alias name; actions and conditions refer to it through imports.</param>
    /// <param name="type">The bound value's type.</param>
    /// <returns>The declaration.</returns>
    public static Declaration Declaration(string name, Type type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        return new Declaration(name, type, isAnonymous: false);
    }

    /// <summary>Creates an expression element.</summary>
    /// <param name="expression">The lambda.</param>
    /// <param name="subjectCount">The number of leading parameters that are subjects, not imports.</param>
    /// <param name="imports">The declarations bound to the remaining parameters, in order.</param>
    /// <returns>The expression element.</returns>
    /// <exception cref="ArgumentException">The parameters do not line up with the subjects and imports.</exception>
    public static ExpressionElement Expression(LambdaExpression expression, int subjectCount, params Declaration[] imports)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentOutOfRangeException.ThrowIfNegative(subjectCount);
        if (expression.Parameters.Count != subjectCount + imports.Length)
        {
            throw new ArgumentException($"'{expression}' has {expression.Parameters.Count} parameter(s); expected {subjectCount} subject(s) and {imports.Length} import(s).", nameof(expression));
        }

        for (var i = 0; i < imports.Length; i++)
        {
            var parameter = expression.Parameters[subjectCount + i];
            if (!parameter.Type.IsAssignableFrom(imports[i].Type))
            {
                throw new ArgumentException($"Parameter '{parameter.Name}' of type {parameter.Type.Name} cannot receive declaration '{imports[i]}'.", nameof(imports));
            }
        }

        return new ExpressionElement(expression, imports, subjectCount);
    }

    /// <summary>Creates a pattern; each condition's subject is the fact.</summary>
    /// <param name="declaration">The declaration the fact is bound to.</param>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The pattern.</returns>
    public static PatternElement Pattern(Declaration declaration, params ExpressionElement[] conditions)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(conditions);
        return new PatternElement(declaration, conditions);
    }

    /// <summary>Creates a negation.</summary>
    /// <param name="source">The pattern that must have no match.</param>
    /// <returns>The element.</returns>
    public static NotElement Not(PatternElement source) => new(source ?? throw new ArgumentNullException(nameof(source)));

    /// <summary>Creates an existential quantifier.</summary>
    /// <param name="source">The pattern that must have a match.</param>
    /// <returns>The element.</returns>
    public static ExistsElement Exists(PatternElement source) => new(source ?? throw new ArgumentNullException(nameof(source)));

    /// <summary>Creates a universal quantifier.</summary>
    /// <param name="basePattern">The facts to check.</param>
    /// <param name="conditions">The conditions they must all satisfy.</param>
    /// <returns>The element.</returns>
    public static ForAllElement ForAll(PatternElement basePattern, params ExpressionElement[] conditions)
    {
        ArgumentNullException.ThrowIfNull(basePattern);
        ArgumentNullException.ThrowIfNull(conditions);
        return new ForAllElement(basePattern, conditions);
    }

    /// <summary>Creates a query step.</summary>
    /// <param name="kind">The kind of step.</param>
    /// <param name="expression">The predicate, projection or key selector (subject: the value); <see langword="null"/> for Collect.</param>
    /// <param name="elementSelector">The GroupBy element selector, if any.</param>
    /// <param name="resultType">The type of value the step produces (<c>IEnumerable&lt;T&gt;</c> for Collect, <c>IGrouping&lt;K, E&gt;</c> for GroupBy).</param>
    /// <returns>The step.</returns>
    public static QueryStep QueryStep(QueryStepKind kind, ExpressionElement? expression, ExpressionElement? elementSelector, Type resultType)
    {
        ArgumentNullException.ThrowIfNull(resultType);
        return new QueryStep(kind, expression, elementSelector, resultType);
    }

    /// <summary>Creates a query.</summary>
    /// <param name="declaration">The declaration each result is bound to.</param>
    /// <param name="source">The source pattern.</param>
    /// <param name="steps">The steps (at most one aggregation).</param>
    /// <returns>The element.</returns>
    public static QueryElement Query(Declaration declaration, PatternElement source, params QueryStep[] steps)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(steps);
        return new QueryElement(declaration, source, steps);
    }

    /// <summary>Creates a <c>Let</c> binding.</summary>
    /// <param name="declaration">The declaration the value is bound to.</param>
    /// <param name="expression">The value (no subject).</param>
    /// <returns>The element.</returns>
    public static BindingElement Binding(Declaration declaration, ExpressionElement expression)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(expression);
        return new BindingElement(declaration, expression);
    }

    /// <summary>Creates a <c>Having</c> filter.</summary>
    /// <param name="condition">The condition (no subject).</param>
    /// <returns>The element.</returns>
    public static FilterElement Filter(ExpressionElement condition) => new(condition ?? throw new ArgumentNullException(nameof(condition)));

    /// <summary>Creates an And group.</summary>
    /// <param name="elements">The elements.</param>
    /// <returns>The group.</returns>
    public static AndElement And(params RuleElement[] elements) => new(elements ?? throw new ArgumentNullException(nameof(elements)));

    /// <summary>Creates an Or group.</summary>
    /// <param name="elements">The alternatives.</param>
    /// <returns>The group.</returns>
    public static OrElement Or(params RuleElement[] elements) => new(elements ?? throw new ArgumentNullException(nameof(elements)));

    /// <summary>Creates an action.</summary>
    /// <param name="kind">The kind of action.</param>
    /// <param name="expression">The action or the linked fact's factory (subject: the <see cref="IContext"/>).</param>
    /// <param name="updateExpression">For a yield, the linked fact's update (subjects: the context and the existing fact).</param>
    /// <returns>The action.</returns>
    public static ActionElement Action(ActionKind kind, ExpressionElement expression, ExpressionElement? updateExpression = null) =>
        new(kind, expression ?? throw new ArgumentNullException(nameof(expression)), updateExpression);

    /// <summary>Creates a rule definition.</summary>
    /// <param name="name">The unique name.</param>
    /// <param name="leftHandSide">The conditions.</param>
    /// <param name="rightHandSide">The actions.</param>
    /// <param name="priority">The priority (higher fires first).</param>
    /// <param name="repeatability">The repeatability.</param>
    /// <param name="description">The description.</param>
    /// <param name="tags">The tags.</param>
    /// <returns>The rule.</returns>
    public static IRuleDefinition Rule(
        string name,
        AndElement leftHandSide,
        IReadOnlyList<ActionElement> rightHandSide,
        int priority = 0,
        RuleRepeatability repeatability = RuleRepeatability.Repeatable,
        string description = "",
        IReadOnlyList<string>? tags = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(leftHandSide);
        ArgumentNullException.ThrowIfNull(rightHandSide);
        return new RuleDefinition(name, description ?? string.Empty, priority, repeatability, tags ?? [], leftHandSide, rightHandSide);
    }
}
