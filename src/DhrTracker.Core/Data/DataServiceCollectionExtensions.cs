using DhrTracker.Core.Accounts;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Learning;
using DhrTracker.Core.National;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.People;
using DhrTracker.Core.Reminders;
using DhrTracker.Core.Retention;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the context factory (one context per operation), interceptors and the Core services.</summary>
    public static IServiceCollection AddDhrCore(this IServiceCollection services, IConfiguration config)
    {
        var settings = DatabaseSettings.From(config);
        services.AddSingleton(settings);
        services.TryAddTimeProvider();
        services.AddSingleton<VersioningInterceptor>();
        services.AddSingleton<AppendOnlyAuditInterceptor>();
        services.AddSingleton<Live.ReviewChangeFeed>();
        services.AddSingleton<Live.ReviewChangeInterceptor>();
        services.AddDbContextFactory<AppDbContext>((sp, options) =>
        {
            settings.Configure(options);
            options.AddInterceptors(sp.GetRequiredService<VersioningInterceptor>(),
                sp.GetRequiredService<AppendOnlyAuditInterceptor>(), sp.GetRequiredService<Live.ReviewChangeInterceptor>());
        });

        services.AddValidatorsFromAssemblyContaining<AppDbContext>(includeInternalTypes: true);
        services.AddSingleton(SessionLimits.From(config));
        services.AddScoped<UserSessions>();
        services.AddScoped<RequestOrigin>();
        services.AddScoped<CurrentUserLoader>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditReader>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewLifecycleService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<PartnershipSettingsService>();
        services.AddScoped<PartnershipAdmin>();
        services.AddScoped<PartnershipReader>();
        services.AddScoped<UserAdmin>();
        services.AddScoped<AccountAdminService>();
        services.AddScoped<AccountInviteService>();
        services.AddScoped<AccountSecurityService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<DemoData>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<ThemeTaxonomyService>();
        services.AddScoped<FindingService>();
        services.AddScoped<FindingAgencyService>();
        services.AddScoped<ThemeLearningService>();
        services.AddScoped<NationalDataService>();
        services.AddScoped<IReviewCategorySource, RelationshipCategorySource>();
        services.AddScoped<PeopleReader>();
        services.AddScoped<VictimService>();
        services.AddScoped<PerpetratorService>();
        services.AddScoped<RelationshipService>();
        services.AddScoped<CircumstancesService>();
        services.AddScoped<AgencyRegister>();
        services.AddScoped<ReviewAgencyService>();
        services.AddScoped<PanelService>();
        services.AddScoped<AgencyRequestService>();
        services.AddScoped<PanelMeetingService>();
        services.AddSingleton<FileStore>();
        services.AddScoped<ReviewDocumentService>();
        services.AddScoped<Letters.LetterTemplateService>();
        services.AddScoped<Letters.LetterService>();
        services.AddScoped<NamesCheck.NamesCheckService>();
        services.AddScoped<Drafts.DraftService>();
        services.AddScoped<ActionPlanService>();
        services.AddScoped<ActionProgressService>();
        services.AddScoped<ActionDashboardService>();
        services.AddScoped<BoardReports.BoardReportService>();
        services.AddScoped<ActionExportService>();
        services.AddScoped<ReviewPrint.ReviewPrintService>();
        services.AddScoped<Attention.AttentionService>();
        services.AddScoped<ActionSnapshotService>();
        services.AddScoped<JobLeases>();
        services.AddScoped<ReminderDigestService>();
        services.AddScoped<LegalHoldService>();
        services.AddScoped<RetentionService>();
        services.AddScoped<Import.ImportService>();
        services.AddScoped<Synthetic.SyntheticSeeder>();
        services.AddScoped<Briefing.BriefingService>();
        services.AddScoped<Analytics.AnalyticsService>();
        // Issue 13, clocks: timescale versions and agreed revised timetables.
        services.AddScoped<TimescaleService>();
        services.AddScoped<RevisedTimetableService>();
        services.AddScoped<Reviews.Qa.QaDevelopmentAreaService>();
        services.AddScoped<Family.FamilyService>();
        services.AddScoped<Family.InvolvementService>();
        services.AddScoped<Search.SearchService>();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
