using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>
/// bUnit context with MudBlazor's services. MudBlazor 9 services are only async-disposable, so the
/// context must be disposed asynchronously (xunit calls DisposeAsync through IAsyncLifetime).
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    async ValueTask IAsyncDisposable.DisposeAsync() => await base.DisposeAsync();
}
