using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MaternalMicrobiome.Web.Tests.Components;

/// <summary>A bunit context with MudBlazor's services; xunit v2 disposes synchronously, so disposal goes async here.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
