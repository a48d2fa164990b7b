using Marten;

namespace Mentoring.Api.Auth;

/// <summary>
/// Every <see cref="IDocumentSession"/> or <see cref="IQuerySession"/> a resolver receives is opened for the
/// caller's tenant, so another organisation's rows are out of reach by construction. Code that must look across
/// tenants (sign-in by e-mail, the organisation registry) asks <see cref="IDocumentStore"/> explicitly.
/// </summary>
public sealed class TenantSessionFactory(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
{
    private string Tenant => Caller.From(http.HttpContext?.User)?.TenantId ?? Caller.NoTenant;

    public IQuerySession QuerySession() => store.QuerySession(Tenant);

    public IDocumentSession OpenSession() => store.LightweightSession(Tenant);
}
