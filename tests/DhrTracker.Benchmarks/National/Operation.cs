using DhrTracker.Core.Identity;

namespace DhrTracker.Benchmarks.National;

/// <summary>
/// One thing a user does, measured twice on the same database: through the app's Core service (access, audit, EF Core,
/// mapping) and as its floor, the hand-written SQL that reads the same answer through a plain connection. A floor does
/// the same duties the app must (it looks the user up and writes the same audit row through the product's audit
/// trail) and may call the product's pure rules (clocks, categories, the briefing's wording): the ratio measures how
/// the data is read, not the rules. <see cref="AnswerOfApp"/> and <see cref="AnswerOfFloor"/> put both answers in one
/// text, which must match before any timing is believed (<see cref="NationalBench.VerifyAsync"/>).
/// </summary>
internal abstract class Operation
{
    public abstract string Name { get; }

    public virtual string Role => Roles.Manager;

    /// <summary>Finds what the operation works on (e.g. the busiest theme), once per process and outside the measurement.</summary>
    public virtual Task PrepareAsync(NationalDatabase db) => Task.CompletedTask;

    public abstract Task<object> AppAsync(NationalDatabase db);

    public abstract Task<object> FloorAsync(NationalDatabase db);

    public abstract string AnswerOfApp(object answer);

    public abstract string AnswerOfFloor(object answer);
}

/// <summary>An operation whose app and floor answers have known types.</summary>
internal abstract class Operation<TApp, TFloor> : Operation
    where TApp : notnull
    where TFloor : notnull
{
    public sealed override async Task<object> AppAsync(NationalDatabase db) => await App(db);

    public sealed override async Task<object> FloorAsync(NationalDatabase db) => await Floor(db);

    public sealed override string AnswerOfApp(object answer) => Answer((TApp)answer);

    public sealed override string AnswerOfFloor(object answer) => Answer((TFloor)answer);

    protected abstract Task<TApp> App(NationalDatabase db);

    protected abstract Task<TFloor> Floor(NationalDatabase db);

    protected abstract string Answer(TApp app);

    protected abstract string Answer(TFloor floor);
}
