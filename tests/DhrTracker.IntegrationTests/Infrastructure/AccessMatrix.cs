using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>What a caller gets from a door: it works, it is refused (they may see the record, not change it), or the record is not there for them.</summary>
public enum Outcome { Allowed, Refused, NotFound }

/// <summary>
/// Who gets which <see cref="Outcome"/>: one line of the role x operation table. Build it as
/// <c>Outcomes.Allowed(…).Refused(…).OthersNotFound()</c>; every <see cref="Caller"/> ends up with exactly one outcome.
/// </summary>
public sealed class Outcomes
{
    private readonly Dictionary<Caller, Outcome> outcomes = [];

    public IReadOnlyDictionary<Caller, Outcome> ByCaller => outcomes;

    public static Outcomes Allowed(params Caller[] callers) => new Outcomes().Set(Outcome.Allowed, callers);

    public static Outcomes Refused(params Caller[] callers) => new Outcomes().Set(Outcome.Refused, callers);

    public static Outcomes NotFound(params Caller[] callers) => new Outcomes().Set(Outcome.NotFound, callers);

    public static Outcomes Everyone(Outcome outcome) => new Outcomes().Set(outcome, Enum.GetValues<Caller>());

    public Outcomes And(Outcome outcome, params Caller[] callers) => Set(outcome, callers);

    public Outcomes AndRefused(params Caller[] callers) => Set(Outcome.Refused, callers);

    public Outcomes AndNotFound(params Caller[] callers) => Set(Outcome.NotFound, callers);

    public Outcomes OthersNotFound() => Set(Outcome.NotFound, Enum.GetValues<Caller>().Where(c => !outcomes.ContainsKey(c)).ToArray());

    public Outcomes OthersAllowed() => Set(Outcome.Allowed, Enum.GetValues<Caller>().Where(c => !outcomes.ContainsKey(c)).ToArray());

    public Outcomes OthersRefused() => Set(Outcome.Refused, Enum.GetValues<Caller>().Where(c => !outcomes.ContainsKey(c)).ToArray());

    /// <summary>A copy with some callers' outcomes replaced (e.g. a method that also lets the chair in).</summary>
    public Outcomes With(Outcome outcome, params Caller[] callers)
    {
        var copy = new Outcomes();
        foreach (var (caller, o) in outcomes)
        {
            copy.outcomes[caller] = o;
        }

        foreach (var caller in callers)
        {
            copy.outcomes[caller] = outcome;
        }

        return copy;
    }

    private Outcomes Set(Outcome outcome, Caller[] callers)
    {
        foreach (var caller in callers)
        {
            if (!outcomes.TryAdd(caller, outcome))
            {
                throw new InvalidOperationException($"{caller} is given two outcomes.");
            }
        }

        return this;
    }
}

/// <summary>
/// One door: a public method of a Core service, named by the call expression that the matrix runs
/// (so the method the coverage check counts is the method the test calls), with the outcome each caller gets.
/// </summary>
public abstract class Door
{
    protected Door(Type service, MethodInfo method, Outcomes access)
    {
        Service = service;
        Method = method;
        Expected = access.ByCaller;
        Name = KeyOf(service, method);
    }

    public Type Service { get; }
    public MethodInfo Method { get; }
    public string Name { get; private set; }
    public IReadOnlyDictionary<Caller, Outcome> Expected { get; private set; }

    /// <summary>The method writes: an allowed call runs on its own copy of the world, and its "nothing saved" check applies only to refusals.</summary>
    public bool Changes { get; private set; }

    /// <summary>
    /// The method lists what the caller may see rather than opening one record: "NotFound" means the
    /// record is filtered out, which is not a refusal, so no denied audit row is expected (reads' own rows are issue 10 item 3);
    /// a caller it refuses outright ("Refused") must still leave a denied row.
    /// </summary>
    public bool Filters { get; private set; }

    /// <summary>The method is a door anybody may use by design (an invitation link: the token is the credential).</summary>
    public string? OpenBecause { get; private set; }

    /// <summary>Why a refusal of this door leaves no denied row (yet); null when it must leave one.</summary>
    public string? UnauditedBecause { get; private set; }

    public Door Unaudited(string reason)
    {
        UnauditedBecause = reason;
        return this;
    }

    /// <summary>
    /// Another row of a method already in the table whose rule depends on an argument (the form a draft belongs to): its name
    /// says which, and the method's first row, named by the method alone, is the one the coverage check counts.
    /// </summary>
    public Door Variant(string which)
    {
        Name = $"{KeyOf(Service, Method)} [{which}]";
        return this;
    }

    public Door Writes()
    {
        Changes = true;
        return this;
    }

    public Door Lists()
    {
        Filters = true;
        return this;
    }

    public Door Open(string reason)
    {
        OpenBecause = reason;
        return this;
    }

    /// <summary>"ReviewService.GetAsync": the service as the caller resolves it, and the method (with its parameter types when it has overloads).</summary>
    public static string KeyOf(Type service, MethodInfo method)
    {
        var overloaded = service.GetMethods(BindingFlags.Public | BindingFlags.Instance).Count(m => m.Name == method.Name) > 1;
        return overloaded
            ? $"{service.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})"
            : $"{service.Name}.{method.Name}";
    }

    public static Door<TService> Of<TService>(Expression<Func<TService, TestWorld, Task>> call, Outcomes access,
        Func<object?, TestWorld, bool>? shown = null) where TService : notnull => new(call, access, shown);

    /// <summary>Calls the method as whoever is signed in and reads the outcome.</summary>
    public abstract Task<Outcome> CallAsync(TestWorld world);

    public override string ToString() => Name;
}

public sealed class Door<TService> : Door where TService : notnull
{
    private readonly Func<TService, TestWorld, Task> call;
    private readonly Func<object?, TestWorld, bool>? shown;

    internal Door(Expression<Func<TService, TestWorld, Task>> call, Outcomes access, Func<object?, TestWorld, bool>? shown)
        : base(typeof(TService), MethodOf(call), access)
    {
        this.call = call.Compile();
        this.shown = shown;
    }

    public override async Task<Outcome> CallAsync(TestWorld world)
    {
        object? value;
        try
        {
            var task = call(world.Db.Get<TService>(), world);
            await task;
            value = task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
        }
        catch (NotFoundException)
        {
            return Outcome.NotFound;
        }

        return value switch
        {
            null when Method.ReturnType.IsGenericType => Outcome.NotFound,
            // A refusal is a refusal even on a door that lists (a search refused to a role is not an empty list).
            _ when value?.GetType() is { IsGenericType: true } r && r.GetGenericTypeDefinition() == typeof(Result<>)
                && !(bool)r.GetProperty(nameof(Result<int>.Succeeded))!.GetValue(value)! => Outcome.Refused,
            _ when shown is not null => shown(value, world) ? Outcome.Allowed : Outcome.NotFound,
            _ when value?.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Result<>) =>
                (bool)t.GetProperty(nameof(Result<int>.Succeeded))!.GetValue(value)! ? Outcome.Allowed : Outcome.Refused,
            _ => Outcome.Allowed,
        };
    }

    /// <summary>The service method the expression calls; anything else is a mistake in the table.</summary>
    private static MethodInfo MethodOf(Expression<Func<TService, TestWorld, Task>> call)
    {
        var body = call.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            body = convert.Operand;
        }

        return body is MethodCallExpression { Object: ParameterExpression p } method && p == call.Parameters[0]
            ? method.Method
            : throw new ArgumentException($"A door must be one call of a {typeof(TService).Name} method: {call}");
    }
}

/// <summary>
/// Runs the matrix. One seeded world per provider is built once (the template); each (provider,
/// caller) shares a copy for every call that cannot change it (reads, and refusals, which must not
/// change it: that is checked), and an allowed write gets a copy of its own.
/// </summary>
public sealed class AccessMatrixWorlds : IAsyncDisposable
{
    /// <summary>Tables whose rows the "nothing saved" check ignores, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotCaseTables = new Dictionary<string, string>
    {
        ["AuditEntries"] = "a refusal writes its denied row here; the check reads that row separately",
        ["AuditChainHeads"] = "where the audit chain ends: it moves with every audit row, denied ones included",
        ["DataProtectionKeys"] = "the key ring, which the data-protection system may create on first use",
    };

    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestWorld>>> templates = new();
    private readonly ConcurrentDictionary<(DatabaseProvider, Caller), Lazy<Task<TestWorld>>> shared = new();

    /// <summary>The fingerprint each shared world had after its last test, so the next one need not read it again.</summary>
    private readonly ConcurrentDictionary<TestWorld, string> lastFingerprint = new();

    public async Task RunAsync(DatabaseProvider provider, Door door, Caller caller)
    {
        var expected = door.Expected[caller];
        var ownCopy = door.Changes && expected == Outcome.Allowed;
        var template = await templates.GetOrAdd(provider, p => new(() => TestWorld.CreateAsync(p))).Value;
        var world = ownCopy ? await template.CopyAsync() : await shared.GetOrAdd((provider, caller), _ => new(template.CopyAsync)).Value;
        try
        {
            world.SignInAs(caller);
            var userId = world[caller] ?? "";
            var before = ownCopy ? await FingerprintAsync(world.Db)
                : lastFingerprint.TryRemove(world, out var last) ? last : await FingerprintAsync(world.Db);
            var deniedBefore = await DeniedCountAsync(world.Db, userId);

            var actual = await door.CallAsync(world);

            Assert.True(expected == actual, $"{door.Name} as {caller}: expected {expected}, got {actual}.");
            var after = await FingerprintAsync(world.Db);
            if (ownCopy)
            {
                Assert.True(before != after, $"{door.Name} as {caller}: allowed, but nothing was saved.");
            }
            else
            {
                Assert.Equal(before, after);
                lastFingerprint[world] = after;
            }

            // A listing door's NotFound is a filtered list, not a denial; its Refused is a denial like any other.
            if (expected != Outcome.Allowed && (expected == Outcome.Refused || !door.Filters) && door.UnauditedBecause is null)
            {
                Assert.True(await DeniedCountAsync(world.Db, userId) > deniedBefore, $"{door.Name} as {caller}: the denial was not audited.");
            }
        }
        finally
        {
            world.Db.SignInAs(null);
            if (ownCopy)
            {
                await world.DisposeAsync();
            }
        }
    }

    /// <summary>Every row of every table but <see cref="NotCaseTables"/>, as text: equal before and after means nothing was saved.</summary>
    public static async Task<string> FingerprintAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Where(t => !NotCaseTables.ContainsKey(t)).Distinct().Order();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join("|", values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append(": ").Append(rows.Count).AppendLine();
            rows.ForEach(r => text.AppendLine(r));
        }

        return text.ToString();
    }

    private static async Task<int> DeniedCountAsync(TestDatabase db, string userId)
    {
        await using var context = db.NewContext();
        return await context.AuditEntries.CountAsync(a => a.Outcome == AuditOutcome.Denied && (a.UserId ?? "") == userId);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var world in shared.Values.Concat(templates.Values).Where(l => l.IsValueCreated))
        {
            try
            {
                await (await world.Value).DisposeAsync();
            }
            catch (Exception) when (world.Value.IsFaulted || world.Value.IsCanceled)
            {
                // A world that failed to build has nothing to clean up; its tests already failed.
            }
        }
    }
}
