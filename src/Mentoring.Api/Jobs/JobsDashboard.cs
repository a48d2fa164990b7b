using Hangfire;
using Hangfire.Dashboard;
using Mentoring.Api.Auth;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Jobs;

/// <summary>Hangfire's dashboard at /jobs: queues, retries, failures. Platform admins only (it shows every tenant's jobs).</summary>
public static class JobsDashboard
{
    public static void MapJobsDashboard(this WebApplication app, string path) =>
        app.UseHangfireDashboard(path, new DashboardOptions
        {
            Authorization = [new PlatformAdminOnly()],
            DashboardTitle = "Mentoring jobs",
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }, app.Services.GetRequiredService<JobStorage>());

    private sealed class PlatformAdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => Caller.From(context.GetHttpContext().User)?.Has(Role.PlatformAdmin) == true;
    }
}
