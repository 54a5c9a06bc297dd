using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.NamesCheck;

/// <summary>
/// Why a report may not go to the Home Office for QA, or be recorded as published, yet (ADR 0396): a report that
/// could not be read, or holds a real name or contact detail not accepted. The refusal names documents and places,
/// never the words found, so it can be shown to whoever makes the move.
/// </summary>
public static class NamesGate
{
    public const string Advice =
        "Remove each one and upload a new version, or accept it with a reason: Documents tab, 'Check for real names'.";

    /// <summary>The moves that send a report out of the partnership: submission for QA and publication.</summary>
    public static bool Guards(ReviewMove move) => move is ReviewMove.SubmitToHomeOffice or ReviewMove.Publish;

    public static async Task<IReadOnlyList<FieldError>> RefusalsAsync(AppDbContext db, Guid reviewId, ReviewMove move, CancellationToken ct)
    {
        if (!Guards(move))
        {
            return [];
        }

        var blocking = (await NamesScan.RunAsync(db, reviewId, ct)).Where(d => !d.Clear).ToList();
        return blocking.Count == 0 ? [] : [new FieldError("", Heading(move)), .. blocking.Select(Line)];
    }

    public static string Heading(ReviewMove move) => move == ReviewMove.Publish
        ? "Publication cannot be recorded until every report has passed the real names check:"
        : "The review cannot be submitted for QA until every report has passed the real names check:";

    private static FieldError Line(CheckedDocument d)
    {
        var name = $"{d.Kind.Display()} '{d.Title}' (version {d.Version})";
        if (d.Problem is { } problem)
        {
            return new("", $"{name} could not be checked. {problem}");
        }

        var places = d.Hits.Where(h => h.Accepted is null).Select(h => h.Location).Distinct().ToList();
        var count = d.Outstanding == 1 ? "1 real name or contact detail" : $"{d.Outstanding} real names or contact details";
        return new("", $"{name} holds {count} not accepted, at {string.Join(", ", places)}. {Advice}");
    }
}
