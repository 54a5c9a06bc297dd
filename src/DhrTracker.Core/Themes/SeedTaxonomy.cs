using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Themes;

/// <summary>
/// The taxonomy every new partnership starts with: DHR-PRIMER section 5, names exactly as written.
/// Keywords are a starting point only; administrators edit them.
/// </summary>
public static class SeedTaxonomy
{
    public sealed record SeedTheme(string Name, string Keywords = "");

    public sealed record SeedCategory(string Name, IReadOnlyList<SeedTheme> Themes);

    public static readonly IReadOnlyList<SeedCategory> Categories =
    [
        new("Nature of abuse",
        [
            new("Coercive control", "controlling, isolated, isolation, monitoring"),
            new("Economic abuse", "financial abuse, money, debt"),
            new("Stalking and harassment", "stalking, harassment, following"),
            new("Jealousy", "jealous"),
            new("Sexual abuse", "rape, sexual assault"),
            new("Non-fatal strangulation", "strangled, strangling, choked, choking"),
            new("Honour-based abuse", "honour, forced marriage"),
            new("Separation", "separated, split up, left the relationship"),
            new("Abuse of older people"),
        ]),
        new("Victim context",
        [
            new("Mental health", "depression, anxiety, psychosis"),
            new("Alcohol", "drinking, drunk"),
            new("Substance misuse", "drugs, drug use, heroin, cocaine"),
            new("Disability and neurodiversity", "disability, disabled, autism, autistic, ADHD, learning disability"),
            new("Older victims"),
            new("Male victims"),
            new("LGBT+ victims", "gay, lesbian, bisexual, transgender"),
            new("Ethnicity, culture and language", "interpreter, language barrier"),
            new("Immigration status", "immigration, visa, no recourse to public funds"),
            new("Suicide and suicidality", "suicide, suicidal, overdose, self-harm"),
        ]),
        new("Professional practice",
        [
            new("Professional curiosity", "curiosity, did not ask, accepted at face value"),
            new("Routine enquiry", "routine enquiry, not asked about domestic abuse"),
            new("Risk assessment", "DASH, risk assessment"),
            new("Information sharing", "not shared, share information"),
            new("Multi-agency working", "multi-agency"),
            new("Record keeping", "records, recorded, not recorded"),
            new("Knowledge of support and referral pathways", "referral, signposting, pathway"),
            new("MARAC"),
            new("Clare's Law", "DVDS, disclosure scheme"),
            new("Domestic abuse within families", "familial, son, daughter, mother, father, sibling"),
            new("Understanding non-violent abuse", "non-violent"),
            new("Think family"),
            new("Mental Capacity Act", "capacity"),
        ]),
        new("System",
        [
            new("Training"),
            new("Policy and procedure", "policy, procedure"),
            new("Commissioning and services", "commissioning, commissioned"),
            new("Supervision"),
        ]),
        new("Community",
        [
            new("Public awareness", "awareness campaign"),
            new("Information for family and friends", "family and friends, friends and family"),
        ]),
    ];

    /// <summary>Adds the seed taxonomy of a new partnership to the context, to commit with the partnership itself.</summary>
    public static void AddTo(DbContext db, Partnership partnership)
    {
        var categoryOrder = 0;
        foreach (var seed in Categories)
        {
            // Navigations, not ids: the partnership's id is only known once this same SaveChanges inserts it.
            var category = new ThemeCategory { Id = Guid.NewGuid(), Partnership = partnership, Name = seed.Name, SortOrder = ++categoryOrder };
            db.Add(category);
            var themeOrder = 0;
            foreach (var theme in seed.Themes)
            {
                db.Add(new Theme { Id = Guid.NewGuid(), Partnership = partnership, Category = category, Name = theme.Name, Keywords = theme.Keywords, SortOrder = ++themeOrder });
            }
        }
    }
}
