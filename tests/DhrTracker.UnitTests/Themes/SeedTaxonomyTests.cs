using DhrTracker.Core.Themes;

namespace DhrTracker.UnitTests.Themes;

public sealed class SeedTaxonomyTests
{
    /// <summary>Typed from DHR-PRIMER section 5, not copied from the seed code.</summary>
    public static readonly IReadOnlyList<(string Category, string[] Themes)> Primer =
    [
        ("Nature of abuse", ["Coercive control", "Economic abuse", "Stalking and harassment", "Jealousy", "Sexual abuse",
            "Non-fatal strangulation", "Honour-based abuse", "Separation", "Abuse of older people"]),
        ("Victim context", ["Mental health", "Alcohol", "Substance misuse", "Disability and neurodiversity", "Older victims",
            "Male victims", "LGBT+ victims", "Ethnicity, culture and language", "Immigration status", "Suicide and suicidality"]),
        ("Professional practice", ["Professional curiosity", "Routine enquiry", "Risk assessment", "Information sharing",
            "Multi-agency working", "Record keeping", "Knowledge of support and referral pathways", "MARAC", "Clare's Law",
            "Domestic abuse within families", "Understanding non-violent abuse", "Think family", "Mental Capacity Act"]),
        ("System", ["Training", "Policy and procedure", "Commissioning and services", "Supervision"]),
        ("Community", ["Public awareness", "Information for family and friends"]),
    ];

    [Fact]
    public void The_seed_is_the_primers_list_exactly_in_its_order()
    {
        var seeded = SeedTaxonomy.Categories.Select(c => (c.Name, c.Themes.Select(t => t.Name).ToArray())).ToList();

        Assert.Equal(Primer.Select(p => p.Category), seeded.Select(s => s.Name));
        foreach (var (category, themes) in Primer)
        {
            Assert.Equal(themes, seeded.Single(s => s.Name == category).Item2);
        }
    }

    [Fact]
    public void Good_practice_is_not_a_theme()
    {
        Assert.DoesNotContain(SeedTaxonomy.Categories.SelectMany(c => c.Themes), t => t.Name.Contains("good practice", StringComparison.OrdinalIgnoreCase));
    }
}
