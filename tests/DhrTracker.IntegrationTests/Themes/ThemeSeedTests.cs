using DhrTracker.Cli;
using DhrTracker.Core.Themes;
using Microsoft.Extensions.Configuration;

namespace DhrTracker.IntegrationTests.Themes;

public sealed class ThemeSeedTests
{
    /// <summary>DHR-PRIMER section 5, typed from the primer (category: themes in its order).</summary>
    private static readonly string[] Primer =
    [
        "Nature of abuse: Coercive control; Economic abuse; Stalking and harassment; Jealousy; Sexual abuse; Non-fatal strangulation; Honour-based abuse; Separation; Abuse of older people",
        "Victim context: Mental health; Alcohol; Substance misuse; Disability and neurodiversity; Older victims; Male victims; LGBT+ victims; Ethnicity, culture and language; Immigration status; Suicide and suicidality",
        "Professional practice: Professional curiosity; Routine enquiry; Risk assessment; Information sharing; Multi-agency working; Record keeping; Knowledge of support and referral pathways; MARAC; Clare's Law; Domestic abuse within families; Understanding non-violent abuse; Think family; Mental Capacity Act",
        "System: Training; Policy and procedure; Commissioning and services; Supervision",
        "Community: Public awareness; Information for family and friends",
    ];

    private static async Task<string[]> StoredTaxonomyAsync(AppDbContext db, int partnershipId)
    {
        var themes = await db.Themes.AsNoTracking().Where(t => t.PartnershipId == partnershipId)
            .Select(t => new { Category = t.Category!.Name, CategoryOrder = t.Category.SortOrder, t.SortOrder, t.Name, t.IsRetired, t.MergedIntoThemeId })
            .ToListAsync();
        Assert.All(themes, t => Assert.False(t.IsRetired || t.MergedIntoThemeId is not null));
        return themes.GroupBy(t => (t.Category, t.CategoryOrder)).OrderBy(g => g.Key.CategoryOrder)
            .Select(g => $"{g.Key.Category}: {string.Join("; ", g.OrderBy(t => t.SortOrder).Select(t => t.Name))}")
            .ToArray();
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_new_partnership_starts_with_the_primers_taxonomy_of_its_own(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreatePartnershipAsync("Partnership A");
        var b = await db.CreatePartnershipAsync("Partnership B");

        await using var context = db.NewContext();
        Assert.Equal(Primer, await StoredTaxonomyAsync(context, a));
        Assert.Equal(Primer, await StoredTaxonomyAsync(context, b));
        Assert.Equal(2 * 38, await context.Themes.CountAsync());
    }

    [Fact]
    public async Task A_partnership_made_with_the_dhr_command_has_the_taxonomy()
    {
        var dir = Directory.CreateTempSubdirectory("dhr-cli-themes-").FullName;
        var connection = $"Data Source={Path.Combine(dir, "dhr.db")};Pooling=false";
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = dir,
            ["ConnectionStrings:Dhr"] = connection,
        }).Build();
        try
        {
            Assert.Equal(0, await CliApp.RunAsync(["migrate"], TextWriter.Null, TextWriter.Null, config));
            Assert.Equal(0, await CliApp.RunAsync(["create-partnership", "--name", "Westmere CSP", "--prefix", "Westmere DHR"], TextWriter.Null, TextWriter.Null, config));

            var options = new DbContextOptionsBuilder<AppDbContext>();
            new DatabaseSettings(DatabaseProvider.Sqlite, connection).Configure(options);
            await using var context = new AppDbContext(options.Options);
            var partnership = await context.Partnerships.SingleAsync();
            Assert.Equal(Primer, await StoredTaxonomyAsync(context, partnership.Id));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_refused_partnership_seeds_no_themes()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await db.CreatePartnershipAsync("Partnership A");

        var again = await db.Get<Core.Partnerships.PartnershipAdmin>().CreateAsync(new() { Name = "partnership a", ReferencePrefix = "X" });

        Assert.False(again.Succeeded);
        await using var context = db.NewContext();
        Assert.Equal(38, await context.Themes.CountAsync());
    }

    [Fact]
    public async Task Theme_names_are_found_ignoring_case()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var a = await db.CreatePartnershipAsync("Partnership A");
        await using var context = db.NewContext();

        var theme = await ThemeLookup.FindThemeAsync(context, a, "  clare's LAW ");

        Assert.Equal("Clare's Law", theme?.Name);
        Assert.Null(await ThemeLookup.FindThemeAsync(context, a, "Clare"));
    }
}
