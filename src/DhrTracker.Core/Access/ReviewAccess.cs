using DhrTracker.Core.Actions;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Access;

/// <summary>
/// The one place that decides who may read or change a review. Every service query for reviews
/// starts from <see cref="Visible"/>, so lists, search, detail, documents and exports agree.
/// </summary>
/// <remarks>
/// Coordinators and Managers read every review of their partnership. A PanelMember reads only the
/// reviews whose panel they sit on, decided from the database on each call (no cached claim), so
/// adding or removing them takes effect on their next request. Administrators and AgencyLeads see
/// no case content.
/// </remarks>
public static class ReviewAccess
{
    /// <summary>Roles that read the case record of every review in their partnership.</summary>
    private static readonly string[] PartnershipReaders = [Roles.Coordinator, Roles.Manager];

    public static IQueryable<Review> Visible(this IQueryable<Review> reviews, CurrentUser user)
    {
        if (user.PartnershipId is not { } partnershipId)
        {
            return reviews.Where(_ => false);
        }

        if (PartnershipReaders.Any(user.IsIn))
        {
            return reviews.Where(r => r.PartnershipId == partnershipId);
        }

        if (user.IsIn(Roles.PanelMember))
        {
            var userId = user.UserId;
            return reviews.Where(r => r.PartnershipId == partnershipId && r.Panel.Any(p => p.UserId == userId));
        }

        return reviews.Where(_ => false);
    }

    /// <summary>
    /// Loads a review the user may read, with only the user's own panel seat (so the in-memory
    /// checks below can see it). Null when it does not exist or the user may not see it.
    /// </summary>
    public static Task<Review?> FindVisibleAsync(this IQueryable<Review> reviews, CurrentUser user, Guid reviewId,
        CancellationToken ct = default)
    {
        var userId = user.UserId;
        return reviews.Visible(user).Include(r => r.Panel.Where(p => p.UserId == userId))
            .SingleOrDefaultAsync(r => r.Id == reviewId, ct);
    }

    /// <summary>
    /// Searching across the record (ADR 0387): those who read case records, each over exactly the reviews
    /// <see cref="Visible"/> gives them (Coordinators and Managers their partnership's, a PanelMember the panels they sit on).
    /// Agency leads and Administrators read no case record, so there is nothing for them to search.
    /// </summary>
    public static bool CanSearch(CurrentUser user) =>
        user.PartnershipId is not null && (PartnershipReaders.Any(user.IsIn) || user.IsIn(Roles.PanelMember));

    public static bool CanCreate(CurrentUser user) => user.IsIn(Roles.Coordinator) && user.PartnershipId is not null;

    /// <summary>
    /// For a PanelMember the review's <see cref="Review.Panel"/> must be loaded (as
    /// <see cref="FindVisibleAsync"/> does); if it is not, the answer is no.
    /// </summary>
    public static bool CanRead(CurrentUser user, Review review) =>
        user.PartnershipId == review.PartnershipId
        && (PartnershipReaders.Any(user.IsIn) || SitsOn(user, review));

    /// <summary>Changing the review itself (stage, dates, decision) and its panel: the partnership's coordinators.</summary>
    public static bool CanChange(CurrentUser user, Review review) =>
        user.PartnershipId == review.PartnershipId && user.IsIn(Roles.Coordinator);

    /// <summary>
    /// A review's audit trail, with the values before and after each change: its partnership's Coordinators,
    /// who answer for who looked at and changed the case. Managers and panel members read the case, not who else did.
    /// </summary>
    public static bool CanReadAuditTrail(CurrentUser user, Review review) =>
        user.PartnershipId == review.PartnershipId && user.IsIn(Roles.Coordinator);

    /// <summary>
    /// Findings and key themes are written by the review's Coordinators and by the panel members who
    /// sit on it; <paramref name="sitsOnPanel"/> comes from the panel of this review.
    /// </summary>
    public static bool CanRecordFindings(CurrentUser user, Review review, bool sitsOnPanel) =>
        user.PartnershipId == review.PartnershipId
        && (user.IsIn(Roles.Coordinator) || (sitsOnPanel && user.IsIn(Roles.PanelMember)));
    /// <summary>Stage moves: a user who may change the review and holds a role the move allows (pauses need only <see cref="CanChange"/>).</summary>
    public static bool CanMove(CurrentUser user, Review review, ReviewMove move) =>
        CanChange(user, review) && ReviewStageMachine.For(move).Roles.Any(user.IsIn);

    /// <summary>
    /// Working on the review's case record (people, circumstances, agency contacts, documents):
    /// coordinators, and panel members who sit on it. Managers read but do not edit case facts.
    /// </summary>
    public static bool CanWorkOn(CurrentUser user, Review review) =>
        CanChange(user, review) || (user.PartnershipId == review.PartnershipId && SitsOn(user, review));

    /// <summary>
    /// The sensitive person facts (real name, offending, court outcome, health, disability and substance
    /// flags) this user may read on this review: those whose row of <see cref="SensitiveFacts.Table"/>
    /// names a capacity they hold on it, and none unless they read the review at all. For every other
    /// fact the services send nothing and keep the stored value when the user saves.
    /// </summary>
    public static IReadOnlySet<SensitiveFact> ReadableFacts(CurrentUser user, Review review)
    {
        if (!CanRead(user, review))
        {
            return new HashSet<SensitiveFact>();
        }

        var capacities = SensitiveFacts.CapacitiesOn(user, review);
        return SensitiveFacts.Table.Where(row => row.Readers.Overlaps(capacities)).Select(row => row.Fact).ToHashSet();
    }

    /// <summary>
    /// Placing and lifting a legal hold, which keeps a review whatever its age: the partnership's
    /// coordinators, who answer for its records (ADR 0305).
    /// </summary>
    public static bool CanSetLegalHold(CurrentUser user, Review review) => CanChange(user, review);

    /// <summary>
    /// Running retention, which removes whole reviews across every partnership: only the installation
    /// itself (the <c>dhr</c> command, scheduled by the operator), never an account signed in to the app,
    /// whatever its roles.
    /// </summary>
    public static bool CanRunRetention(CurrentUser user) => user.UserId == DhrCommandIdentity.UserId;

    /// <summary>
    /// Bringing a partnership's history in (issue 11): its Coordinators, who own the register, and the
    /// installation (<c>dhr import</c>, run by the operator for a partnership it names).
    /// </summary>
    public static bool CanImport(CurrentUser user, int partnershipId) =>
        user.UserId == DhrCommandIdentity.UserId || (user.IsIn(Roles.Coordinator) && user.PartnershipId == partnershipId);

    /// <summary>
    /// Matching findings' old agency text to the register across the partnership (ADR 0388): its Coordinators, who read
    /// every review. A chair or panel member changes a finding's agency through the finding itself, on the reviews they sit on.
    /// </summary>
    public static bool CanResolveFindingAgencies(CurrentUser user, int partnershipId) =>
        user.PartnershipId == partnershipId && user.IsIn(Roles.Coordinator);

    /// <summary>
    /// Writing letters from templates into the review's documents (ADR 0392): its partnership's Coordinators, who send
    /// them and sign them. Panel members add documents, but letters go out in the partnership's name.
    /// </summary>
    public static bool CanWriteLetters(CurrentUser user, Review review) => CanChange(user, review);

    /// <summary>The partnership's letter templates (ADR 0392): its own Administrators, as the agency register.</summary>
    public static bool CanManageLetterTemplates(CurrentUser user, int partnershipId) =>
        user.PartnershipId == partnershipId && user.IsIn(Roles.Administrator);

    /// <summary>The partnership's agency register: its Administrators.</summary>
    public static bool CanManageAgencies(CurrentUser user, int partnershipId) =>
        user.PartnershipId == partnershipId && user.IsIn(Roles.Administrator);

    /// <summary>
    /// Actions the user may see. Whoever reads a review sees its plan; an AgencyLead sees only the
    /// actions their agency owns in their partnership, and through them nothing else of the case.
    /// </summary>
    /// <remarks>
    /// Written as "review id in (the visible reviews' ids)", never as a correlated "any visible review with this id":
    /// SQLite ran the latter as a scan of every action in the database, each probed against the partnership's reviews
    /// (853 ms against 1.5 ms at 30,000 reviews, ADR 0404); the former starts from the partnership's reviews and finds
    /// their actions through the index on the review id.
    /// </remarks>
    public static IQueryable<ActionItem> VisibleActions(this IQueryable<ActionItem> actions, IQueryable<Review> reviews, CurrentUser user)
    {
        var visible = reviews.Visible(user).Select(r => r.Id);
        if (user.IsIn(Roles.AgencyLead) && user.AgencyId is { } agencyId && user.PartnershipId is { } partnershipId)
        {
            var partnership = reviews.Where(r => r.PartnershipId == partnershipId).Select(r => r.Id);
            return actions.Where(a => partnership.Contains(a.ReviewId) && (visible.Contains(a.ReviewId) || a.OwnerAgencyId == agencyId));
        }

        return actions.Where(a => visible.Contains(a.ReviewId));
    }

    /// <summary>Writing a review's recommendations and actions, cancelling actions: its partnership's coordinators and managers.</summary>
    public static bool CanManagePlan(CurrentUser user, int reviewPartnershipId) =>
        user.PartnershipId == reviewPartnershipId && (user.IsIn(Roles.Coordinator) || user.IsIn(Roles.Manager));

    /// <summary>Posting progress and evidence and marking complete: the plan's managers, or a lead of the owning agency.</summary>
    public static bool CanReportOn(CurrentUser user, ActionItem action, int reviewPartnershipId) =>
        CanManagePlan(user, reviewPartnershipId)
        || (user.PartnershipId == reviewPartnershipId && user.IsIn(Roles.AgencyLead) && user.AgencyId == action.OwnerAgencyId);

    /// <summary>Sign-off: a Manager of the partnership; <see cref="ActionRules.CheckSignOff"/> then excludes the owner.</summary>
    public static bool CanSignOff(CurrentUser user, int reviewPartnershipId) =>
        user.PartnershipId == reviewPartnershipId && user.IsIn(Roles.Manager);

    /// <summary>
    /// The partnership-wide list of agency requests (issue 13 item 12, ADR 0361): its Coordinators, who send
    /// and chase them, and its Managers, who read every review and answer for delays. No panel member reads across reviews.
    /// </summary>
    public static bool CanSeeAgencyRequests(CurrentUser user) =>
        user.PartnershipId is not null && (user.IsIn(Roles.Coordinator) || user.IsIn(Roles.Manager));

    /// <summary>
    /// Scheduling a review's panel meetings and recording who came (ADR 0363): its partnership's Coordinators
    /// and the panel member who chairs it (the review's panel must be loaded, as <see cref="FindVisibleAsync"/> does).
    /// </summary>
    public static bool CanManageMeetings(CurrentUser user, Review review) =>
        CanChange(user, review)
        || (user.PartnershipId == review.PartnershipId && user.IsIn(Roles.PanelMember)
            && review.Panel.Any(p => p.UserId == user.UserId && p.Role == Panel.PanelRole.Chair));

    /// <summary>
    /// A review's areas for final development from the Home Office QA letter: its partnership's coordinators
    /// add, edit and reopen them (ADR 0370).
    /// </summary>
    public static bool CanManageQaAreas(CurrentUser user, Review review) => CanChange(user, review);

    /// <summary>
    /// Marking an area done, with how it was addressed: the coordinators, and whoever holds the review's chair
    /// or author seat, who make the amendments (ADR 0370). The review's <see cref="Review.Panel"/> must hold the user's seat.
    /// </summary>
    public static bool CanMarkQaAreaDone(CurrentUser user, Review review) =>
        CanChange(user, review)
        || (CanRead(user, review) && review.Panel.Any(p => p.UserId == user.UserId && p.Role is PanelRole.Chair or PanelRole.Author));

    /// <summary>
    /// Recording the victim's family and network and their involvement (issue 14, ADR 0391): the partnership's Coordinators
    /// and the review's chair, who meets the family. Everyone who reads the review reads the record, by role and pseudonym;
    /// real names and contact details follow <see cref="SensitiveFact.FamilyIdentity"/>.
    /// </summary>
    public static bool CanManageFamily(CurrentUser user, Review review) =>
        CanChange(user, review)
        || (user.PartnershipId == review.PartnershipId && user.IsIn(Roles.PanelMember)
            && review.Panel.Any(p => p.UserId == user.UserId && p.Role == PanelRole.Chair));

    /// <summary>
    /// Accepting, with a reason, a real name or contact detail the names check found in a report (ADR 0396): the partnership's
    /// Coordinators, who submit the report for QA and record its publication, and who read every fact the check looks for.
    /// </summary>
    public static bool CanAcceptNameHits(CurrentUser user, Review review) => CanChange(user, review);

    private static bool SitsOn(CurrentUser user, Review review) =>
        user.IsIn(Roles.PanelMember) && review.Panel.Any(p => p.UserId == user.UserId);
}
