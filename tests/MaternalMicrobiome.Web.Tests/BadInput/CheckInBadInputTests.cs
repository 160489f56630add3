using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>The daily check-in, through <see cref="CheckInService"/>.</summary>
public sealed class CheckInBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    public static BadInputTable<(DateOnly Date, CheckInRequest Request)> CheckIns { get; } = new()
    {
        { "sleep negative", (Today, new CheckInRequest { SleepHours = -1 }), "SleepHours" },
        { "sleep 25 hours", (Today, new CheckInRequest { SleepHours = 25 }), "SleepHours" },
        { "sleep NaN", (Today, new CheckInRequest { SleepHours = double.NaN }), "SleepHours" },
        { "sleep +infinity", (Today, new CheckInRequest { SleepHours = double.PositiveInfinity }), "SleepHours" },
        { "sleep -infinity", (Today, new CheckInRequest { SleepHours = double.NegativeInfinity }), "SleepHours" },
        { "sleep double.MaxValue", (Today, new CheckInRequest { SleepHours = double.MaxValue }), "SleepHours" },
        { "stress zero", (Today, new CheckInRequest { Stress = 0 }), "Stress" },
        { "stress six", (Today, new CheckInRequest { Stress = 6 }), "Stress" },
        { "stress int.MinValue", (Today, new CheckInRequest { Stress = int.MinValue }), "Stress" },
        { "movement negative", (Today, new CheckInRequest { MovementMinutes = -1 }), "MovementMinutes" },
        { "movement over a day", (Today, new CheckInRequest { MovementMinutes = 1441 }), "MovementMinutes" },
        { "movement int.MaxValue", (Today, new CheckInRequest { MovementMinutes = int.MaxValue }), "MovementMinutes" },
        { "digestive comfort zero", (Today, new CheckInRequest { DigestiveComfort = 0 }), "DigestiveComfort" },
        { "digestive comfort six", (Today, new CheckInRequest { DigestiveComfort = 6 }), "DigestiveComfort" },
        { "Bristol type zero", (Today, new CheckInRequest { BristolType = 0 }), "BristolType" },
        { "Bristol type eight", (Today, new CheckInRequest { BristolType = 8 }), "BristolType" },
        { "date DateOnly.MinValue", (DateOnly.MinValue, new CheckInRequest { Stress = 2 }), "Date" },
        { "date DateOnly.MaxValue", (DateOnly.MaxValue, new CheckInRequest { Stress = 2 }), "Date" },
        { "date two years ahead", (Today.AddYears(2), new CheckInRequest { Stress = 2 }), "Date" },
        { "date six years ago", (Today.AddYears(-6), new CheckInRequest { Stress = 2 }), "Date" },
    };

    public static TheoryData<string> Cases => CheckIns.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_check_in_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = CheckIns[name];
        var mother = await BadInputSession.MotherAsync(factory);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<CheckInService>(factory, mother, checkIns => checkIns.SaveAsync(bad.Input.Date, bad.Input.Request)));
    }
}
