namespace DhrTracker.Core.People;

/// <summary>Entity to form model. The real name crosses only when the caller has decided the user may see it.</summary>
internal static class PersonProjection
{
    public static VictimInput ToInput(Victim v, bool includeRealName)
    {
        var input = new VictimInput { AgeAtDeath = v.AgeAtDeath, DeathBySuicide = v.DeathBySuicide, RealName = includeRealName ? v.RealName : null };
        input.CopyFrom(v);
        return input;
    }

    public static PerpetratorInput ToInput(Perpetrator p)
    {
        var input = new PerpetratorInput
        {
            Age = p.Age,
            PreviousOffending = p.PreviousOffending,
            OffendingHistory = p.OffendingHistory,
            CourtOutcome = p.CourtOutcome,
            PerpetratorSuicide = p.PerpetratorSuicide,
        };
        input.CopyFrom(p);
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
