using GraphQL;
using Mentoring.Domain.Users;
using GraphQL.Types;
using Mentoring.Domain.Common;

namespace Mentoring.Api.GraphQL;

/// <summary>What every mutation returns: the thing it made or changed, or the user errors that refused it.</summary>
public sealed record Payload<T>(T? Item, IReadOnlyList<UserError> Errors) where T : class
{
    public static Payload<T> Ok(T item) => new(item, []);
    public static Payload<T> Refused(IReadOnlyList<UserError> errors) => new(null, errors);
    public static Payload<T> Refused(string code, string message, string? field = null) => new(null, [new UserError(code, message, field)]);
}

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        this.ReadableByAnyone();
        Description = "Bad input or a broken rule. Nothing was changed.";
        Field(x => x.Code).Description("Stable machine-readable code, e.g. VALIDATION, NOT_FOUND, CONCURRENCY_CONFLICT.");
        Field(x => x.Message).Description("What went wrong, in English, for API users; a screen names the error from code and params.");
        Field(x => x.Field, nullable: true).Description("The input field the error is about, when it is about one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("params")
            .Description("The values a sentence about the error needs (counts, dates, the stage something is in).").Resolve(c => c.Source.Params)
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
    }
}

public sealed class ParamKindType : EnumerationGraphType<ParamKind> { public ParamKindType() => Name = "ParamKind"; }

/// <summary>A value a message is built from; a list is several with the same name.</summary>
public sealed class MessageParamType : ObjectGraphType<MessageParam>
{
    /// <summary>
    /// A message's values are computed with the thing they explain (no query of their own) and are few: a list of them
    /// weighs about one field whatever it selects, so a documented page of candidates with their reasons stays within the limit.
    /// </summary>
    public const double ChildImpact = 0.25;

    public MessageParamType()
    {
        Name = "MessageParam";
        this.ReadableByAnyone();
        Description = "One value of a message: a number, a date (yyyy-MM-dd), a code to name in the reader's language, or text.";
        Field(x => x.Name);
        Field(x => x.Value);
        Field(x => x.Kind, type: typeof(NonNullGraphType<ParamKindType>))
            .Description("NUMBER, DATE, TEXT (shown as it is), ENUM (a value of the schema enum enumType), LANGUAGE (ISO 639), CONSTRAINT (a matching constraint's code), PERIOD (yyyy-MM or yyyy-Qn).");
        Field(x => x.EnumType, nullable: true).Description("For ENUM: the schema's enum type, e.g. MatchStage.");
    }
}

/// <summary>A payload type with one result field named <paramref name="itemField"/> and the errors list.</summary>
public abstract class PayloadType<TItem, TItemGraph> : ObjectGraphType<Payload<TItem>>
    where TItem : class
    where TItemGraph : IGraphType
{
    protected PayloadType(string name, string itemField)
    {
        Name = name;
        Field<TItemGraph>(itemField).Resolve(ctx => ctx.Source.Item);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
