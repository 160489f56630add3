using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>A weekly report's recommendations, through <see cref="WeeklyRecommendationService"/>.</summary>
public sealed class RecommendationBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly WeekStart = Given.Today.AddDays(-6);

    public static BadInputTable<(DateOnly WeekStart, string? Text)> Recommendations { get; } = new()
    {
        { "text null", (WeekStart, null), "Text" },
        { "text 4001 characters", (WeekStart, BadText.Repeated(4001)), "Text" },
        { "text 2001 emoji", (WeekStart, BadText.EmojiRun(2001)), "Text" },
        { "text 1,000,000 characters", (WeekStart, BadText.Repeated(1_000_000)), "Text" },
        { "text with NUL", (WeekStart, BadText.Nul), "Text" },
        { "text with a bell", (WeekStart, BadText.Bell), "Text" },
        { "text with an escape sequence", (WeekStart, BadText.Escape), "Text" },
        { "text with a lone surrogate", (WeekStart, BadText.LoneSurrogate), "Text" },
        { "week DateOnly.MinValue", (DateOnly.MinValue, "More kefir."), ReportWeek.Field },
        { "week DateOnly.MaxValue", (DateOnly.MaxValue, "More kefir."), ReportWeek.Field },
        { "week two years ahead", (WeekStart.AddYears(2), "More kefir."), ReportWeek.Field },
    };

    public static TheoryData<string> Cases => Recommendations.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_recommendations_are_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = Recommendations[name];
        var mother = await BadInputSession.MotherAsync(factory);
        var nutritionist = await BadInputSession.UserAsync(factory, Roles.Nutritionist);
        if (!await Given.ReadAsync(factory.Services, db => db.ClientLinks.AnyAsync(l => l.MotherId == mother.Id)))
        {
            await Given.LinkAsync(factory.Services, mother, nutritionist);
        }

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<WeeklyRecommendationService>(factory, nutritionist,
                service => service.SaveAsync(mother.Id, bad.Input.WeekStart, new RecommendationRequest { Text = bad.Input.Text! })));
    }
}
