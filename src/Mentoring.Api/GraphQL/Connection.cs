using GraphQL;
using GraphQL.Types;
using Mentoring.Domain.Users;

namespace Mentoring.Api.GraphQL;

/// <summary>One page of a list read by offset cursor: its rows, how many there are in all, and where the next page starts.</summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, long TotalCount, string? EndCursor, bool HasNextPage)
{
    /// <summary>The page of <paramref name="nodes"/> read at <paramref name="offset"/>, with a cursor of this <paramref name="kind"/>.</summary>
    public static Connection<T> Page(IReadOnlyList<T> nodes, long totalCount, string kind, int offset) =>
        new(nodes, totalCount, nodes.Count == 0 ? null : Cursor.Encode(kind, offset + nodes.Count), offset + nodes.Count < totalCount);
}

/// <summary>A connection's schema type: `nodes`, `totalCount`, `endCursor`, `hasNextPage`, readable by the list's readers.</summary>
public abstract class ConnectionType<T, TNodeType> : ObjectGraphType<Connection<T>> where TNodeType : IGraphType
{
    protected ConnectionType(string name, params Role[] readers)
    {
        Name = name;
        this.ReadableBy(readers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field(x => x.TotalCount);
        Field(x => x.EndCursor, nullable: true).Description("Pass as `after` for the next page.");
        Field(x => x.HasNextPage);
    }
}
