using Bunit;
using DhrTracker.Core.Access;
using DhrTracker.Core.People;
using DhrTracker.Web.Components.Pages.Reviews.People;

namespace DhrTracker.Web.Tests.Components.Reviews;

/// <summary>A sensitive fact the service withheld is shown as "Restricted" with nothing to edit; the other demographics stay editable.</summary>
public sealed class DemographicsFieldsTests : MudTestContext
{
    private IRenderedComponent<DemographicsFields> RenderFields(IReadOnlyList<SensitiveFact> restricted) =>
        Render<DemographicsFields>(p => p
            .Add(x => x.Model, new VictimInput { Pseudonym = "Adult A" })
            .Add(x => x.ErrorFor, _ => null)
            .Add(x => x.Restricted, restricted));

    [Fact]
    public void Withheld_health_disability_and_substance_facts_read_restricted_and_offer_no_control()
    {
        var fields = RenderFields([SensitiveFact.MentalHealth, SensitiveFact.Disability, SensitiveFact.Substance]);

        string[] withheld = ["Disability", "MentalHealth", "Alcohol", "SubstanceMisuse", "Neurodiversity", "PhysicalDisability"];
        foreach (var field in withheld)
        {
            Assert.Contains("Restricted", fields.Find($"[data-testid='restricted-{field}']").TextContent);
            Assert.Empty(fields.FindAll($"[data-testid='select-{field}'], [data-testid='check-{field}']"));
        }

        Assert.Single(fields.FindAll("[data-testid='check-HousingNeed']"));
        Assert.Single(fields.FindAll("[data-testid='check-Pregnancy']"));
    }

    [Fact]
    public void Nothing_reads_restricted_for_someone_who_may_read_every_fact()
    {
        var fields = RenderFields([]);

        Assert.Empty(fields.FindAll("[data-testid^='restricted-']"));
        Assert.Single(fields.FindAll("[data-testid='check-Alcohol']"));
        Assert.Single(fields.FindAll("[data-testid='select-MentalHealth']"));
    }
}
