using DhrTracker.Core.Actions;
using DhrTracker.Core.Partnerships;

namespace DhrTracker.Benchmarks.National;

/// <summary>Hand-written reads that more than one floor needs, as the app shares them between its pages.</summary>
internal static class FloorQueries
{
    /// <summary>The partnership's open, not signed-off actions past their target date; parameters $p and $today.</summary>
    public const string OverdueActions = """
        FROM Actions a JOIN Reviews r ON r.Id = a.ReviewId
        JOIN Recommendations rec ON rec.Id = a.RecommendationId JOIN Agencies g ON g.Id = a.OwnerAgencyId
        WHERE r.PartnershipId = $p AND a.Status NOT IN ('Complete', 'Cancelled') AND a.SignedOffUtc IS NULL AND a.TargetDate < $today
        """;

    /// <summary>Every column an action's row shows (the grid's and the board report's), to go with <see cref="OverdueActions"/>.</summary>
    public const string ActionRowColumns = """
        a.Id, a.ReviewId, r.Reference, rec.Number, a.Number, rec.Text, a.Description, a.OwnerAgencyId, g.Name, a.LeadOfficer,
        a.TargetDate, a.Status, a.Rag, a.SignedOffUtc, a.Version
        """;

    /// <summary>An action's row as the app shows it, with its shown RAG, overdue and sign-off flags from the product's rules.</summary>
    public sealed record ActionLine(Guid Id, Guid ReviewId, string Review, string Number, string RecommendationText, string Description, int AgencyId,
        string Agency, string LeadOfficer, DateOnly Target, ActionStatus Status, ActionRag Rag, bool Overdue, bool AwaitingSignOff, bool SignedOff, Guid Version)
    {
        public static ActionLine Of(ActionRow a) => new(a.Id, a.ReviewId, a.ReviewReference, a.Number, a.RecommendationText, a.Description, a.OwnerAgencyId,
            a.OwnerAgency, a.LeadOfficer, a.TargetDate, a.Status, a.Rag, a.IsOverdue, a.AwaitingSignOff, a.SignedOff, a.Version);

        /// <summary>Reads <see cref="ActionRowColumns"/>.</summary>
        public static ActionLine Read(Microsoft.Data.Sqlite.SqliteDataReader r, DateOnly today)
        {
            var shape = new ActionItem
            {
                Status = Enum.Parse<ActionStatus>(r.GetString(11)),
                Rag = Enum.Parse<ActionRag>(r.GetString(12)),
                TargetDate = FloorSql.Date(r, 10)!.Value,
                SignedOffUtc = r.IsDBNull(13) ? null : r.GetDateTime(13),
            };
            return new ActionLine(r.GetGuid(0), r.GetGuid(1), r.GetString(2), $"{r.GetInt32(3)}.{r.GetInt32(4)}", r.GetString(5), r.GetString(6),
                r.GetInt32(7), r.GetString(8), r.GetString(9), shape.TargetDate, shape.Status, ActionRules.ShownRag(shape, today),
                ActionRules.IsOverdue(shape, today), ActionRules.AwaitingSignOff(shape), shape.SignedOffUtc is not null, r.GetGuid(14));
        }

        /// <summary>The row in the answer text: long texts by length, so a difference shows without printing them.</summary>
        public override string ToString() =>
            $"{Id} {Review} {Number} rec {RecommendationText.Length} desc {Description.Length} {AgencyId} {Agency} {LeadOfficer} {Target:yyyy-MM-dd} {Status} {Rag} {Overdue} {AwaitingSignOff} {SignedOff} {Version}";
    }

    public sealed record AgencyLine(string Agency, int Actions, int SignedOff, int Overdue, int AwaitingSignOff);

    /// <summary>Each agency's line in one pass over the partnership's actions, and how many open actions fall due in the next 30 days.</summary>
    public static async Task<(List<AgencyLine> Lines, int DueSoon)> AgencyLinesAsync(NationalDatabase db, int partnershipId, DateOnly today)
    {
        var rows = await FloorSql.ReadAsync(db, """
            SELECT g.Name,
              sum(a.Status <> 'Cancelled'),
              sum(a.SignedOffUtc IS NOT NULL),
              sum(a.Status NOT IN ('Complete', 'Cancelled') AND a.SignedOffUtc IS NULL AND a.TargetDate < $today),
              sum(a.Status = 'Complete' AND a.SignedOffUtc IS NULL),
              sum(a.Status NOT IN ('Complete', 'Cancelled') AND a.SignedOffUtc IS NULL AND a.TargetDate >= $today AND a.TargetDate <= $soon)
            FROM Actions a JOIN Reviews r ON r.Id = a.ReviewId JOIN Agencies g ON g.Id = a.OwnerAgencyId
            WHERE r.PartnershipId = $p
            GROUP BY a.OwnerAgencyId, g.Name ORDER BY g.Name
            """, r => (Line: new AgencyLine(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), Soon: r.GetInt32(5)),
            ("$p", partnershipId), ("$today", FloorSql.Text(today)), ("$soon", FloorSql.Text(today.AddDays(ActionRules.DueSoonDays))));
        return (rows.Select(r => r.Line).ToList(), rows.Sum(r => r.Soon));
    }

    public static string Describe(IEnumerable<AgencyLine> lines) => string.Join("; ", lines.OrderBy(a => a.Agency, StringComparer.Ordinal));

    /// <summary>The partnership's timescales and their versions, read by hand into the product's own type (its rules pick the version).</summary>
    public static async Task<(string Name, PartnershipTimescales Timescales)> TimescalesAsync(NationalDatabase db, int partnershipId)
    {
        var partnership = (await FloorSql.ReadAsync(db, """
            SELECT Name, DecisionDueMonths, ReportDueMonths, AmberWindowDays, RagFollowsAgreedTimetable, HomeOfficeNotificationDays
            FROM Partnerships WHERE Id = $p
            """, r => new Partnership
        {
            Name = r.GetString(0),
            DecisionDueMonths = r.GetInt32(1),
            ReportDueMonths = r.GetInt32(2),
            AmberWindowDays = r.GetInt32(3),
            RagFollowsAgreedTimetable = r.GetBoolean(4),
            HomeOfficeNotificationDays = r.GetInt32(5),
        }, ("$p", partnershipId))).Single();
        var versions = await FloorSql.ReadAsync(db, "SELECT EffectiveFrom, DecisionDueMonths, ReportDueMonths FROM TimescaleVersions WHERE PartnershipId = $p",
            r => new TimescaleVersion { EffectiveFrom = FloorSql.Date(r, 0)!.Value, DecisionDueMonths = r.GetInt32(1), ReportDueMonths = r.GetInt32(2) },
            ("$p", partnershipId));
        return (partnership.Name, PartnershipTimescales.Of(partnership, versions));
    }
}
