namespace PerfDomain.Rules.RuleModel;

/// <summary>One action of a rule's right-hand side.</summary>
public sealed class ActionElement
{
    internal ActionElement(ActionKind kind, ExpressionElement expression, ExpressionElement? updateExpression)
    {
        Kind = kind;
        Expression = expression;
        UpdateExpression = updateExpression;
    }

    /// <summary>Gets the kind of action.</summary>
    public ActionKind Kind { get; }

    /// <summary>Gets the action, or the linked fact's factory for a yield; its subject is the <see cref="IContext"/>.</summary>
    public ExpressionElement Expression { get; }

    /// <summary>Gets the linked fact's update expression of a yield, if any; its subjects are the context and the existing linked fact.</summary>
    public ExpressionElement? UpdateExpression { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}({Expression})";
}
