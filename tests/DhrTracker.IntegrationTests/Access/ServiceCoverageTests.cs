using System.Reflection;
using DhrTracker.Core.Accounts;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Learning;
using DhrTracker.Core.Live;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.IntegrationTests.Access;

/// <summary>
/// R2's coverage check: every public method of every Core service has a row in
/// <see cref="AccessMatrixTests.Doors"/> with an outcome for every <see cref="Caller"/>. A "service" is
/// every public, non-abstract Core class that <c>AddDhrCore</c> or <c>AddDhrIdentityCore</c> registers
/// and that has a public method returning a task; the few that are not doors are listed in
/// <see cref="NotDoors"/> with the reason.
/// </summary>
public sealed class ServiceCoverageTests
{
    /// <summary>Registered Core classes that are not doors a signed-in user walks through, and why.</summary>
    public static readonly IReadOnlyDictionary<Type, string> NotDoors = new Dictionary<Type, string>
    {
        [typeof(CurrentUserLoader)] = "it is how every door learns who is asking; it returns only the caller's own roles",
        [typeof(UserSessions)] = "session bookkeeping the sign-in pipeline calls for the cookie's own user, never with another user's id from a page",
        [typeof(SignInAudit)] = "writes sign-in audit rows from the login pages, before anyone is signed in; it reads nothing",
        [typeof(JobLeases)] = "the background job's lease, with no user",
        [typeof(ReminderDigestService)] = "the background reminder job, with no user; it mails each action's own lead officer",
        [typeof(DemoData)] = "seeds the Development demo; the web host calls it only in Development, never from a page",
        [typeof(PartnershipAdmin)] = "installation bootstrap for the dhr command (run by the operator on the server) and the demo seed",
        [typeof(DhrTracker.Core.Synthetic.SyntheticSeeder)] = "dhr seed-synthetic only: it refuses every caller but the command's own identity, and any database that is not empty (ADR 0401)",
        [typeof(UserAdmin)] = "installation bootstrap for the dhr command (dhr create-user) and the demo seed",
        [typeof(FileStore)] = "stores and reads file bytes inside a door's own context and transaction, after that door's check",
        [typeof(RelationshipCategorySource)] = "computes categories inside a door's own query (over reviews that door already filtered)",
        [typeof(ProtectedUserStore)] = "Identity's user store, reached only through UserManager from the account doors and sign-in",
        [typeof(OneTimeAuthenticatorTokenProvider)] = "Identity's token provider for the signed-in user's own second factor",
        [typeof(PasswordRules)] = "Identity's password validator; it reads nothing and changes nothing",
        [typeof(ReviewChangeInterceptor)] = "EF Core calls it inside a door's own save, after that door's check; it tells only which review changed (ADR 0390)",
    };

    [Fact]
    public void Every_public_method_of_every_Core_service_has_a_row_for_every_caller()
    {
        var missing = MissingRows(Services().Where(t => !NotDoors.ContainsKey(t)), AccessMatrixTests.Doors);
        Assert.True(missing.Count == 0, "No access row in AccessMatrixTests.Doors for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_door_is_a_service_method_and_every_exclusion_is_a_registered_service()
    {
        var services = Services().ToHashSet();
        Assert.All(NotDoors.Keys, t => Assert.Contains(t, services));
        Assert.Empty(AccessMatrixTests.Doors.Where(d => !services.Contains(d.Service) || NotDoors.ContainsKey(d.Service)).Select(d => d.Name));
        Assert.Equal(AccessMatrixTests.Doors.Count, AccessMatrixTests.Doors.Select(d => d.Name).Distinct().Count());
    }

    [Fact]
    public void The_rule_finds_the_services_it_is_meant_to()
    {
        var services = Services().Select(t => t.Name).ToList();
        Assert.Contains(nameof(DhrTracker.Core.People.VictimService), services);
        Assert.Contains(nameof(AccountSecurityService), services);
        Assert.Contains(nameof(InvitationService), services);
        Assert.Contains(nameof(CurrentUserLoader), services);
        Assert.DoesNotContain(nameof(DhrTracker.Core.Data.VersioningInterceptor), services);
        Assert.True(services.Count > 30, string.Join(", ", services));
    }

    /// <summary>The check itself: a service that grows a method, or a row that forgets a caller, is reported.</summary>
    [Fact]
    public void The_check_fails_for_a_method_without_a_row_and_a_row_without_every_caller()
    {
        Door[] doors = [Door.Of<FakeService>((s, w) => s.ReadAsync(default), Outcomes.Allowed(Caller.Coordinator))];

        var missing = MissingRows([typeof(FakeService)], doors);

        Assert.Contains("FakeService.AddedWithoutARowAsync (no row)", missing);
        Assert.Contains("FakeService.ReadAsync as Anonymous", missing);
        Assert.DoesNotContain("FakeService.ReadAsync as Coordinator", missing);
        Assert.Equal(1 + Enum.GetValues<Caller>().Length - 1, missing.Count);

        Door[] complete = [.. doors.Take(0), Door.Of<FakeService>((s, w) => s.ReadAsync(default), Outcomes.Everyone(Outcome.NotFound)),
            Door.Of<FakeService>((s, w) => s.AddedWithoutARowAsync(default), Outcomes.Everyone(Outcome.Refused))];
        Assert.Empty(MissingRows([typeof(FakeService)], complete));
    }

    /// <summary>"Service.Method (no row)" for a method without a door; "Service.Method as Caller" for a door without that caller.</summary>
    public static List<string> MissingRows(IEnumerable<Type> services, IEnumerable<Door> doors)
    {
        var byName = doors.ToDictionary(d => d.Name);
        var missing = new List<string>();
        foreach (var service in services)
        {
            foreach (var method in PublicMethods(service))
            {
                var key = Door.KeyOf(service, method);
                if (!byName.TryGetValue(key, out var door))
                {
                    missing.Add($"{key} (no row)");
                    continue;
                }

                missing.AddRange(Enum.GetValues<Caller>().Where(c => !door.Expected.ContainsKey(c)).Select(c => $"{key} as {c}"));
            }
        }

        return missing;
    }

    /// <summary>Registered public, non-abstract Core classes with a public method returning a task (a validator's methods are FluentValidation's, so it has none).</summary>
    public static IEnumerable<Type> Services()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Dhr"] = "Data Source=:memory:",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddDhrCore(config);
        collection.AddDhrIdentityCore();
        return collection.Select(d => d.ImplementationType).OfType<Type>()
            .Where(t => t.Assembly == typeof(AppDbContext).Assembly && t.IsPublic && t.IsClass && !t.IsAbstract)
            .Where(t => PublicMethods(t).Any())
            .Distinct().OrderBy(t => t.Name);
    }

    /// <summary>Public instance methods a Core class declares (or inherits from a Core base class) that return a task.</summary>
    public static IEnumerable<MethodInfo> PublicMethods(Type service) =>
        service.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsSpecialName && m.DeclaringType!.Assembly == service.Assembly && typeof(Task).IsAssignableFrom(m.ReturnType));

    public sealed class FakeService
    {
        public Task<int> ReadAsync(CancellationToken ct) => Task.FromResult(ct.IsCancellationRequested ? 0 : 1);

        public Task AddedWithoutARowAsync(CancellationToken ct) => Task.Delay(0, ct);
    }
}
