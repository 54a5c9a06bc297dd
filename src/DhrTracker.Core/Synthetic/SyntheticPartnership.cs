using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Synthetic;

/// <summary>A synthetic partnership as the generator needs it once saved: its register's agencies and its taxonomy's themes by name.</summary>
internal sealed record SyntheticPartnership(Partnership Partnership, IReadOnlyList<int> Agencies, IReadOnlyDictionary<string, Guid> Themes,
    IReadOnlyList<Guid> PracticeThemes)
{
    /// <summary>The taxonomy categories whose themes describe practice and systems, not the abuse or the victim.</summary>
    public static readonly IReadOnlySet<string> PracticeCategories = new HashSet<string>(StringComparer.Ordinal) { "Professional practice", "System" };

    /// <summary>Marks every synthetic partnership's name, so the command knows its own data from real work.</summary>
    public const string Marker = " (synthetic)";

    public int Id => Partnership.Id;

    public Guid? Theme(string name) => Themes.TryGetValue(name, out var id) ? id : null;

    public ClockSettings Clock(DateOnly notified) => ClockSettings.From(Partnership, notified);
}
