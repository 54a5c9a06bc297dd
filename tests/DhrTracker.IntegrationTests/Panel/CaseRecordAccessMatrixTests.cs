using DhrTracker.Core.Agencies;
using DhrTracker.Core.Common;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;

namespace DhrTracker.IntegrationTests.Panel;

/// <summary>
/// R2 for issue 4's services: every role against every write, on a review the panel member sits
/// on. "Allowed" saves; "Refused" is a refusal; "NotFound" means the review is invisible to them.
/// </summary>
public sealed class CaseRecordAccessMatrixTests
{
    public enum Outcome { Allowed, Refused, NotFound }

    private static readonly Dictionary<string, Func<TestDatabase, Guid, Task<bool>>> Operations = new()
    {
        ["AddVictim"] = async (db, r) => (await db.Get<VictimService>().AddAsync(r, new VictimInput { Pseudonym = "Adult Z", AgeAtDeath = 30 })).Succeeded,
        ["AddPerpetrator"] = async (db, r) => (await db.Get<PerpetratorService>().AddAsync(r, new PerpetratorInput { Pseudonym = "Adult Y" })).Succeeded,
        ["SaveCircumstances"] = async (db, r) => (await db.Get<CircumstancesService>().SaveAsync(r, new CircumstancesInput())).Succeeded,
        ["AddAgency"] = async (db, r) => (await db.Get<ReviewAgencyService>().AddAsync(r, new ReviewAgencyInput { AgencyId = await PanelAccessTests.AgencyIdAsync(db, "Housing") })).Succeeded,
        ["Upload"] = async (db, r) => (await db.Get<ReviewDocumentService>().UploadAsync(r, new DocumentUploadInput { Kind = DocumentKind.Other, Title = "Note" }, PanelAccessTests.Pdf())).Succeeded,
        ["AddPanelMember"] = async (db, r) => (await db.Get<PanelService>().AddAsync(r, new PanelMemberInput { UserId = await db.CreateUserAsync(Roles.PanelMember, TwoReviews.Partnership) })).Succeeded,
    };

    public static TheoryData<string, string, Outcome> Matrix()
    {
        var data = new TheoryData<string, string, Outcome>();
        var caseWork = new[] { "AddVictim", "AddPerpetrator", "SaveCircumstances", "AddAgency", "Upload" };
        foreach (var op in Operations.Keys)
        {
            var isCaseWork = caseWork.Contains(op);
            data.Add("Coordinator", op, Outcome.Allowed);
            data.Add("SeatedPanelMember", op, isCaseWork ? Outcome.Allowed : Outcome.Refused);
            data.Add("Manager", op, Outcome.Refused);
            data.Add("UnseatedPanelMember", op, Outcome.NotFound);
            data.Add("AgencyLead", op, Outcome.NotFound);
            data.Add("Administrator", op, Outcome.NotFound);
            data.Add("OtherPartnershipCoordinator", op, Outcome.NotFound);
        }

        return data;
    }

    [Theory, MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_its_outcome(string who, string operation, Outcome expected)
    {
        var c = await TwoReviews.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = c.Db;
        c.Db.SignInAs(who switch
        {
            "Coordinator" => c.Coordinator,
            "SeatedPanelMember" => c.PanelMember,
            "Manager" => c.Manager,
            "UnseatedPanelMember" => await c.Db.CreateUserAsync(Roles.PanelMember, TwoReviews.Partnership),
            "AgencyLead" => await c.Db.CreateUserAsync(Roles.AgencyLead, TwoReviews.Partnership),
            "Administrator" => await c.Db.CreateUserAsync(Roles.Administrator, TwoReviews.Partnership),
            _ => await OtherCoordinatorAsync(c.Db),
        });

        Outcome actual;
        try
        {
            actual = await Operations[operation](c.Db, c.Sat) ? Outcome.Allowed : Outcome.Refused;
        }
        catch (NotFoundException)
        {
            actual = Outcome.NotFound;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_matrix_covers_every_public_write_of_the_new_services()
    {
        // A new public method on these services must be added to the matrix (or to the read-only list) deliberately.
        Type[] services = [typeof(VictimService), typeof(PerpetratorService), typeof(RelationshipService), typeof(CircumstancesService),
            typeof(ReviewAgencyService), typeof(ReviewDocumentService), typeof(PanelService), typeof(PeopleReader)];
        var methods = services.SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Concat(t.BaseType!.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.DeclaringType!.Namespace!.StartsWith("DhrTracker"))
            .Select(m => $"{t.Name}.{m.Name}")).Distinct().Order().ToList();

        string[] coveredHereOrInPanelAccessTests =
        [
            "CircumstancesService.SaveAsync", "PanelService.AddAsync", "PanelService.CandidatesAsync", "PanelService.ListAsync",
            "PanelService.RemoveAsync", "PanelService.UpdateAsync", "PeopleReader.GetAsync", "PerpetratorService.AddAsync",
            "PerpetratorService.RemoveAsync", "PerpetratorService.UpdateAsync", "RelationshipService.RemoveAsync", "RelationshipService.AddAsync",
            "ReviewAgencyService.AddAsync", "ReviewAgencyService.ListAsync", "ReviewAgencyService.OverdueAsync", "ReviewAgencyService.RemoveAsync",
            "ReviewAgencyService.UpdateAsync", "ReviewDocumentService.DownloadAsync", "ReviewDocumentService.ListAsync", "ReviewDocumentService.UploadAsync",
            "VictimService.AddAsync", "VictimService.RemoveAsync", "VictimService.UpdateAsync",
        ];
        Assert.Equal(coveredHereOrInPanelAccessTests.Order(), methods);
    }

    private static async Task<string> OtherCoordinatorAsync(TestDatabase db)
    {
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        return await db.CreateUserAsync(Roles.Coordinator, "Partnership B");
    }
}
