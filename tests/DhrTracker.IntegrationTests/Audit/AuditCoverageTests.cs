using System.Reflection;
using System.Text.Json;
using DhrTracker.Core.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>
/// R15: each read of case content, each change and each denied read writes exactly one audit row with
/// the expected action, record, review and outcome; a change also keeps its values before and after.
/// The reflection check makes the table complete: a new service method fails it until it is audited
/// and added, or shown to read no case content.
/// </summary>
public sealed class AuditCoverageTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_read_change_and_denied_read_writes_exactly_one_row_with_the_expected_fields(DatabaseProvider provider)
    {
        await using var w = await AuditCoverageWorld.CreateAsync(provider);
        var failures = new List<string>();
        foreach (var c in AuditCoverageTable.Cases)
        {
            var before = await LastIdAsync(w.Db);
            w.Db.SignInAs(c.As(w));
            await c.Call(w);
            await using var context = w.Db.NewContext();
            var rows = await context.AuditEntries.AsNoTracking().Include(e => e.ChangeSet).Where(e => e.Id > before).ToListAsync();
            if (c.AlsoCreatesRecords)
            {
                var created = rows.RemoveAll(r => r.Action == AuditActions.Create);
                failures.AddRange(created == 0 ? [$"{c}: expected the created records' own Create rows, found none"] : []);
            }

            failures.AddRange(Check(c, w, rows).Select(problem => $"{c}: {problem}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var chain = (await w.Db.AsInstallation<AuditVerifier>().VerifyAsync()).Value!;
        Assert.True(chain.Intact, chain.Problem);
    }

    [Fact]
    public void Every_public_method_of_every_core_service_is_in_the_table_or_reads_no_case_content()
    {
        var methods = CoreServiceMethods();
        Assert.Contains("PeopleReader.GetAsync", methods);
        Assert.Contains("VictimService.RemoveAsync", methods);
        var covered = AuditCoverageTable.Cases.Select(c => c.Method).Concat(ReadsNoCaseContent).Concat(AccountEvents)
            .ToHashSet();

        Assert.Equal([], methods.Except(covered).Order());
        Assert.Empty(covered.Except(methods).Order());
    }

    /// <summary>Methods that read no case content, so write no audit row of their own. Keep this short.</summary>
    private static readonly string[] ReadsNoCaseContent =
    [
        // Numbers and the workflow's own bookkeeping (references, stages, due dates): no person, finding or document.
        "ReviewService.SuggestReferenceAsync", "ReviewService.CountByStageAsync", "DashboardService.GetAsync", "AttentionService.GetAsync",
        "ReviewAgencyService.OverdueAsync", "ActionDashboardService.SummaryAsync", "FindingAgencyService.CountToResolveAsync",
        // Who could join a panel: names of the partnership's staff, not of anyone in a case.
        "PanelService.CandidatesAsync",
        // The partnership's vocabularies and settings, read by the forms that change them (the changes are audited).
        "ThemeTaxonomyService.ListAsync", "ThemeTaxonomyService.CategoriesAsync", "AgencyRegister.ListAsync",
        "PartnershipSettingsService.ManageableAsync", "PartnershipSettingsService.GetAsync", "PartnershipReader.CurrentNameAsync",
        "PartnershipReader.CurrentLabelAsync", "TimescaleService.ReachesAsync", "LetterTemplateService.ListAsync",
        "PartnershipAdmin.FindByNameAsync", "PartnershipAdmin.FindAgencyIdAsync",
        // The dhr command creating a partnership (installation set-up, before any case exists).
        "PartnershipAdmin.CreateAsync",
        // Plumbing every call goes through: who is asking, from where, their session, job leases, the category helper.
        "CurrentUserLoader.GetAsync", "RequestOrigin.Set", "RelationshipCategorySource.CategoriesOfAsync",
        "UserSessions.StartAsync", "UserSessions.CheckAsync", "UserSessions.TouchAsync", "UserSessions.EndAsync",
        "UserSessions.EndAllAsync", "UserSessions.EndOthersAsync", "JobLeases.TryAcquireAsync", "JobLeases.CompleteAsync",
        // Reads the trail's hashes, not its content; the demo seed writes a whole sample partnership, and dhr seed-synthetic whole
        // synthetic partnerships into an empty database (one audit row per run, ADR 0401).
        "AuditVerifier.VerifyAsync", "DemoData.SeedAsync", "SyntheticSeeder.SeedAsync",
        // Account administration reads accounts, not cases.
        "AccountAdminService.ListAsync", "AccountAdminService.GetAsync", "AccountAdminService.PartnershipOptionsAsync",
        "InvitationService.CheckAsync",
        // Which national reference data is loaded, when and by whom: installation-wide, no case content (its refusal is audited).
        "NationalDataService.StatusAsync",
    ];

    /// <summary>Account changes: each writes one account event, asserted row by row in the Accounts tests (AccountChangeTests, AccountSecurityTests, InvitationTests).</summary>
    private static readonly string[] AccountEvents =
    [
        "AccountAdminService.ChangeAsync", "AccountInviteService.InviteAsync", "AccountInviteService.ResendInvitationAsync",
        "AccountSecurityService.DisableAsync", "AccountSecurityService.EnableAsync", "AccountSecurityService.ResetTwoFactorAsync",
        "AccountSecurityService.EndSessionsAsync", "InvitationService.AcceptAsync", "UserAdmin.CreateAsync",
    ];

    /// <summary>"Service.Method" for each public method of each scoped service Core registers (singletons are infrastructure).</summary>
    private static HashSet<string> CoreServiceMethods()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Dhr"] = "Data Source=:memory:",
        }).Build();
        var services = new ServiceCollection().AddDhrCore(config)
            .Where(d => d.Lifetime == ServiceLifetime.Scoped && d.ImplementationType is { } t && t.Assembly == typeof(AppDbContext).Assembly
                && !(d.ServiceType.IsGenericType && d.ServiceType.Name.StartsWith("IValidator", StringComparison.Ordinal)))
            .Select(d => d.ImplementationType!)
            .Distinct();
        return services.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => !m.IsSpecialName && m.DeclaringType!.Assembly == typeof(AppDbContext).Assembly
                    && m.DeclaringType != typeof(object) && m.Name is not ("Equals" or "GetHashCode" or "ToString" or "<Clone>$" or "Deconstruct"))
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet();
    }

    private static IEnumerable<string> Check(AuditCase c, AuditCoverageWorld w, List<AuditEntry> rows)
    {
        if (rows.Count != 1)
        {
            yield return $"expected exactly 1 audit row, found {rows.Count} ({string.Join(", ", rows.Select(r => $"{r.Action} {r.EntityType}"))})";
            yield break;
        }

        var row = rows[0];
        if (row.Action != c.Action || row.EntityType != c.EntityType || row.Outcome != c.Outcome)
        {
            yield return $"expected {c.Action} {c.EntityType} {c.Outcome}, found {row.Action} {row.EntityType} {row.Outcome}";
        }

        if (row.ReviewId != c.ReviewId(w))
        {
            yield return $"expected review {c.ReviewId(w)?.ToString() ?? "none"}, found {row.ReviewId?.ToString() ?? "none"}";
        }

        if (row.UserId != (c.RecordedAs ?? c.As(w)))
        {
            yield return $"expected the row to name {c.RecordedAs ?? c.As(w)}, found {row.UserId}";
        }

        if (c.DetailContains is { } text && row.Detail?.Contains(text, StringComparison.Ordinal) != true)
        {
            yield return $"expected Detail to contain '{text}', found '{row.Detail}'";
        }

        if (c.Change is { } change)
        {
            var values = row.ChangeSet?.Values;
            if (values is null)
            {
                yield return "expected values before and after, found none";
                yield break;
            }

            using var json = JsonDocument.Parse(values);
            if (!json.RootElement.TryGetProperty(change.Field, out var pair))
            {
                yield return $"expected {change.Field} among the values, found {values}";
                yield break;
            }

            var (was, now) = (Text(pair[0]), Text(pair[1]));
            if (was != change.Before || now != change.After)
            {
                yield return $"expected {change.Field} [{change.Before ?? "null"} -> {change.After ?? "null"}], found [{was ?? "null"} -> {now ?? "null"}]";
            }
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };

    private static async Task<long> LastIdAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }
}
