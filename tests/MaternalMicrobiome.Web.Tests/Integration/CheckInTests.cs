using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class CheckInTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    [Fact]
    public async Task Her_check_in_is_saved_read_back_and_seen_by_nobody_else()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var service = scope.ServiceProvider.GetRequiredService<CheckInService>();
            await service.SaveAsync(Today, new CheckInRequest { SleepHours = 7.5, Stress = 2, BristolType = 4, Breathwork = true });
            await service.SaveAsync(Today, new CheckInRequest { SleepHours = 8, Stress = 2, BristolType = 4, Breathwork = true });

            var saved = await service.GetAsync(Today);
            Assert.Equal(8, saved.SleepHours);
            Assert.Equal(4, saved.BristolType);
            Assert.True(saved.Breathwork);
        }

        await using var otherScope = await Given.SignedInScopeAsync(factory.Services, other);
        var theirs = await otherScope.ServiceProvider.GetRequiredService<CheckInService>().GetAsync(Today);
        Assert.Null(theirs.SleepHours);
        Assert.Null(theirs.BristolType);
    }

    [Theory]
    [InlineData(25.0, null, null, "Sleep must be from 0 to 24 hours.")]
    [InlineData(null, 6, null, "Stress is from 1 (calm) to 5 (very stressed).")]
    [InlineData(null, null, 8, "Bristol stool type is from 1 to 7.")]
    public async Task Out_of_range_answers_are_refused_by_name(double? sleep, int? stress, int? bristol, string message)
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            scope.ServiceProvider.GetRequiredService<CheckInService>().SaveAsync(Today, new CheckInRequest { SleepHours = sleep, Stress = stress, BristolType = bristol }));

        Assert.Contains(error.Errors, e => e.ErrorMessage == message);
    }

    [Fact]
    public async Task A_nutritionist_cannot_read_a_check_in()
    {
        _ = factory.Server;
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<CheckInService>().GetAsync(Today));
    }
}
