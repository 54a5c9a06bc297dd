using System.Globalization;
using DhrTracker.Load;

// ./build.sh load: sessions against a Release build of the web app, memory per session and p95 click time (docs/performance.md).
if (args is not [var appDll, ..])
{
    Console.Error.WriteLine("usage: DhrTracker.Load <path to DhrTracker.Web.dll> [sessions, e.g. 25,50,100]");
    return 2;
}

var levels = args is [_, var list, ..] ? list.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray() : [25, 50, 100];
if (levels.Length == 0 || levels.Any(n => n < 1) || levels.Max() > LoadRun.MaxSessions)
{
    Console.Error.WriteLine($"Session counts must be from 1 to {LoadRun.MaxSessions}.");
    return 2;
}

// The whole run stops by itself: nothing may keep a machine busy past this.
using var limit = new CancellationTokenSource(LoadRun.TimeLimit);
return await new LoadRun(appDll, levels.Order().ToArray(), Console.Out).RunAsync(limit.Token);
