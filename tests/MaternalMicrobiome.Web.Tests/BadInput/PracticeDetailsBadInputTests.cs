using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.PracticeDetails;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>A nutritionist's practice details, through <see cref="PracticeDetailsService"/>.</summary>
public sealed class PracticeDetailsBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<PracticeDetailsRequest> Details { get; } = new()
    {
        { "name empty", Request(name: string.Empty), "DisplayName" },
        { "name only spaces", Request(name: "   "), "DisplayName" },
        { "name zero-width only", Request(name: BadText.ZeroWidthOnly), "DisplayName" },
        { "name 101 characters", Request(name: BadText.Repeated(101)), "DisplayName" },
        { "name with a line break", Request(name: "Jane\nDoe"), "DisplayName" },
        { "name with NUL", Request(name: BadText.Nul), "DisplayName" },
        { "name with a lone surrogate", Request(name: BadText.LoneSurrogate), "DisplayName" },
        { "credentials null", Request(credentials: null), "Credentials" },
        { "credentials 101 characters", Request(credentials: BadText.Repeated(101)), "Credentials" },
        { "credentials 1,000,000 characters", Request(credentials: BadText.Repeated(1_000_000)), "Credentials" },
        { "credentials with a tab", Request(credentials: "RDN\tMSc"), "Credentials" },
        { "credentials with a bell", Request(credentials: BadText.Bell), "Credentials" },
        { "practice 151 characters", Request(practice: BadText.Repeated(151)), "PracticeName" },
        { "practice with a line break", Request(practice: "Bloom\r\nNutrition"), "PracticeName" },
        { "practice with an escape sequence", Request(practice: BadText.Escape), "PracticeName" },
    };

    public static TheoryData<string> Cases => Details.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_practice_details_are_refused_naming_the_field_and_nothing_changes(string name)
    {
        var bad = Details[name];
        var nutritionist = await BadInputSession.UserAsync(factory, Roles.Nutritionist);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<PracticeDetailsService>(factory, nutritionist, details => details.SaveAsync(bad.Input)),
            async db => string.Join('|', await db.Users.Where(u => u.Id == nutritionist.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    private static PracticeDetailsRequest Request(string name = "Jane Doe", string? credentials = "RDN, MSc", string? practice = "Bloom Nutrition") =>
        new() { DisplayName = name, Credentials = credentials!, PracticeName = practice };
}
