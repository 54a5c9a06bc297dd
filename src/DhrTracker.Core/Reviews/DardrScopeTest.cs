using DhrTracker.Core.People;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// The Domestic Abuse Act 2021 test a DARDR must pass to be held (VPA 2024 s.19; DHR-PRIMER section 8):
/// the victim and the perpetrator both aged 16 or over and personally connected. Every reason it fails
/// is returned against the decision field, naming the person and what to change on the People tab.
/// </summary>
public static class DardrScopeTest
{
    public const int MinimumAge = 16;

    /// <summary>
    /// Personally connected means partners, ex-partners, parents of the same child and relatives; a
    /// member of the same household who is none of those, or another non-relative, is not. Written as an
    /// exclusion so relationship kinds added later (cohabitant, half-sibling...) count as connected.
    /// </summary>
    public static bool PersonallyConnected(RelationshipKind kind) =>
        kind is not (RelationshipKind.HouseholdMember or RelationshipKind.OtherNonRelative);

    public static IReadOnlyList<FieldError> Check(IReadOnlyList<ScopeTestPerson> victims, IReadOnlyList<ScopeTestPerson> perpetrators,
        IReadOnlyList<(Guid VictimId, Guid PerpetratorId, RelationshipKind Kind)> relationships)
    {
        const string field = nameof(StageMoveInput.Decision);
        const string test = "Under the Domestic Abuse Act 2021 test";
        var errors = new List<FieldError>();
        if (victims.Count == 0 || perpetrators.Count == 0)
        {
            errors.Add(new(field, $"{test} the victim and the perpetrator must both be recorded, with their ages and relationship: add them on the People tab before deciding to hold a review."));
            return errors;
        }

        foreach (var person in victims.Where(v => v.Age is < MinimumAge))
        {
            errors.Add(new(field, $"{test} both people must be aged {MinimumAge} or over: the victim {person.Pseudonym} was {person.Age} (age at death, People tab)."));
        }

        foreach (var person in perpetrators)
        {
            if (person.Age is null)
            {
                errors.Add(new(field, $"{test} both people must be aged {MinimumAge} or over: record the age of the perpetrator {person.Pseudonym} on the People tab."));
            }
            else if (person.Age < MinimumAge)
            {
                errors.Add(new(field, $"{test} both people must be aged {MinimumAge} or over: the perpetrator {person.Pseudonym} was {person.Age} (People tab)."));
            }
        }

        var names = victims.Concat(perpetrators).ToDictionary(p => p.Id, p => p.Pseudonym);
        foreach (var victim in victims)
        {
            var theirs = relationships.Where(r => r.VictimId == victim.Id).ToList();
            if (theirs.Count == 0)
            {
                errors.Add(new(field, $"{test} the victim must be personally connected to the perpetrator: record what {victim.Pseudonym} was to the perpetrator on the People tab."));
            }
            else if (!theirs.Any(r => PersonallyConnected(r.Kind)))
            {
                errors.Add(new(field, $"{test} a non-relative household member alone is out of scope: {victim.Pseudonym} was not a partner, ex-partner or relative of {string.Join(", ", theirs.Select(r => names.GetValueOrDefault(r.PerpetratorId, "the perpetrator")))} (relationship, People tab)."));
            }
        }

        return errors;
    }
}
