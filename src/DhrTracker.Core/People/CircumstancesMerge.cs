using System.Globalization;

namespace DhrTracker.Core.People;

/// <summary>
/// The circumstances of the death merged fact by fact when someone saved them while this user was editing (R19, ADR
/// 0408): each list choice, abuse flag and the children's facts is taken, kept or offered as "keep mine" / "take theirs"
/// (<see cref="FieldMerge"/>). Labels are the form's.
/// </summary>
public static class CircumstancesMerge
{
    public static readonly IReadOnlyList<MergeField<CircumstancesInput>> Fields =
    [
        new(nameof(CircumstancesInput.CauseOfDeath), "Cause of death", c => c.CauseOfDeath, (from, to) => to.CauseOfDeath = from.CauseOfDeath,
            c => Labels.Display(c.CauseOfDeath)),
        new(nameof(CircumstancesInput.Location), "Location", c => c.Location, (from, to) => to.Location = from.Location, c => Labels.Display(c.Location)),
        Flag(nameof(CircumstancesInput.CoerciveControl), "Coercive control", c => c.CoerciveControl, (c, v) => c.CoerciveControl = v),
        Flag(nameof(CircumstancesInput.EconomicAbuse), "Economic abuse", c => c.EconomicAbuse, (c, v) => c.EconomicAbuse = v),
        Flag(nameof(CircumstancesInput.PhysicalAbuse), "Physical abuse", c => c.PhysicalAbuse, (c, v) => c.PhysicalAbuse = v),
        Flag(nameof(CircumstancesInput.EmotionalAbuse), "Emotional abuse", c => c.EmotionalAbuse, (c, v) => c.EmotionalAbuse = v),
        Flag(nameof(CircumstancesInput.SexualAbuse), "Sexual abuse", c => c.SexualAbuse, (c, v) => c.SexualAbuse = v),
        Flag(nameof(CircumstancesInput.Stalking), "Stalking", c => c.Stalking, (c, v) => c.Stalking = v),
        Flag(nameof(CircumstancesInput.Separation), "Separation", c => c.Separation, (c, v) => c.Separation = v),
        Flag(nameof(CircumstancesInput.HonourBasedAbuse), "Honour-based abuse", c => c.HonourBasedAbuse, (c, v) => c.HonourBasedAbuse = v),
        Flag(nameof(CircumstancesInput.ForcedMarriage), "Forced marriage", c => c.ForcedMarriage, (c, v) => c.ForcedMarriage = v),
        Flag(nameof(CircumstancesInput.HomicideSuicide), "Homicide-suicide", c => c.HomicideSuicide, (c, v) => c.HomicideSuicide = v),
        new(nameof(CircumstancesInput.ChildrenInHousehold), "Children under 18 living in the household", c => c.ChildrenInHousehold,
            (from, to) => to.ChildrenInHousehold = from.ChildrenInHousehold,
            c => c.ChildrenInHousehold?.ToString(CultureInfo.InvariantCulture) ?? "Not known"),
        new(nameof(CircumstancesInput.ChildrenPresent), "Any children present at the death", c => c.ChildrenPresent,
            (from, to) => to.ChildrenPresent = from.ChildrenPresent, c => c.ChildrenPresent switch { true => "Yes", false => "No", null => "Not known" }),
    ];

    public static MergeResult<CircumstancesInput> Merge(CircumstancesInput? opened, CircumstancesInput mine, CircumstancesInput theirs)
    {
        var merged = mine.Copy();
        merged.Version = theirs.Version;
        return FieldMerge.Merge(Fields, opened, mine, theirs, merged);
    }

    private static MergeField<CircumstancesInput> Flag(string name, string label, Func<CircumstancesInput, bool> read, Action<CircumstancesInput, bool> write) =>
        new(name, label, c => read(c), (from, to) => write(to, read(from)), c => read(c) ? "Yes" : "No");
}
