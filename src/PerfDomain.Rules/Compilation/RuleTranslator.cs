using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using N = NRules.RuleModel;

namespace PerfDomain.Rules.Compilation;

/// <summary>
/// Translates NRules rule definitions into the internal model the Rete builder compiles. NRules binds an expression's
/// parameters to declarations by name; the internal model orders them subject first, then imports, so every
/// expression is rebuilt over the same parameters in that order.
/// </summary>
[RequiresDynamicCode(RuntimeCode.Message)]
[RequiresUnreferencedCode(RuntimeCode.Message)]
internal sealed class RuleTranslator
{
    private readonly N.IRuleDefinition _rule;
    private readonly Dictionary<string, Declaration> _declarations = new(StringComparer.Ordinal);

    private RuleTranslator(N.IRuleDefinition rule) => _rule = rule;

    public static RuleDefinition Translate(N.IRuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleTranslator(rule).Translate();
    }

    private RuleDefinition Translate()
    {
        var dependencies = new Dictionary<Declaration, Type>();
        foreach (var dependency in _rule.DependencyGroup.Dependencies)
        {
            dependencies.Add(Declare(dependency.Declaration), dependency.ServiceType);
        }

        var lhs = Group(_rule.LeftHandSide);
        var and = lhs as AndElement ?? new AndElement([lhs]);
        var filters = _rule.FilterGroup.Filters
            .Select(f => new AgendaFilterElement(f.FilterType, Expression(f.Expression, subject: null, "an agenda filter")))
            .ToArray();
        var actions = _rule.RightHandSide.Actions.Select(Action).ToArray();
        return new RuleDefinition(_rule, and, actions, filters, dependencies);
    }

    private RuleElement Group(N.GroupElement group)
    {
        var children = group.ChildElements.Select(Element).ToArray();
        return group switch
        {
            N.OrElement => new OrElement(children),
            _ => new AndElement(children),
        };
    }

    private RuleElement Element(N.RuleElement element) => element switch
    {
        N.GroupElement group => Group(group),
        N.PatternElement pattern => Pattern(pattern),
        N.NotElement not => new NotElement(SimplePattern(not.Source, "Not")),
        N.ExistsElement exists => new ExistsElement(SimplePattern(exists.Source, "Exists")),
        N.ForAllElement all => ForAll(all),
        _ => throw Unsupported($"the {element.ElementType} element"),
    };

    private RuleElement Pattern(N.PatternElement pattern) => pattern.Source switch
    {
        null => SimplePattern(pattern, "Match"),
        N.AggregateElement => Query(pattern),
        N.BindingElement binding => Binding(pattern, binding),
        _ => throw Unsupported($"a pattern whose source is a {pattern.Source.ElementType} element"),
    };

    private PatternElement SimplePattern(N.RuleElement element, string construct)
    {
        if (element is not N.PatternElement { Source: null } pattern)
        {
            throw Unsupported($"{construct} over a {element.ElementType} element (only a pattern of facts)");
        }

        var declaration = Declare(pattern.Declaration);
        return new PatternElement(declaration, Conditions(pattern, pattern.Declaration));
    }

    // Let(() => x, () => value).Having(...) and From(() => value): the value is computed, then the conditions filter it.
    private AndElement Binding(N.PatternElement pattern, N.BindingElement binding)
    {
        var value = Expression(binding.Expression, subject: null, "a binding");
        var declaration = Declare(pattern.Declaration);
        var elements = new List<RuleElement> { new BindingElement(declaration, value) };
        elements.AddRange(ConditionLambdas(pattern).Select(c => new FilterElement(Expression(c, subject: null, "a condition"))));
        return new AndElement(elements);
    }

    private ForAllElement ForAll(N.ForAllElement all)
    {
        var basePattern = SimplePattern(all.BasePattern, "All");
        var conditions = all.Patterns
            .SelectMany(p => p.Source is null
                ? Conditions(p, p.Declaration)
                : throw Unsupported("All over a pattern with a source"))
            .ToArray();
        return new ForAllElement(basePattern, conditions);
    }

    private QueryElement Query(N.PatternElement pattern)
    {
        var steps = new List<QueryStep>();
        var source = QuerySource(pattern, steps);
        return new QueryElement(Declare(pattern.Declaration), source, steps);
    }

    // Unwinds Pattern(Aggregate(Pattern(...))) from the innermost pattern out: its conditions, then each aggregate and the
    // conditions on its result, as steps.
    private PatternElement QuerySource(N.PatternElement pattern, List<QueryStep> steps)
    {
        if (pattern.Source is null)
        {
            return new PatternElement(Declare(pattern.Declaration), Conditions(pattern, pattern.Declaration));
        }

        if (pattern.Source is not N.AggregateElement aggregate)
        {
            throw Unsupported($"a query whose source is a {pattern.Source.ElementType} element (use Match as the query's source)");
        }

        var inner = QuerySource(aggregate.Source, steps);
        steps.Add(AggregateStep(aggregate, steps));
        var subject = pattern.Declaration;
        foreach (var condition in ConditionLambdas(pattern))
        {
            steps.Add(new QueryStep(QueryStepKind.Where, Expression(condition, subject, "a query condition"), null, pattern.ValueType));
        }

        return inner;
    }

    private QueryStep AggregateStep(N.AggregateElement aggregate, List<QueryStep> previous)
    {
        if (aggregate.CustomFactoryType is not null)
        {
            throw Unsupported($"the custom aggregator '{aggregate.Name}' ({aggregate.CustomFactoryType.Name})");
        }

        var subject = aggregate.Source.Declaration;
        var sourceType = aggregate.Source.ValueType;
        N.NamedExpressionElement? Named(string name) => aggregate.Expressions.FirstOrDefault(e => e.Name == name);
        ExpressionElement Required(string name) =>
            Expression((Named(name) ?? throw Unsupported($"the {aggregate.Name} aggregate without a {name}")).Expression, subject, aggregate.Name);
        var collecting = previous.Exists(s => s.Kind is QueryStepKind.Collect or QueryStepKind.GroupBy);
        switch (aggregate.Name)
        {
            case N.AggregateElement.ProjectName:
                return new QueryStep(QueryStepKind.Select, Required(N.AggregateElement.SelectorName), null, aggregate.ResultType);
            case N.AggregateElement.FlattenName when !collecting:
                return new QueryStep(QueryStepKind.Flatten, Required(N.AggregateElement.SelectorName), null, aggregate.ResultType);
            case N.AggregateElement.GroupByName when !collecting:
                return new QueryStep(
                    QueryStepKind.GroupBy,
                    Required(N.AggregateElement.KeySelectorName),
                    Required(N.AggregateElement.ElementSelectorName),
                    aggregate.ResultType);
            case N.AggregateElement.CollectName when !collecting:
                var sortKeys = aggregate.Expressions
                    .Where(e => e.Name is N.AggregateElement.KeySelectorAscendingName or N.AggregateElement.KeySelectorDescendingName)
                    .Select(e => (Key: Expression(e.Expression, subject, "a sort key"), Descending: e.Name == N.AggregateElement.KeySelectorDescendingName))
                    .ToArray();
                var lookupKey = Named(N.AggregateElement.KeySelectorName);
                if (sortKeys.Length > 0 || lookupKey is not null)
                {
                    if (sortKeys.Concat(lookupKey is null ? [] : [(Key: Required(N.AggregateElement.KeySelectorName), Descending: false)]).Any(k => k.Key.Imports.Count > 0))
                    {
                        throw Unsupported("a sort or lookup key that reads other facts of the rule");
                    }
                }

                return new QueryStep(QueryStepKind.Collect, null, null, typeof(IEnumerable<>).MakeGenericType(sourceType))
                {
                    Shape = lookupKey is not null
                        ? CollectionShape.Lookup(sourceType, Required(N.AggregateElement.KeySelectorName), Required(N.AggregateElement.ElementSelectorName), aggregate.ResultType)
                        : sortKeys.Length > 0 ? CollectionShape.Sorted(sourceType, sortKeys) : null,
                };
            default:
                throw Unsupported(collecting
                    ? $"a second {aggregate.Name} after a collection in one query"
                    : $"the aggregate '{aggregate.Name}'");
        }
    }

    private static IEnumerable<LambdaExpression> ConditionLambdas(N.PatternElement pattern) =>
        pattern.Expressions.Where(e => e.Name == N.PatternElement.ConditionName).Select(e => e.Expression);

    private ExpressionElement[] Conditions(N.PatternElement pattern, N.Declaration subject) =>
        ConditionLambdas(pattern).Select(c => Expression(c, subject, "a condition")).ToArray();

    private ActionElement Action(N.ActionElement action)
    {
        var lambda = action.Expression;
        var imports = lambda.Parameters.Skip(1).Select(p => Lookup(p, "an action")).ToArray();
        return new ActionElement(new ExpressionElement(lambda, imports, 1), action.ActionTrigger);
    }

    /// <summary>Rebuilds <paramref name="lambda"/> with the parameter named after <paramref name="subject"/> first.</summary>
    private ExpressionElement Expression(LambdaExpression lambda, N.Declaration? subject, string where)
    {
        var self = subject is null ? null : lambda.Parameters.FirstOrDefault(p => p.Name == subject.Name);
        var others = lambda.Parameters.Where(p => p != self).ToArray();
        var imports = others.Select(p => Lookup(p, where)).ToArray();
        if (self is null)
        {
            return new ExpressionElement(lambda, imports, 0);
        }

        var ordered = System.Linq.Expressions.Expression.Lambda(lambda.Body, [self, .. others]);
        return new ExpressionElement(ordered, imports, 1);
    }

    private Declaration Lookup(ParameterExpression parameter, string where) =>
        parameter.Name is not null && _declarations.TryGetValue(parameter.Name, out var declaration)
            ? declaration
            : throw Unsupported(string.Create(CultureInfo.InvariantCulture, $"{where} reading '{parameter.Name}', which no earlier element of the rule declares"));

    private Declaration Declare(N.Declaration declaration)
    {
        if (!_declarations.TryGetValue(declaration.Name, out var ours))
        {
            // NRules names an anonymous pattern's fact with a generated name that starts with '$'.
            ours = new Declaration(declaration.Name, declaration.Type, declaration.Name.StartsWith('$')) { Source = declaration };
            _declarations.Add(declaration.Name, ours);
        }

        return ours;
    }

    private RuleDefinitionException Unsupported(string construct) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"Rule '{_rule.Name}' uses {construct}, which PerfDomain.Rules does not compile. Compile this rule set with NRules' runtime (new NRules.RuleCompiler().Compile(...)) or rewrite the construct."));
}
