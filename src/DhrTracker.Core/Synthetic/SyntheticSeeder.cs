using Bogus;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;

namespace DhrTracker.Core.Synthetic;

/// <summary>
/// <c>dhr seed-synthetic</c> (issue 15, ADR 0401): fills an empty database with synthetic partnerships and reviews
/// that follow the shipped national data, for demos, benchmarks and load tests. The same seed, counts and day give
/// the same data. It refuses any caller but the command, and any database that already holds a partnership, so it
/// can never mix invented reviews into real work. Everything is written in one transaction: a failure or a killed
/// process leaves the database empty, and the command can simply be run again.
/// </summary>
public sealed class SyntheticSeeder(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string Entity = "SyntheticData";
    public const int MaxPartnerships = 1_000;
    public const int MaxReviews = 100_000;

    /// <summary>Reviews written per round of prepared INSERTs: large enough to batch, small enough to keep memory flat.</summary>
    private const int Batch = 250;

    public async Task<Result<SyntheticSeedReport>> SeedAsync(SyntheticSeedRequest request, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.UserId != DhrCommandIdentity.UserId)
        {
            return Result<SyntheticSeedReport>.Refused("", "Only the dhr command, run on the server, can seed synthetic data.");
        }

        if (Check(request).ToList() is { Count: > 0 } errors)
        {
            return Result<SyntheticSeedReport>.Refused(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await RefusalAsync(db, ct) is { } refusal)
        {
            return Result<SyntheticSeedReport>.Refused("", refusal);
        }

        var faker = new Faker("en_GB") { Random = new Randomizer(request.Seed) };
        var random = new Random(request.Seed);
        var today = UkDates.TodayInUk(time);
        var partnerships = await AddPartnershipsAsync(db, request.Partnerships, faker, ct);
        var plans = SyntheticRegister.Plan(request.Reviews, partnerships, random, today);
        var profile = NationalProfile.Shipped();

        // Only the closing audit entry is ever tracked: the records go by prepared INSERTs, never through the change tracker.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var writer = new AddedRowsWriter(db, time);
        var rows = new SyntheticRows(writer);
        foreach (var batch in plans.Chunk(Batch))
        {
            foreach (var plan in batch)
            {
                SyntheticRegister.Build(rows, plan, profile, today, faker);
            }

            await writer.FlushAsync(ct);
        }

        var report = new SyntheticSeedReport(request.Partnerships, rows.Count<Review>(), rows.Count<Victim>(), rows.Count<Finding>(),
            rows.Count<Recommendation>(), rows.Count<ActionItem>(), rows.Total);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.Record(time, user, AuditActions.Create, Entity, request.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail: $"Synthetic data from seed {request.Seed}: {report.Describe()}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<SyntheticSeedReport>.Ok(report);
    }

    private static IEnumerable<FieldError> Check(SyntheticSeedRequest r)
    {
        if (r.Partnerships is < 1 or > MaxPartnerships)
        {
            yield return new(nameof(r.Partnerships), $"must be from 1 to {MaxPartnerships:N0}, not {r.Partnerships:N0}.");
        }

        if (r.Reviews is < 1 or > MaxReviews)
        {
            yield return new(nameof(r.Reviews), $"must be from 1 to {MaxReviews:N0}, not {r.Reviews:N0}.");
        }
        else if (r.Reviews < r.Partnerships)
        {
            yield return new(nameof(r.Reviews),
                $"must be at least the number of partnerships ({r.Partnerships:N0}): every synthetic partnership has at least one review.");
        }

        if (r.Seed < 0)
        {
            yield return new(nameof(r.Seed), $"must be 0 or more, not {r.Seed:N0}.");
        }
    }

    /// <summary>Why this database cannot take synthetic data, or null: only an empty one can (ADR 0401).</summary>
    private static async Task<string?> RefusalAsync(AppDbContext db, CancellationToken ct)
    {
        var names = await db.Partnerships.AsNoTracking().Select(p => p.Name).ToListAsync(ct);
        if (names.Count == 0)
        {
            return null;
        }

        var reviews = await db.Reviews.CountAsync(ct);
        return names.All(n => n.EndsWith(SyntheticPartnership.Marker, StringComparison.Ordinal))
            ? $"This database already holds synthetic data ({names.Count:N0} partnerships, {reviews:N0} reviews). "
              + "To seed again, start from a new database: delete the file (or point ConnectionStrings__Dhr at another), run 'dhr migrate', then seed."
            : $"This database holds {names.Count:N0} partnership(s) and {reviews:N0} review(s) that seed-synthetic did not make. "
              + "It only fills an empty database, so invented reviews never sit beside real work: point ConnectionStrings__Dhr at a new database, "
              + "run 'dhr migrate', then seed.";
    }

    /// <summary>The partnerships, each with the seed taxonomy and the usual agencies exactly as <see cref="PartnershipAdmin"/> creates one.</summary>
    private static async Task<List<SyntheticPartnership>> AddPartnershipsAsync(AppDbContext db, int count, Faker faker, CancellationToken ct)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var created = new List<Partnership>();
        while (created.Count < count)
        {
            var place = faker.Address.City();
            place = taken.Contains(place) ? $"{place} {created.Count + 1}" : place;
            if (!taken.Add(place))
            {
                continue;
            }

            var partnership = new Partnership
            {
                Name = $"{place} Community Safety Partnership{SyntheticPartnership.Marker}",
                ReferencePrefix = $"{place[..Math.Min(place.Length, 30)]} DHR",
                AreaName = place,
            };
            db.Partnerships.Add(partnership);
            SeedTaxonomy.AddTo(db, partnership);
            db.Agencies.AddRange(AgencyDefaults.For(partnership));
            created.Add(partnership);
        }

        await db.SaveChangesAsync(ct);
        var ids = created.Select(p => p.Id).ToList();
        var agencies = (await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.PartnershipId)).Select(a => new { a.PartnershipId, a.Id }).ToListAsync(ct))
            .ToLookup(a => a.PartnershipId, a => a.Id);
        var themes = (await db.Themes.AsNoTracking().Where(t => ids.Contains(t.PartnershipId))
                .Select(t => new { t.PartnershipId, t.Id, t.Name, Category = t.Category!.Name, t.SortOrder }).ToListAsync(ct))
            .ToLookup(t => t.PartnershipId);

        // Ids and names come back from the database in no promised order: sorted, so the same seed draws the same ones.
        return created.Select(p => new SyntheticPartnership(p, agencies[p.Id].Order().ToList(),
                themes[p.Id].ToDictionary(t => t.Name, t => t.Id, StringComparer.Ordinal),
                themes[p.Id].Where(t => SyntheticPartnership.PracticeCategories.Contains(t.Category)).OrderBy(t => t.Name, StringComparer.Ordinal)
                    .Select(t => t.Id).ToList()))
            .ToList();
    }
}
