using DhrTracker.Core.Access;

namespace DhrTracker.Core.People;

/// <summary>
/// Entity to form model. Sensitive facts cross only when the caller has decided, through
/// <see cref="ReviewAccess.ReadableFacts"/>, that the user may read them; otherwise they stay null.
/// </summary>
internal static class PersonProjection
{
    public static VictimInput ToInput(Victim v, IReadOnlySet<SensitiveFact> readable)
    {
        var input = new VictimInput
        {
            AgeAtDeath = v.AgeAtDeath,
            DeathType = v.DeathType,
            PseudonymChoice = v.PseudonymChoice,
            RealName = readable.Contains(SensitiveFact.RealName) ? v.RealName : null,
        };
        input.CopyFrom(v, readable);
        return input;
    }

    public static PerpetratorInput ToInput(Perpetrator p, IReadOnlySet<SensitiveFact> readable)
    {
        var input = new PerpetratorInput
        {
            Age = p.Age,
            PreviousOffending = readable.Contains(SensitiveFact.PreviousOffending) ? p.PreviousOffending : null,
            OffendingHistory = readable.Contains(SensitiveFact.OffendingHistory) ? p.OffendingHistory : null,
            CourtOutcome = readable.Contains(SensitiveFact.CourtOutcome) ? p.CourtOutcome : null,
            PerpetratorSuicide = p.PerpetratorSuicide,
            RealName = readable.Contains(SensitiveFact.RealName) ? p.RealName : null,
        };
        input.CopyFrom(p, readable);
        return input;
    }

    public static CircumstancesInput ToInput(Circumstances c) => new()
    {
        Version = c.Version,
        CauseOfDeath = c.CauseOfDeath,
        Location = c.Location,
        CoerciveControl = c.CoerciveControl,
        EconomicAbuse = c.EconomicAbuse,
        PhysicalAbuse = c.PhysicalAbuse,
        EmotionalAbuse = c.EmotionalAbuse,
        SexualAbuse = c.SexualAbuse,
        Stalking = c.Stalking,
        Separation = c.Separation,
        HonourBasedAbuse = c.HonourBasedAbuse,
        ForcedMarriage = c.ForcedMarriage,
        HomicideSuicide = c.HomicideSuicide,
        ChildrenInHousehold = c.ChildrenInHousehold,
        ChildrenPresent = c.ChildrenPresent,
    };
}
