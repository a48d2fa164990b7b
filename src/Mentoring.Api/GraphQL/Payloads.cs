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
        Field(x => x.Message).Description("What went wrong, for a person.");
        Field(x => x.Field, nullable: true).Description("The input field the error is about, when it is about one.");
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
