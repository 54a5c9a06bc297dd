namespace DhrTracker.Core.Actions;

public sealed class RecommendationInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

    public int? Number { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Null: addressed to the partnership as a whole.</summary>
    public int? AddressedToAgencyId { get; set; }

    public bool MultiAgency { get; set; }
    public RecommendationScope? Scope { get; set; } = RecommendationScope.Local;
    public DateOnly? MadeOn { get; set; }

    /// <summary>Themes from the partnership's taxonomy; optional, as a recommendation may be procedural.</summary>
    public List<Guid> ThemeIds { get; set; } = [];

    /// <summary>Findings of the same review that this recommendation answers.</summary>
    public List<Guid> FindingIds { get; set; } = [];

    /// <summary>A copy that shares nothing with this one, its lists included.</summary>
    public RecommendationInput Copy()
    {
        var copy = (RecommendationInput)MemberwiseClone();
        copy.ThemeIds = [.. ThemeIds];
        copy.FindingIds = [.. FindingIds];
        return copy;
    }
}
