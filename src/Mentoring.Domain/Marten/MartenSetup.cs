using System.Linq.Expressions;
using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Schema;
using Marten.Schema.Indexing.Unique;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Weasel.Core;

namespace Mentoring.Domain.Marten;

/// <summary>The one place that says how the product's data lives in PostgreSQL.</summary>
public static class MartenSetup
{
    /// <summary>
    /// The server checks every few seconds, even in the middle of a query, that the client is still there. The daemon's
    /// monitored lock (below) keeps a pg_sleep running on each lock connection; without this check a node killed outright
    /// would hold its shards' locks until that sleep ends (up to a minute), and no standby could take over. PostgreSQL 14+.
    /// </summary>
    public static string WithConnectionChecks(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("client_connection_check_interval", StringComparison.Ordinal) is not true)
            builder.Options = $"{builder.Options} -c client_connection_check_interval=2000".Trim();
        return builder.ConnectionString;
    }

    public static void Configure(StoreOptions opts, string connectionString, string schemaName)
    {
        opts.Connection(WithConnectionChecks(connectionString));
        opts.DatabaseSchemaName = schemaName;
        opts.Events.DatabaseSchemaName = schemaName;
        opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
            configure: o =>
            {
                o.Converters.Insert(0, new GoalStatusJson()); // first: it reads the goal statuses older snapshots hold
                o.Converters.Add(new JsonStringEnumConverter());
            });

        // Each organisation is a tenant; one database, rows tagged with the tenant id. A session opened for a
        // tenant cannot read or write another tenant's rows, so isolation does not rely on query filters.
        opts.Events.TenancyStyle = TenancyStyle.Conjoined;
        opts.Policies.AllDocumentsAreMultiTenanted();

        // Without this the HotCold daemon cannot take its leader lock with the DistributedLock stand-in (PLATFORM.md).
        opts.Events.UseAdvisoryLockTransaction = true;
        // A shard's leader must notice at once when its lock connection dies (a database restart frees every advisory lock):
        // without monitoring, Marten asks the connection object, which still says "open", and goes on projecting while a
        // standby takes the freed lock. Monitoring keeps a pg_sleep running on the lock connection (inside a savepoint)
        // and marks the lock lost the moment it fails. See Api/Hosting/ShardSupervisor for the rest of the repair.
        opts.Events.UseMonitoredAdvisoryLock = true;
        opts.Events.StreamIdentity = StreamIdentity.AsGuid;

        Privacy.PersonalDataMasking.Configure(opts);
        opts.Projections.Snapshot<Organisation>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Contract>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Mentor>(SnapshotLifecycle.Inline);
        // Supervision and training sessions: one stream each, the attendees' own streams get their part in the same transaction.
        opts.Projections.Snapshot<SupervisionSession>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<TrainingSession>(SnapshotLifecycle.Inline);
        opts.Schema.For<SupervisionSession>().Index(x => x.HeldOn);
        opts.Schema.For<TrainingSession>().Index(x => x.HeldOn);
        opts.Projections.Snapshot<Client>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Match>(SnapshotLifecycle.Inline);
        // Staff check-ins and health checks, one stream per match beside it (Monitoring/MatchMonitoring.cs says why): inline,
        // since the desk and the mutations read it back at once.
        opts.Projections.Snapshot<Monitoring.MatchMonitoring>(SnapshotLifecycle.Inline);
        opts.Schema.For<Monitoring.MatchMonitoring>().Index(x => x.MatchId);
        opts.Schema.For<Monitoring.CheckInPolicy>().UseOptimisticConcurrency(true);
        // A referral lives in the receiving NGO's tenant (its inbox, and the case it becomes); the sender's copy of its
        // status (SentReferral) is a plain document in the sender's tenant, written with every change of the referral.
        opts.Projections.Snapshot<Referrals.Referral>(SnapshotLifecycle.Inline);
        opts.Schema.For<Referrals.Referral>().Index(x => x.Status).Index(x => x.ClientId).Index(x => x.SentAt);
        opts.Schema.For<Referrals.SentReferral>().Index(x => x.ReferrerUserId).Index(x => x.SentAt);
        // A hand-over lives in the NGO's tenant next to the case; the social worker reads its copy (HandoverCase), a plain
        // document in the municipality's tenant written with every change of the hand-over.
        opts.Projections.Snapshot<Handovers.Handover>(SnapshotLifecycle.Inline);
        opts.Schema.For<Handovers.Handover>().Index(x => x.ClientId).Index(x => x.Status);
        opts.Schema.For<Handovers.HandoverCase>().Index(x => x.SocialWorkerUserId);
        // A transfer likewise: its stream in the receiving NGO's tenant, the sender's status copy (SentTransfer) in the sender's.
        opts.Projections.Snapshot<Transfers.Transfer>(SnapshotLifecycle.Inline);
        opts.Schema.For<Transfers.Transfer>().Index(x => x.Status).Index(x => x.OfferedAt);
        opts.Schema.For<Transfers.SentTransfer>().Index(x => x.ClientId).Index(x => x.Status);
        // The contact log, one document per contact: inline, since a mutation answers with the contact it just changed.
        opts.Projections.Add<Contacts.ContactLogProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<Contacts.ContactAttemptLogProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Snapshot<OutboxMessage>(SnapshotLifecycle.Inline);
        // Inter-institutional meetings: inline, since a case page lists them and a mutation answers with the meeting.
        opts.Projections.Snapshot<Meetings.InterInstitutionalMeeting>(SnapshotLifecycle.Inline);
        opts.Schema.For<Meetings.InterInstitutionalMeeting>().Index(x => x.ClientId).Index(x => x.StartsAt);
        // Group activities: inline, since the staff's list, the mentor's phone and the mutations read them back at once.
        opts.Projections.Snapshot<Activities.GroupActivity>(SnapshotLifecycle.Inline);
        opts.Schema.For<Activities.GroupActivity>().Index(x => x.StartsAt).GinIndexJsonData(); // invitee containment
        // Each erasure and how far it got: inline, since the job reads it back before every step.
        opts.Projections.Snapshot<Privacy.ErasureRequest>(SnapshotLifecycle.Inline);
        opts.Schema.For<Privacy.ErasureRequest>().Index(x => x.CompletedAt).Index(x => x.RequestedAt);
        // An NGO's own directory entries and corrections: inline, since an edit answers with the entry it changed.
        opts.Projections.Snapshot<Services.LocalService>(SnapshotLifecycle.Inline);
        opts.Schema.For<Services.LocalService>().Index(x => x.Municipality).Index(x => x.PlatformId);
        // Histories are for reading later, not for the next decision: the async daemon builds them.
        opts.Projections.Add<ContractHistoryProjection>(ProjectionLifecycle.Async);
        // Outcome reporting reads these: aggregates only, built by the daemon, indexed so a period reads only its own cases.
        opts.Projections.Snapshot<Outcomes.ClientOutcome>(SnapshotLifecycle.Async);
        opts.Projections.Snapshot<Outcomes.MatchOutcome>(SnapshotLifecycle.Async);
        opts.Schema.For<Outcomes.ClientOutcome>().Index(x => x.Municipality).Index(x => x.ReferredOn).Index(x => x.ClosedOn)
            // A summary reads the territory's cases still open in the period; (municipality, open until) finds them without
            // walking the territory's closed history (bench/RESULTS.md: with the municipality index alone it grew with it).
            .Index(new Expression<Func<Outcomes.ClientOutcome, object>>[] { x => x.Municipality, x => x.OpenUntil });
        opts.Schema.For<Outcomes.MatchOutcome>().Index(x => x.ClientId);
        // Each issue of a summary is recorded on its (contract, period) stream; the next decision reads it back at once.
        opts.Projections.Snapshot<Outcomes.OutcomeSummaryIssues>(SnapshotLifecycle.Inline);

        opts.Schema.For<Organisation>().Index(x => x.Kind);
        opts.Schema.For<Contract>().Index(x => x.MunicipalityCode).Index(x => x.EndDate);
        opts.Schema.For<Mentor>().Index(x => x.Stage).Index(x => x.AppliedAt).Index(x => x.BackgroundCheckExpiresOn)
            .Index(x => x.Profile.Email)
            .GinIndexJsonData(); // municipality, language and speciality filters are jsonb containment queries
        opts.Schema.For<VettingPolicy>().UseOptimisticConcurrency(true);
        opts.Schema.For<TrainingCatalogue>().UseOptimisticConcurrency(true);
        opts.Schema.For<Reminders.ReminderRules>().UseOptimisticConcurrency(true);
        opts.Schema.For<Client>().Index(x => x.ExpectedReleaseDate).Index(x => x.DestinationMunicipality).Index(x => x.Stage)
            .Index(x => x.SearchName).Index(x => x.ReferredAt)
            .Index(x => x.HasOpenRefusal) // the desk's open refusals
            .Index(x => x.ApplicationDueOn); // the desk's applications not filed, deadline near or passed
        // Audit records are read by time; they are inserted once and never updated.
        opts.Schema.For<Mentoring.Domain.Audit.AuditRecord>().Index(x => x.At).Index(x => x.SubjectId);
        opts.Schema.For<Match>().Index(x => x.MentorId).Index(x => x.ClientId).Index(x => x.Stage);
        // Every read of the contact log is by match and most by time (timeline, last contact, counts, outcome figures): both
        // are columns of their own, indexed, so no query parses them out of each row's JSON. The desk's alert list reads
        // the open urgent concerns.
        opts.Schema.For<Contacts.ContactRecord>().Duplicate(x => x.MatchId).Duplicate(x => x.HappenedAt).Index(x => x.OpenUrgentConcern);
        // Failed attempts are read by match and time too: the match log and the reminder scan's escalation.
        opts.Schema.For<Contacts.ContactAttemptRecord>().Duplicate(x => x.MatchId).Duplicate(x => x.AttemptedAt);
        // The outbox sweep looks for unsent messages; "notifications" lists them newest first.
        opts.Schema.For<OutboxMessage>().Index(x => x.SentAt).Index(x => x.NotBefore).Index(x => x.QueuedAt).Index(x => x.Kind);
        // The e-mail is the sign-in name, so it is unique across every tenant.
        opts.Schema.For<UserAccount>()
            .UniqueIndex(UniqueIndexType.Computed, "uix_user_email", TenancyScope.Global, x => x.Email)
            .Index(x => x.OrganisationId)
            .UseOptimisticConcurrency(true);
        opts.Schema.For<ApiToken>().UniqueIndex(UniqueIndexType.Computed, "uix_api_token_hash", TenancyScope.Global, x => x.SecretHash).Index(x => x.UserId);
        // Sessions are looked up by id on every request and listed per user; a reset link finds its account by the token's hash.
        opts.Schema.For<UserSession>().Index(x => x.UserId);
        opts.Schema.For<SecurityPolicy>().UseOptimisticConcurrency(true);
        opts.Schema.For<UserAccount>().Index(x => x.PasswordResetTokenHash);
    }
}
