using System.Linq.Expressions;
using System.Reflection;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>What a rule's <c>Define()</c> has built so far: declarations, the condition tree and the actions.</summary>
internal sealed class RuleBuilderState
{
    private readonly Dictionary<(Module, int, Type?), Declaration> _declarations = [];
    private int _anonymousCount;

    public GroupBuilder Root { get; } = new(isOr: false);

    public List<ActionElement> Actions { get; } = [];

    public Declaration Declare(LambdaExpression alias)
    {
        if (alias.Body is not MemberExpression { Member: FieldInfo or PropertyInfo } member || !IsCapture(member.Expression))
        {
            throw new RuleDefinitionException($"An alias must be a captured variable or a field, as '() => variable'; got '{alias}'.");
        }

        var key = Key(member.Member);
        if (_declarations.TryGetValue(key, out var existing))
        {
            if (existing.Type != member.Type)
            {
                throw new RuleDefinitionException($"Alias '{existing.Name}' is declared as both {existing.Type.Name} and {member.Type.Name}.");
            }

            return existing;
        }

        var declaration = new Declaration(member.Member.Name, member.Type, isAnonymous: false);
        _declarations.Add(key, declaration);
        return declaration;
    }

    public Declaration Anonymous(Type type) => new($"$p{_anonymousCount++}", type, isAnonymous: true);

    public ExpressionElement Rewrite(LambdaExpression lambda, int subjectCount)
    {
        var rewriter = new AliasRewriter(this);
        var body = rewriter.Visit(lambda.Body);
        var parameters = lambda.Parameters.Take(subjectCount).Concat(rewriter.Imports.Select(d => d.Parameter));
        return new ExpressionElement(Expression.Lambda(body, parameters), rewriter.Imports.ToArray(), subjectCount);
    }

    public PatternElement Pattern(Declaration declaration, LambdaExpression[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new PatternElement(declaration, conditions.Select(c => Rewrite(c, 1)).ToArray());
    }

    internal static bool IsCapture(Expression? expression) => expression switch
    {
        ConstantExpression => true,
        MemberExpression { Member: FieldInfo } inner => IsCapture(inner.Expression),
        _ => false,
    };

    private static (Module, int, Type?) Key(MemberInfo member) => (member.Module, member.MetadataToken, member.DeclaringType);

    private sealed class AliasRewriter(RuleBuilderState state) : ExpressionVisitor
    {
        public List<Declaration> Imports { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member is FieldInfo or PropertyInfo
                && IsCapture(node.Expression)
                && state._declarations.TryGetValue(Key(node.Member), out var declaration))
            {
                if (!Imports.Contains(declaration))
                {
                    Imports.Add(declaration);
                }

                return declaration.Parameter;
            }

            return base.VisitMember(node);
        }
    }
}
