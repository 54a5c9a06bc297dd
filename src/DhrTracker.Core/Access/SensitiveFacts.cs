using DhrTracker.Core.Family;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Access;

/// <summary>
/// The field table of requirement R4: which person facts are sensitive and who may read each.
/// <c>docs/access-matrix.md</c> shows the same table to people; a unit test fails if the two differ.
/// </summary>
/// <remarks>
/// The review's chair and author write the report and meet the family, so they need the whole
/// picture; the partnership's Coordinators run the review. Other panel members, Managers (who work
/// on plans and learning) and everyone else read the review without these facts.
/// </remarks>
public static class SensitiveFacts
{
    private static readonly IReadOnlySet<FactReader> RunAndWriteTheReview =
        new HashSet<FactReader> { FactReader.Coordinator, FactReader.ReviewChair, FactReader.ReviewAuthor };

    // Issue 14: the family's names and contact details go to those who run the review and the chair who meets them;
    // the author writes from the involvement log, which names people by relationship and pseudonym.
    private static readonly IReadOnlySet<FactReader> RunTheReviewAndChair =
        new HashSet<FactReader> { FactReader.Coordinator, FactReader.ReviewChair };

    public static readonly IReadOnlyList<SensitiveFactRule> Table =
    [
        new(SensitiveFact.RealName, "Real name", [Stored<Victim>(nameof(Victim.RealName)), Stored<Perpetrator>(nameof(Perpetrator.RealName))],
            RunAndWriteTheReview),
        new(SensitiveFact.OffendingHistory, "Offending history", [Stored<Perpetrator>(nameof(Perpetrator.OffendingHistory))], RunAndWriteTheReview),
        new(SensitiveFact.PreviousOffending, "Previous offending", [Stored<Perpetrator>(nameof(Perpetrator.PreviousOffending))], RunAndWriteTheReview),
        new(SensitiveFact.CourtOutcome, "Court outcome", [Stored<Perpetrator>(nameof(Perpetrator.CourtOutcome))], RunAndWriteTheReview),
        new(SensitiveFact.MentalHealth, "Mental-health flag", [Stored<PersonRecord>(nameof(PersonRecord.MentalHealth))], RunAndWriteTheReview),
        new(SensitiveFact.Disability, "Disability flags",
            [
                Stored<PersonRecord>(nameof(PersonRecord.Disability)),
                Stored<PersonRecord>(nameof(PersonRecord.PhysicalDisability)),
                Stored<PersonRecord>(nameof(PersonRecord.Neurodiversity)),
            ],
            RunAndWriteTheReview),
        new(SensitiveFact.Substance, "Substance flags",
            [Stored<PersonRecord>(nameof(PersonRecord.Alcohol)), Stored<PersonRecord>(nameof(PersonRecord.SubstanceMisuse))],
            RunAndWriteTheReview),
        new(SensitiveFact.FamilyIdentity, "Family and network: real name and contact details",
            [Stored<FamilyMember>(nameof(FamilyMember.RealName)), Stored<FamilyMember>(nameof(FamilyMember.ContactDetails))],
            RunTheReviewAndChair),
    ];

    /// <summary>The capacities in which the user reads this review: their roles in its partnership and their own seat on its panel.</summary>
    /// <remarks>The review's <see cref="Review.Panel"/> must hold the user's seat (as <see cref="ReviewAccess.FindVisibleAsync"/> loads it).</remarks>
    public static IReadOnlySet<FactReader> CapacitiesOn(CurrentUser user, Review review)
    {
        var capacities = new HashSet<FactReader>();
        if (user.PartnershipId != review.PartnershipId)
        {
            return capacities;
        }

        foreach (var (role, capacity) in RoleCapacities)
        {
            if (user.IsIn(role))
            {
                capacities.Add(capacity);
            }
        }

        foreach (var seat in review.Panel.Where(p => p.UserId == user.UserId))
        {
            capacities.Add(seat.Role switch
            {
                PanelRole.Chair => FactReader.ReviewChair,
                PanelRole.Author => FactReader.ReviewAuthor,
                _ => FactReader.OtherPanelMember,
            });
        }

        return capacities;
    }

    /// <summary>How the table's column for a capacity is headed, in the document and on screen.</summary>
    public static string Describe(FactReader reader) => reader switch
    {
        FactReader.ReviewChair => "Review chair",
        FactReader.ReviewAuthor => "Review author",
        FactReader.OtherPanelMember => "Other panel member",
        FactReader.AgencyLead => "Agency lead",
        _ => reader.ToString(),
    };

    private static readonly (string Role, FactReader Capacity)[] RoleCapacities =
    [
        (Roles.Coordinator, FactReader.Coordinator),
        (Roles.Manager, FactReader.Manager),
        (Roles.AgencyLead, FactReader.AgencyLead),
        (Roles.Administrator, FactReader.Administrator),
    ];

    private static string Stored<T>(string property) => $"{typeof(T).Name}.{property}";
}
