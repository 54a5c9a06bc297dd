namespace DhrTracker.Core.People;

public static class AgeBands
{
    /// <summary>The youngest age at death a DHR covers (DVCVA 2004 s.9).</summary>
    public const int MinimumVictimAge = 16;

    public const int MaximumAge = 120;

    public static AgeBand For(int age) => age switch
    {
        < 16 => AgeBand.Under16,
        <= 19 => AgeBand.From16To19,
        <= 24 => AgeBand.From20To24,
        <= 34 => AgeBand.From25To34,
        <= 44 => AgeBand.From35To44,
        <= 54 => AgeBand.From45To54,
        <= 64 => AgeBand.From55To64,
        _ => AgeBand.From65,
    };

    public static string Display(this AgeBand band) => band switch
    {
        AgeBand.Under16 => "Under 16",
        AgeBand.From16To19 => "16-19",
        AgeBand.From20To24 => "20-24",
        AgeBand.From25To34 => "25-34",
        AgeBand.From35To44 => "35-44",
        AgeBand.From45To54 => "45-54",
        AgeBand.From55To64 => "55-64",
        _ => "65+",
    };
}
