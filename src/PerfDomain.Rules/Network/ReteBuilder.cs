using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using PerfDomain.Rules.Compilation;

namespace PerfDomain.Rules.Network;

/// <summary>Compiles rule definitions into branches of nodes.</summary>
[RequiresDynamicCode(RuntimeCode.Message)]
[RequiresUnreferencedCode(RuntimeCode.Message)]
internal sealed class ReteBuilder
{
    private const int MaxBranchesPerRule = 256;

    private static readonly HashSet<Type> ExactEqualityTypes =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid), typeof(DateOnly), typeof(TimeOnly),
    ];

    private int _nextId;

    public List<CompiledRule> Rules { get; } = [];

    public List<IRightInput> RightInputs { get; } = [];

    public int NodeCount => _nextId;

    public static ReteBuilder Build(IReadOnlyList<RuleDefinition> definitions)
    {
        var duplicate = definitions.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleDefinitionException($"Rule name '{duplicate.Key}' is used by {duplicate.Count()} rules; names must be unique.") { RuleName = duplicate.Key };
        }

        var builder = new ReteBuilder();
        for (var i = 0; i < definitions.Count; i++)
        {
            try
            {
                builder.AddRule(definitions[i], i);
            }
            catch (RuleDefinitionException ex) when (ex.RuleName is null)
            {
                // RuleCompilationException.RuleName must name the rule, whichever check refused it.
                throw new RuleDefinitionException(ex.Message) { RuleName = definitions[i].Name };
            }
        }

        return builder;
    }

    private static List<List<RuleElement>> Expand(RuleElement element)
    {
        switch (element)
        {
            case AndElement and:
                var result = new List<List<RuleElement>> { new() };
                foreach (var child in and.ChildElements)
                {
                    var alternatives = Expand(child);
                    result = result.SelectMany(prefix => alternatives.Select(alt => prefix.Concat(alt).ToList())).ToList();
                    if (result.Count > MaxBranchesPerRule)
                    {
                        throw new RuleDefinitionException($"Or groups expand to more than {MaxBranchesPerRule} alternatives.");
                    }
                }

                return result;
            case OrElement or:
                return or.ChildElements.SelectMany(Expand).ToList();
            default:
                return [[element]];
        }
    }

    private static IEnumerable<Expression> Split(Expression body) =>
        body is BinaryExpression { NodeType: ExpressionType.AndAlso } both ? Split(both.Left).Concat(Split(both.Right)) : [body];

    private static bool IsExactWithoutMethod(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return !underlying.IsValueType || (underlying != typeof(double) && underlying != typeof(float) && underlying != typeof(Half));
    }

    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic) is not null;

    private static bool IsEquatableValue(Type type) =>
        type.IsValueType && typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);

    private void AddRule(RuleDefinition definition, int order)
    {
        var rule = new CompiledRule(definition, order);
        var alternatives = Expand(definition.LeftHandSide);
        for (var i = 0; i < alternatives.Count; i++)
        {
            rule.Branches.Add(BuildBranch(rule, i, alternatives[i]));
        }

        Rules.Add(rule);
    }

    private Branch BuildBranch(CompiledRule rule, int index, List<RuleElement> elements)
    {
        var branch = new Branch(rule, index, elements);
        var indexes = new Dictionary<Declaration, int>();
        var bindings = new Declaration?[elements.Count];
        var inKey = new bool[elements.Count];
        for (var i = 0; i < elements.Count; i++)
        {
            BetaNode node;
            switch (elements[i])
            {
                case PatternElement pattern:
                    Declare(rule, indexes, pattern.Declaration);
                    var (alpha, join, filters) = Classify(rule, pattern.Declaration, pattern.Conditions, indexes);
                    node = new JoinNode(_nextId++, branch, i, pattern.ValueType, alpha, join, filters);
                    indexes[pattern.Declaration] = i;
                    bindings[i] = pattern.Declaration;
                    inKey[i] = true;
                    break;
                case NotElement not:
                    node = Negation(rule, branch, i, not.Source, not.Source.Conditions, indexes, isExists: false);
                    break;
                case ExistsElement exists:
                    node = Negation(rule, branch, i, exists.Source, exists.Source.Conditions, indexes, isExists: true);
                    break;
                case ForAllElement all:
                    var conditions = all.BasePattern.Conditions.Append(NegatedConjunction(all.BasePattern.Declaration, all.Conditions)).ToArray();
                    node = Negation(rule, branch, i, all.BasePattern, conditions, indexes, isExists: false);
                    break;
                case QueryElement query:
                    Declare(rule, indexes, query.Declaration);
                    var source = Classify(rule, query.Source.Declaration, query.Source.Conditions, indexes);
                    var plan = Plan(rule, query, indexes);
                    node = new AggregateNode(_nextId++, branch, i, query.Source.ValueType, source.Alpha, source.Join, source.Filters, plan);
                    indexes[query.Declaration] = i;
                    bindings[i] = query.Declaration;
                    inKey[i] = true;
                    break;
                case BindingElement binding:
                    Declare(rule, indexes, binding.Declaration);
                    var binder = new ExpressionBinder(indexes, null);
                    var value = binding.Expression;
                    node = new BindingNode(_nextId++, branch, i, new LhsValue(rule, value.Expression, binder.Value(value.Expression, value.Imports, 0)), binding.Declaration.Type);
                    indexes[binding.Declaration] = i;
                    bindings[i] = binding.Declaration;
                    break;
                case FilterElement filter:
                    var filterBinder = new ExpressionBinder(indexes, null);
                    var condition = filter.Condition;
                    node = new FilterNode(_nextId++, branch, i, new LhsPredicate(rule, condition.Expression, filterBinder.Predicate(condition.Expression, condition.Imports, 0)));
                    break;
                default:
                    throw new RuleDefinitionException($"Rule '{rule.Definition.Name}': unsupported element {elements[i].GetType().Name}.");
            }

            if (branch.Nodes.Count > 0)
            {
                branch.Nodes[^1].Child = node;
            }

            branch.Nodes.Add(node);
            if (node is IRightInput input)
            {
                RightInputs.Add(input);
            }
        }

        var terminal = new TerminalNode(_nextId++, branch, elements.Count);
        if (branch.Nodes.Count > 0)
        {
            branch.Nodes[^1].Child = terminal;
        }

        branch.Terminal = terminal;
        branch.Bindings = bindings;
        branch.InKey = inKey;
        var actionBinder = new ExpressionBinder(indexes, null);
        for (var i = 0; i < rule.Definition.RightHandSide.Count; i++)
        {
            branch.Actions.Add(new CompiledAction(rule.Definition.RightHandSide[i], actionBinder, rule.Definition.Dependencies));
        }

        foreach (var filter in rule.Definition.Filters)
        {
            var expression = filter.Expression;
            branch.Filters.Add((filter.Kind, new LhsValue(rule, expression.Expression, actionBinder.Value(expression.Expression, expression.Imports, 0))));
        }

        return branch;
    }

    private static void Declare(CompiledRule rule, Dictionary<Declaration, int> indexes, Declaration declaration)
    {
        if (indexes.ContainsKey(declaration))
        {
            throw new RuleDefinitionException($"Rule '{rule.Definition.Name}' binds alias '{declaration.Name}' twice in one alternative.");
        }
    }

    private NegationNode Negation(CompiledRule rule, Branch branch, int index, PatternElement source, IReadOnlyList<ExpressionElement> conditions, Dictionary<Declaration, int> indexes, bool isExists)
    {
        var (alpha, join, filters) = Classify(rule, source.Declaration, conditions, indexes);
        return new NegationNode(_nextId++, branch, index, source.ValueType, alpha, join, filters, isExists);
    }

    private static ExpressionElement NegatedConjunction(Declaration self, IReadOnlyList<ExpressionElement> conditions)
    {
        var subject = Expression.Parameter(self.Type, "fact");
        var imports = conditions.SelectMany(c => c.Imports).Where(d => d != self).Distinct().ToList();
        Expression body = Expression.Constant(true);
        foreach (var condition in conditions)
        {
            var args = new List<Expression> { subject };
            args.AddRange(condition.Imports.Select(d => d == self ? (Expression)subject : d.Parameter));
            var invoke = ParameterReplacer.Inline(condition.Expression, args);
            body = body is ConstantExpression ? invoke : Expression.AndAlso(body, invoke);
        }

        var lambda = Expression.Lambda(Expression.Not(body), [subject, .. imports.Select(d => d.Parameter)]);
        return new ExpressionElement(lambda, imports, 1);
    }

    private static (LhsPredicate[] Alpha, EqualityJoin? Join, LhsPredicate[] Filters) Classify(
        CompiledRule rule,
        Declaration self,
        IReadOnlyList<ExpressionElement> conditions,
        Dictionary<Declaration, int> indexes)
    {
        var binder = new ExpressionBinder(indexes, self);
        var alpha = new List<LhsPredicate>();
        var filters = new List<LhsPredicate>();
        EqualityJoin? join = null;
        foreach (var condition in conditions)
        {
            var lambda = condition.Expression;
            foreach (var piece in Split(lambda.Body))
            {
                var pieceLambda = Expression.Lambda(piece, lambda.Parameters);
                var predicate = new LhsPredicate(rule, pieceLambda, binder.Predicate(pieceLambda, condition.Imports, condition.SubjectCount));
                if (!binder.ReadsEarlierDeclarations(piece, lambda, condition.Imports, condition.SubjectCount))
                {
                    alpha.Add(predicate);
                    continue;
                }

                if (join is null && TryEquality(rule, binder, condition, piece, out join, out var exact))
                {
                    if (!exact)
                    {
                        filters.Add(predicate);
                    }

                    continue;
                }

                filters.Add(predicate);
            }
        }

        return (alpha.ToArray(), join, filters.ToArray());
    }

    private static bool TryEquality(CompiledRule rule, ExpressionBinder binder, ExpressionElement condition, Expression piece, out EqualityJoin? join, out bool exact)
    {
        join = null;
        exact = false;
        if (piece is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type)
        {
            return false;
        }

        var lambda = condition.Expression;
        bool Subject(Expression e) => binder.ReadsSubject(e, lambda, condition.Imports, condition.SubjectCount);
        bool Outer(Expression e) => binder.ReadsEarlierDeclarations(e, lambda, condition.Imports, condition.SubjectCount);
        Expression factSide, outerSide;
        if (Subject(equal.Left) && !Outer(equal.Left) && Outer(equal.Right) && !Subject(equal.Right))
        {
            (factSide, outerSide) = (equal.Left, equal.Right);
        }
        else if (Subject(equal.Right) && !Outer(equal.Right) && Outer(equal.Left) && !Subject(equal.Left))
        {
            (factSide, outerSide) = (equal.Right, equal.Left);
        }
        else
        {
            return false;
        }

        var type = equal.Left.Type;
        IEqualityComparer<object> comparer;
        if (equal.Method is null && !type.IsValueType)
        {
            comparer = ReferenceEqualityComparer.Instance;
            exact = true;
        }
        else if (equal.Method is null)
        {
            comparer = EqualityComparer<object>.Default;
            exact = IsExactWithoutMethod(type);
        }
        else if (ExactEqualityTypes.Contains(Nullable.GetUnderlyingType(type) ?? type))
        {
            comparer = EqualityComparer<object>.Default;
            exact = true;
        }
        else if (IsRecord(type) || IsEquatableValue(Nullable.GetUnderlyingType(type) ?? type))
        {
            comparer = EqualityComparer<object>.Default;
        }
        else
        {
            return false;
        }

        LhsValue Key(Expression side)
        {
            var keyLambda = Expression.Lambda(Expression.Convert(side, typeof(object)), lambda.Parameters);
            return new LhsValue(rule, keyLambda, binder.Value(keyLambda, condition.Imports, condition.SubjectCount));
        }

        var (rightKey, leftKey) = (Key(factSide), Key(outerSide));
        var typed = typeof(ReteBuilder).GetMethod(nameof(TypedJoin), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type);
        join = (EqualityJoin)typed.Invoke(null, [rule, binder, condition, factSide, outerSide, rightKey, leftKey, comparer, piece.ToString()])!;
        return true;
    }

    // The join with keys of their own type: the same sides, bound without the conversion to object.
    private static EqualityJoin<TKey> TypedJoin<TKey>(
        CompiledRule rule,
        ExpressionBinder binder,
        ExpressionElement condition,
        Expression factSide,
        Expression outerSide,
        LhsValue rightKey,
        LhsValue leftKey,
        IEqualityComparer<object> comparer,
        string text)
        where TKey : notnull
    {
        var parameters = condition.Expression.Parameters;
        LhsKey<TKey> Typed(Expression side, LhsValue boxed) =>
            new(rule, boxed.Source, binder.Typed<TKey>(Expression.Lambda(side, parameters), condition.Imports, condition.SubjectCount));

        // Reference equality for classes without ==, the type's own equality otherwise: what the comparer of objects does.
        var typedComparer = ReferenceEquals(comparer, ReferenceEqualityComparer.Instance)
            ? (IEqualityComparer<TKey>)(object)ReferenceEqualityComparer.Instance
            : EqualityComparer<TKey>.Default;
        return new EqualityJoin<TKey>(rightKey, leftKey, comparer, text, Typed(factSide, rightKey), Typed(outerSide, leftKey), typedComparer);
    }

    private static QueryPlan Plan(CompiledRule rule, QueryElement query, Dictionary<Declaration, int> indexes)
    {
        var binder = new ExpressionBinder(indexes, null);
        var last = query.Steps.Count > 0 ? query.Steps[^1] : null;
        var plan = new QueryPlan { ResultType = last?.Shape?.ResultType ?? last?.ResultType ?? query.Source.ValueType };
        var stages = plan.PreSteps;
        foreach (var step in query.Steps)
        {
            switch (step.Kind)
            {
                case QueryStepKind.Where:
                    var where = step.Expression!;
                    stages.Add(new QueryStage(new LhsPredicate(rule, where.Expression, binder.Predicate(where.Expression, where.Imports, 1)), null));
                    break;
                case QueryStepKind.Select:
                    stages.Add(new QueryStage(null, Value(rule, binder, step.Expression!)));
                    break;
                case QueryStepKind.Flatten:
                    stages.Add(new QueryStage(null, Value(rule, binder, step.Expression!), Flatten: true));
                    plan.HasFlatten = true;
                    break;
                case QueryStepKind.Collect:
                    plan.Aggregate = QueryStepKind.Collect;
                    plan.Factory = Factory(typeof(object), step.ResultType.GetGenericArguments()[0]);
                    plan.Shape = step.Shape;
                    if (step.Shape is not null)
                    {
                        plan.ResultType = step.Shape.ResultType;
                    }

                    stages = plan.PostSteps;
                    break;
                case QueryStepKind.GroupBy:
                    plan.Aggregate = QueryStepKind.GroupBy;
                    var arguments = step.ResultType.GetGenericArguments();
                    plan.Factory = Factory(arguments[0], arguments[1]);
                    plan.GroupKey = Value(rule, binder, step.Expression!);
                    plan.GroupElement = step.ElementSelector is null ? null : Value(rule, binder, step.ElementSelector);
                    stages = plan.PostSteps;
                    break;
            }
        }

        return plan;
    }

    private static LhsValue Value(CompiledRule rule, ExpressionBinder binder, ExpressionElement element) =>
        new(rule, element.Expression, binder.Value(element.Expression, element.Imports, 1));

    private static IResultFactory Factory(Type key, Type element) =>
        (IResultFactory)Activator.CreateInstance(typeof(ResultFactory<,>).MakeGenericType(key, element))!;
}
